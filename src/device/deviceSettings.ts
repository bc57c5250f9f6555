import { z } from 'zod'
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'

/** Idle times staff may choose for a kiosk, seconds. Two minutes unless set otherwise. */
export const KIOSK_IDLE_CHOICES = [30, 60, 120, 300, 600] as const
export const DEFAULT_KIOSK_IDLE_SECONDS = 120
/** A device name is what staff read on a label or a console line: short, one line. */
export const DEVICE_NAME_MAX = 40

const checkStatus = z.enum(['pass', 'warn', 'fail', 'unavailable'])

/** One line of a pre-flight check, as the page showed it. */
export const preflightCheckSchema = z.object({
  id: z.enum(['immersive', 'secure', 'offline', 'inputs', 'frameRate', 'presence']),
  status: checkStatus,
  /** Plain words for staff, in English (the page shows its own language). */
  detail: z.string().max(300),
})
export type PreflightCheck = z.infer<typeof preflightCheckSchema>
export type CheckStatus = z.infer<typeof checkStatus>

export const preflightResultSchema = z.object({
  /** When the check ran, ms since the epoch. */
  at: z.number(),
  checks: z.array(preflightCheckSchema).max(12),
})
export type PreflightResult = z.infer<typeof preflightResultSchema>

const settingsSchema = z.object({
  /** Made once on the device: what a console addresses, since staff may rename a device or give two the same name. */
  id: z.string().min(8).max(64),
  /** "Headset 3": chosen by staff, kept on this device across visits and restarts, never tied to a visitor. */
  name: z.string().max(DEVICE_NAME_MAX),
  /** A kiosk resets the visit for the next visitor after `kioskIdleSeconds` without anyone using it. */
  kiosk: z.boolean(),
  kioskIdleSeconds: z.number().int().min(10).max(3600),
  /** The language each new visitor starts in: the event's default. */
  kioskLanguage: z.enum(['zh', 'en']),
  lastPreflight: preflightResultSchema.nullable(),
})
export type DeviceSettings = z.infer<typeof settingsSchema>

const newDeviceId = (): string =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `device-${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`

export const DEFAULT_DEVICE_SETTINGS: Omit<DeviceSettings, 'id'> = {
  name: '',
  kiosk: false,
  kioskIdleSeconds: DEFAULT_KIOSK_IDLE_SECONDS,
  kioskLanguage: 'zh',
  lastPreflight: null,
}

/** Trims and shortens a name typed by staff; an empty name means "unnamed". */
export const cleanDeviceName = (name: string): string => name.replace(/\s+/g, ' ').trim().slice(0, DEVICE_NAME_MAX)

interface DeviceStore extends DeviceSettings {
  change: (patch: Partial<DeviceSettings>) => void
}

/**
 * Stores nothing for a device nobody set up: an ordinary visitor's browser keeps no device id or entry (the privacy
 * exhibit promises nothing is kept but preferences). Once staff name it, turn kiosk on or run a check, it is kept.
 */
const deviceStorage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> = {
  getItem: (key) => localStorage.getItem(key),
  removeItem: (key) => localStorage.removeItem(key),
  setItem: (key, value) => {
    if (localStorage.getItem(key) !== null || setUp(value)) localStorage.setItem(key, value)
  },
}

function setUp(value: string): boolean {
  try {
    const { state } = JSON.parse(value) as { state?: Record<string, unknown> }
    if (!state) return false
    return (Object.keys(DEFAULT_DEVICE_SETTINGS) as (keyof typeof DEFAULT_DEVICE_SETTINGS)[]).some(
      (key) => JSON.stringify(state[key]) !== JSON.stringify(DEFAULT_DEVICE_SETTINGS[key]),
    )
  } catch {
    return false
  }
}

/**
 * What this device is at an event, kept in localStorage under a key of its own: unlike a visitor's preferences, a
 * kiosk reset never clears it.
 */
export const useDeviceSettings = create<DeviceStore>()(
  persist(
    (set) => ({
      id: newDeviceId(),
      ...DEFAULT_DEVICE_SETTINGS,
      change: (patch) => set(patch),
    }),
    {
      name: 'metaverse-hall:device',
      version: 1,
      storage: createJSONStorage(() => deviceStorage),
      partialize: ({ change: _change, ...settings }) => settings,
      // A stale or hand-edited entry falls back field by field rather than losing the device's name.
      merge: (persisted, current) => {
        const stored = (persisted ?? {}) as Record<string, unknown>
        const next = { ...current }
        for (const key of Object.keys(settingsSchema.shape) as (keyof DeviceSettings)[]) {
          const field = settingsSchema.shape[key].safeParse(stored[key])
          if (field.success) Object.assign(next, { [key]: field.data })
        }
        return next
      },
    },
  ),
)

/**
 * `?kiosk=1` turns kiosk mode on for this device and `?kiosk=0` off; without the flag the device keeps what it had.
 * `&lang=` given with `kiosk=1` becomes the event's default language.
 */
export function kioskFromQuery(search: string): Partial<DeviceSettings> {
  const params = new URLSearchParams(search)
  const flag = params.get('kiosk')
  if (flag === '0' || flag === 'off') return { kiosk: false }
  if (flag !== '1' && flag !== 'on') return {}
  const lang = params.get('lang')
  return lang === 'zh' || lang === 'en' ? { kiosk: true, kioskLanguage: lang } : { kiosk: true }
}
