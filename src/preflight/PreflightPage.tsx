import { useCallback, useEffect, useId, useState } from 'react'
import type { Exhibition } from '../content/schema'
import {
  type CheckStatus,
  cleanDeviceName,
  DEVICE_NAME_MAX,
  KIOSK_IDLE_CHOICES,
  type PreflightCheck,
  useDeviceSettings,
} from '../device/deviceSettings'
import { askInventory } from '../offline/askInventory'
import { hasLiveServer } from '../presence/liveServer'
import { measureRoundTrip } from '../presence/measureRoundTrip'
import { emulationRequested } from '../xr/startup/flag'
import {
  CHECK_ORDER,
  frameRateCheck,
  immersiveCheck,
  inputsCheck,
  offlineCheck,
  presenceCheck,
  secureCheck,
} from './checks'
import { runVRTest, VR_TEST_MS } from './vrTest'
import './preflight.css'
import { PREFLIGHT_STRINGS } from '../content/preflightStrings'

const TITLES: Record<PreflightCheck['id'], string> = {
  immersive: PREFLIGHT_STRINGS.immersive,
  secure: PREFLIGHT_STRINGS.secure,
  offline: PREFLIGHT_STRINGS.offline,
  inputs: PREFLIGHT_STRINGS.inputs,
  frameRate: PREFLIGHT_STRINGS.frameRate,
  presence: PREFLIGHT_STRINGS.presence,
}

const STATUS_WORDS: Record<CheckStatus | 'pending', string> = {
  pass: 'OK',
  warn: 'Check',
  fail: 'Problem',
  unavailable: 'Not available',
  pending: 'Checking…',
}

type Shown = Partial<Record<PreflightCheck['id'], PreflightCheck>>

/** Asks the browser about VR once per page, installing the emulated headset first when the flag asks for it. */
async function vrSupported(): Promise<boolean | null> {
  if (emulationRequested(window.location.search)) (await import('../xr/startup/emulator')).installEmulator()
  if (!navigator.xr) return null
  return navigator.xr.isSessionSupported('immersive-vr').catch(() => false)
}

function DeviceForm() {
  const id = useId()
  const settings = useDeviceSettings()
  const [name, setName] = useState(settings.name)
  const [saved, setSaved] = useState(false)
  const change = useDeviceSettings.getState().change
  return (
    <section className="preflight-device" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{PREFLIGHT_STRINGS.thisDevice}</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          change({ name: cleanDeviceName(name) })
          setName(cleanDeviceName(name))
          setSaved(true)
        }}
      >
        <label>
          {PREFLIGHT_STRINGS.deviceName}
          <input
            value={name}
            maxLength={DEVICE_NAME_MAX}
            placeholder="Headset 3"
            onChange={(event) => {
              setName(event.target.value)
              setSaved(false)
            }}
          />
        </label>
        <button type="submit">Save name</button>
        <span role="status">{saved ? `Saved: this device is “${settings.name || 'unnamed'}”.` : ''}</span>
      </form>
      <label>
        <input type="checkbox" checked={settings.kiosk} onChange={(event) => change({ kiosk: event.target.checked })} />
        {PREFLIGHT_STRINGS.kiosk}
      </label>
      <label>
        Idle time before a reset
        <select
          value={settings.kioskIdleSeconds}
          onChange={(event) => change({ kioskIdleSeconds: Number(event.target.value) })}
        >
          {KIOSK_IDLE_CHOICES.map((seconds) => (
            <option key={seconds} value={seconds}>
              {seconds < 60 ? `${seconds} s` : `${seconds / 60} min`}
            </option>
          ))}
        </select>
      </label>
      <label>
        Each visitor starts in
        <select
          value={settings.kioskLanguage}
          onChange={(event) => change({ kioskLanguage: event.target.value === 'en' ? 'en' : 'zh' })}
        >
          <option value="zh">中文</option>
          <option value="en">English</option>
        </select>
      </label>
    </section>
  )
}

