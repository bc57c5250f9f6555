/** Quest and Pico controllers, the generic fallback @pmndrs/xr uses for any other controller, and tracked hands. */
export const PROFILES = [
  'meta-quest-touch-plus',
  'meta-quest-touch-pro',
  'oculus-touch-v3',
  'oculus-touch-v2',
  'pico-4',
  'generic-trigger',
  'generic-hand',
] as const

/**
 * The models the offline copy of the hall holds from the first visit: the Quest 3's controllers and tracked hands,
 * the headsets an event runs. Any other headset's models are stored the first time it uses them.
 */
export const PROFILES_PRECACHED: readonly (typeof PROFILES)[number][] = ['meta-quest-touch-plus', 'generic-hand']
