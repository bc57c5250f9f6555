import { useEffect, useRef } from 'react'
import { ti } from '../../content/interactiveStrings'
import { readPose } from '../../state/livePose'
import { EYE_HEIGHT } from '../../world/standDimensions'
import type { InteractiveViewProps } from '../types'
import '../interactive.css'
import type { Point3 } from './motionLog'
import { privacyReadout, REVEALS } from './readout'
import { useMotionLog } from './useMotionLog'

const SAMPLE_MS = 100

/**
 * On a desktop the "head" is the camera: where it stands and where it looks (the live pose the desktop controls
 * write), sampled ten times a second, plus how far the mouse moved. All of it in memory, gone when the panel closes.
 */
export function PrivacyPanel({ language }: InteractiveViewProps) {
  const { log, summary, forget, onForget } = useMotionLog()
  const pointer = useRef(0)
  onForget.current = () => {
    pointer.current = 0
  }

  useEffect(() => {
    const head: Point3 = { x: 0, y: EYE_HEIGHT, z: 0 }
    const sample = window.setInterval(() => {
      const pose = readPose()
      head.x = pose.x
      head.z = pose.z
      log.push(performance.now(), head, pose.yaw, pose.pitch, null, null)
    }, SAMPLE_MS)
    const onMove = (event: PointerEvent) => {
      pointer.current += Math.hypot(event.movementX, event.movementY)
    }
    window.addEventListener('pointermove', onMove)
    return () => {
      window.clearInterval(sample)
      window.removeEventListener('pointermove', onMove)
      pointer.current = 0
    }
  }, [log])

  return (
    <section className="interactive" aria-label={ti('common', 'tryIt', language)}>
      <h3>{ti('common', 'tryIt', language)}</h3>
      <p>{ti('privacy', 'intro', language)}</p>
      <h4>{ti('privacy', 'figures', language)}</h4>
      <ul data-testid="privacy-figures">
        {privacyReadout(summary, language, { pointerPx: pointer.current }).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <button type="button" onClick={forget}>
        {ti('privacy', 'forget', language)}
      </button>
      <h4>{ti('privacy', 'reveals', language)}</h4>
      <ul>
        {REVEALS.map((key) => (
          <li key={key}>{ti('privacy', key, language)}</li>
        ))}
      </ul>
    </section>
  )
}
