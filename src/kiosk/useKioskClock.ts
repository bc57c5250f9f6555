import { useEffect } from 'react'
import type { Exhibition } from '../content/schema'
import { useDeviceSettings } from '../device/deviceSettings'
import { readPose } from '../state/livePose'
import { useSessionMode } from '../state/sessionMode'
import { useVisit } from '../state/visitStore'
import { ATTRACT_STEP_MS, attractViewpoints, nextViewpoint } from './attract'
import {
  countdownSeconds,
  type HeadSample,
  headCounts,
  headMoved,
  idleTiming,
  type KioskClock,
  kioskView,
} from './idle'
import { useKiosk } from './kioskStore'
import { applyResetPlan, kioskResetPlan } from './resetPlan'

/** The clock is looked at this often: a countdown in whole seconds, and a cheap check. */
const TICK_MS = 250
/** Inputs that say someone is at a desktop or touch kiosk. */
const INPUTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const
/** After a reset places the visitor at the entrance, the head's jump there is not someone moving. */
const SETTLE_MS = 1_500

const headNow = (): HeadSample => {
  const { x, z, height, yaw, pitch } = readPose()
  return { x, z, height, yaw, pitch }
}

/**
 * The thin hook over ./idle and ./resetPlan: notes input and head movement, shows the countdown, resets the visit
 * when it is due, and on a desktop kiosk walks the attract loop until someone touches it. Runs for every visit (the
 * idle time is part of the device's status); only a kiosk resets.
 */
export function useKioskClock(exhibition: Exhibition, startsFresh: boolean): void {
  useEffect(() => {
    const clock: KioskClock = { lastActivityAt: performance.now(), fresh: startsFresh }
    let head = headNow()
    let settleUntil = 0
    let attract = { index: 0, nextAt: 0 }
    const viewpoints = attractViewpoints(exhibition)

    const activity = () => {
      const wasResting = clock.fresh
      clock.lastActivityAt = performance.now()
      clock.fresh = false
      if (wasResting && useKiosk.getState().phase === 'attract') {
        // Someone touched the attract loop: their visit starts at the entrance, not wherever the loop had got to.
        useVisit.getState().requestTravel(viewpoints[0] ?? readPose(), 'place')
        settleUntil = performance.now() + SETTLE_MS
      }
      tick()
    }

    const tick = () => {
      const now = performance.now()
      const settings = useDeviceSettings.getState()
      const { immersive, xrVisibility } = useSessionMode.getState()
      const sample = headNow()
      if (headMoved(head, sample)) {
        head = sample
        if (now >= settleUntil && headCounts(immersive, xrVisibility, readPose().moving)) activity()
      }
      const view = kioskView(clock, now, idleTiming(settings.kioskIdleSeconds))
      const show = useKiosk.getState().show
      if (!settings.kiosk) return show({ phase: 'active', countdown: 0, idleMs: view.idleMs })
      if (view.phase === 'due') {
        applyResetPlan(kioskResetPlan(exhibition, settings.kioskLanguage))
        useKiosk.getState().countReset()
        clock.fresh = true
        clock.lastActivityAt = now
        settleUntil = now + SETTLE_MS
        attract = { index: 0, nextAt: now + ATTRACT_STEP_MS }
        return show({ phase: immersive ? 'active' : 'attract', countdown: 0, idleMs: 0 })
      }
      if (view.phase === 'warning') {
        return show({ phase: 'warning', countdown: countdownSeconds(view.remainingMs), idleMs: view.idleMs })
      }
      if (view.phase === 'resting' && !immersive) {
        if (now >= attract.nextAt) {
          attract = { index: nextViewpoint(attract.index, viewpoints.length), nextAt: now + ATTRACT_STEP_MS }
          const pose = viewpoints[attract.index]
          if (pose) useVisit.getState().requestTravel(pose, 'walk')
        }
        return show({ phase: 'attract', countdown: 0, idleMs: view.idleMs })
      }
      show({ phase: 'active', countdown: 0, idleMs: view.idleMs })
    }

    attract.nextAt = performance.now() + ATTRACT_STEP_MS
    for (const type of INPUTS) window.addEventListener(type, activity, { capture: true, passive: true })
    const timer = setInterval(tick, TICK_MS)
    tick()
    return () => {
      clearInterval(timer)
      for (const type of INPUTS) window.removeEventListener(type, activity, { capture: true })
    }
  }, [exhibition, startsFresh])
}