/**
 * The page staff open on each headset before doors open (`?preflight`): each check in plain words and a colour, the
 * device's name and kiosk settings, and the last result kept on the device. It is the hall's own page, so it is
 * precached and works with the server away.
 */
export function PreflightPage({ loadExhibition }: { loadExhibition: () => Promise<Exhibition | null> }) {
  const [shown, setShown] = useState<Shown>({ presence: presenceCheck(hasLiveServer() ? null : 'static') })
  const [vr, setVR] = useState<boolean | null | undefined>(undefined)
  const [testing, setTesting] = useState(false)
  const lastPreflight = useDeviceSettings((state) => state.lastPreflight)
  const show = useCallback((check: PreflightCheck) => setShown((current) => ({ ...current, [check.id]: check })), [])

  useEffect(() => {
    document.title = 'Pre-flight check · Metaverse Hall'
    show(secureCheck(window.isSecureContext, window.location))
    void vrSupported().then((supported) => {
      setVR(supported)
      show(immersiveCheck(supported))
      // Measured only by the VR test, which needs someone wearing the headset.
      show(inputsCheck(null))
      show(frameRateCheck(null))
    })
    if (hasLiveServer()) void measureRoundTrip(window.location.origin).then((trip) => show(presenceCheck(trip)))
    void loadExhibition()
      .then(askInventory)
      .then((outcome) => show(offlineCheck(outcome)))
  }, [loadExhibition, show])

  // The result is kept on the device once it is whole: every check answered, and the VR test run where VR works
  // (a reload that only re-ran the automatic checks must not replace the last full result).
  const [tested, setTested] = useState(false)
  const complete = CHECK_ORDER.every((id) => shown[id] !== undefined) && (tested || vr === false || vr === null)
  useEffect(() => {
    if (!complete) return
    const checks = CHECK_ORDER.flatMap((id) => (shown[id] ? [shown[id]] : []))
    useDeviceSettings.getState().change({ lastPreflight: { at: Date.now(), checks } })
  }, [complete, shown])

  const test = async () => {
    setTesting(true)
    try {
      const result = await runVRTest()
      show(inputsCheck(result.inputs))
      show(frameRateCheck(result.fps))
      setTested(true)
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      show({ id: 'frameRate', status: 'fail', detail: `The VR test could not run: ${message}` })
      setTested(true)
    } finally {
      setTesting(false)
    }
  }

  return (
    <main className="preflight">
      <h1>{PREFLIGHT_STRINGS.title}</h1>
      <p>Open this page on each headset before doors open. Green is ready; amber and red say what to fix.</p>
      <ol className="preflight-checks" aria-label="Checks">
        {CHECK_ORDER.map((id) => {
          const check = shown[id]
          const status = check?.status ?? 'pending'
          return (
            <li key={id} className={`preflight-check is-${status}`} data-check={id} data-status={status}>
              <span className="preflight-badge">{STATUS_WORDS[status]}</span>
              <span className="preflight-title">{TITLES[id]}</span>
              <span className="preflight-detail">{check?.detail ?? 'Checking…'}</span>
            </li>
          )
        })}
      </ol>
      <p>
        <button type="button" onClick={() => void test()} disabled={!vr || testing}>
          {testing ? 'VR test running…' : `Run the VR test (${VR_TEST_MS / 1000} s): put the headset on`}
        </button>
      </p>
      <p className="preflight-last" role="status">
        {lastPreflight
          ? `Last check kept on this device: ${new Date(lastPreflight.at).toLocaleString()} (${lastPreflight.checks.filter((check) => check.status === 'pass').length} of ${lastPreflight.checks.length} OK).`
          : 'No check kept on this device yet.'}
      </p>
      <DeviceForm />
      <p>
        <a href="./">{PREFLIGHT_STRINGS.openHall}</a>
      </p>
    </main>
  )
}
