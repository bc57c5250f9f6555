/** The emulated headsets the `?xr-emulate=` flag accepts (end-to-end tests and developers without a headset). */
export type EmulatedHeadset = 'quest3'

/** The headset to emulate, or null: only an explicit URL flag loads the emulator. */
export function emulationRequested(search: string): EmulatedHeadset | null {
  return new URLSearchParams(search).get('xr-emulate') === 'quest3' ? 'quest3' : null
}
