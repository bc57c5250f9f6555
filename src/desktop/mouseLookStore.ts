import { create } from 'zustand'

interface MouseLook {
  /** True while the pointer is locked to the hall (mouse look); Esc releases it. */
  locked: boolean
  setLocked: (locked: boolean) => void
}

export const useMouseLook = create<MouseLook>()((set) => ({
  locked: false,
  setLocked: (locked) => set({ locked }),
}))

/** Locks the pointer to the hall's canvas for mouse look. */
export function startMouseLook(): void {
  const canvas = document.querySelector<HTMLCanvasElement>('[data-hall-keys] canvas')
  canvas?.requestPointerLock()?.catch?.(() => undefined)
}
