import { create } from 'zustand'
import type { ConsoleAction } from '../content/console'

/** A staff console's command waiting to be carried out, and how to tell the server it was (or why not). */
export interface ConsoleOrder {
  action: ConsoleAction
  done: (problem?: string) => void
}

interface ConsoleInbox {
  orders: ConsoleOrder[]
  receive: (order: ConsoleOrder) => void
  /** Takes every waiting order, oldest first. */
  take: () => ConsoleOrder[]
}

/**
 * Commands from the staff console, as presence received them: acted on by the layer that owns what they change
 * (src/kiosk/useConsoleOrders: the reset, the tour, the banner), which answers each one.
 */
export const useConsoleInbox = create<ConsoleInbox>()((set, get) => ({
  orders: [],
  receive: (order) => set((state) => ({ orders: [...state.orders, order] })),
  take: () => {
    const { orders } = get()
    if (orders.length > 0) set({ orders: [] })
    return orders
  },
}))
