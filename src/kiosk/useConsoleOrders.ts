import { useEffect } from 'react'
import type { ConsoleAction } from '../content/console'
import type { Exhibition } from '../content/schema'
import { useDeviceSettings } from '../device/deviceSettings'
import { goToExhibit } from '../motion/goToExhibit'
import { useConsoleInbox } from '../presence/consoleInbox'
import { useVisit } from '../state/visitStore'
import { useTour } from '../tour/tourStore'
import { entrancePose } from '../world/geometry'
import { useBroadcast } from './broadcastStore'
import { useKiosk } from './kioskStore'
import { applyResetPlan, kioskResetPlan } from './resetPlan'

/** Carries out one console command on this device; the sentence says why it could not, if it could not. */
export function carryOut(action: ConsoleAction, exhibition: Exhibition): string | undefined {
  switch (action.kind) {
    case 'goto': {
      const exhibit = exhibition.exhibits.find((candidate) => candidate.id === action.exhibit)
      if (!exhibit) return `this hall has no exhibit “${action.exhibit}”`
      useTour.getState().end()
      goToExhibit(exhibit, 'jump')
      return undefined
    }
    case 'entrance':
      useTour.getState().end()
      useVisit.getState().openExhibit(null)
      useVisit.getState().requestTravel(entrancePose(exhibition.hall), 'jump')
      return undefined
    case 'reset':
      // The kiosk's own reset, whether or not this device is a kiosk: staff asked for the next visitor.
      applyResetPlan(kioskResetPlan(exhibition, useDeviceSettings.getState().kioskLanguage))
      useKiosk.getState().countReset()
      return undefined
    case 'tour':
      useTour.getState().start(exhibition)
      return undefined
    case 'message':
      useBroadcast.getState().show(action.text)
      return undefined
  }
}

/** Acts on the staff console's commands as they arrive (see src/presence/consoleInbox) and answers each one. */
export function useConsoleOrders(exhibition: Exhibition): void {
  useEffect(() => {
    const run = () => {
      for (const order of useConsoleInbox.getState().take()) order.done(carryOut(order.action, exhibition))
    }
    run()
    return useConsoleInbox.subscribe((state) => state.orders.length > 0 && run())
  }, [exhibition])
}
