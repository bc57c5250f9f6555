import type { Room } from 'colyseus.js'
import { guideEventSchema } from '../content/guide'
import { ANGLE_SCALE, POSE_RATE_HZ, POSITION_SCALE, type PoseMessage, pongMessageSchema } from '../content/presence'
import { useServerClock } from '../state/serverClock'
import { linkConsole } from './consoleLink'
import { applyGuideEvent, setCommandSink, useGuide } from './guideStore'
import type { HallStateView } from './joinInstance'
import { usePresencePreferences } from './presencePreferences'
import { usePresence, type VisitorProfile } from './presenceStore'
import { type PoseSample, quantizePose, sameQuantizedPose } from './quantize'
import { applyVisitors, clearVisitors, type VisitorFields } from './remoteVisitors'

const PING_INTERVAL_MS = 5000
const PROFILES_INTERVAL_MS = 250
/** Retry soon after a drop, then every few seconds: a restarting server is back within seconds. */
const RETRY_MS = [500, 1000, 2000, 3000, 5000]

/** The latest pose of this visitor, written by the scene each frame it moves; sent at POSE_RATE_HZ when changed. */
const outgoing: { sample: PoseSample | null } = { sample: null }
export function setOutgoingPose(sample: PoseSample): void {
  outgoing.sample = sample
}

function profilesOf(state: HallStateView, selfId: string): VisitorProfile[] {
  const list: VisitorProfile[] = []
  state.visitors.forEach((v: VisitorFields, id: string) => {
    if (id === selfId || v.hy < 0) return
    list.push({
      id,
      name: v.name,
      colour: v.colour,
      mode: v.mode === 1 ? 'vr' : 'desktop',
      guide: v.guide,
      leading: v.leading,
      following: v.following,
      x: v.hx / POSITION_SCALE,
      z: v.hz / POSITION_SCALE,
      yaw: v.yaw / ANGLE_SCALE,
    })
  })
  return list.sort((a, b) => a.name.localeCompare(b.name))
}

/**
 * Keeps this visitor in a hall instance for as long as the visit lasts: joins, sends poses, reads the others, and
 * when the connection drops, keeps trying quietly (the visit goes on alone meanwhile). Returns how to stop.
 */
export function startPresenceConnection(origin: string): () => void {
  const store = usePresence.getState().set
  let stopped = false
  let room: Room<HallStateView> | null = null
  let lastSent: PoseMessage | undefined
  let attempt = 0
  let retryTimer: ReturnType<typeof setTimeout> | undefined
  let profilesAt = 0
  let profilesTimer: ReturnType<typeof setTimeout> | undefined
  // The staff console's link on the joined instance (status out, commands in): see ./consoleLink.
  let unlinkConsole = () => {}

  const scheduleRetry = () => {
    if (stopped) return
    const wait = RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)] ?? 5000
    attempt += 1
    retryTimer = setTimeout(() => void connect(), wait)
  }

  const dropped = () => {
    room = null
    unlinkConsole()
    setCommandSink(null)
    useGuide.getState().clear()
    clearVisitors()
    store({ status: 'offline', others: [], code: '' })
    useServerClock.setState({ rttMs: null, clockOffsetMs: null })
    scheduleRetry()
  }

  async function connect(): Promise<void> {
    if (stopped) return
    const prefs = usePresencePreferences.getState()
    if (prefs.alone) {
      store({ status: 'alone', others: [], code: '' })
      return
    }
    if (usePresence.getState().status !== 'offline') store({ status: 'connecting' })
    const wanted = usePresence.getState().wantedCode
    try {
      // The engine's client is its own chunk, fetched after the hall's first frame: it costs the first visit nothing.
      const { joinInstance } = await import('./joinInstance')
      const result = await joinInstance(origin, {
        invisible: prefs.invisible,
        ...(wanted ? { code: wanted } : {}),
        ...(prefs.nickname ? { name: prefs.nickname } : {}),
        ...(prefs.colour ? { colour: prefs.colour } : {}),
      })
      if (stopped) {
        if (result.kind === 'joined') void result.room.leave(true)
        return
      }
      if (result.kind === 'refused') {
        // A stale or full join code: say so once, and join wherever there is room instead.
        if (wanted && result.reason !== 'other') {
          store({ codeProblem: result.reason === 'full' ? 'full' : 'unknown', wantedCode: '' })
          return connect()
        }
        throw new Error(`join refused: ${result.status}`)
      }
      attempt = 0
      lastSent = undefined
      room = result.room
      const joined = result.room
      setCommandSink((command) => joined.send('command', command))
      store({
        status: 'online',
        selfGuide: result.guide,
        code: result.code,
        selfId: joined.sessionId,
        wantedCode: '',
        codeProblem: wanted ? '' : usePresence.getState().codeProblem,
      })
      joined.onStateChange((state) => {
        const now = performance.now()
        const entries: [string, VisitorFields][] = []
        state.visitors.forEach((v, id) => {
          entries.push([id, v])
        })
        applyVisitors(entries, joined.sessionId, now)
        // The lists are refreshed at most every PROFILES_INTERVAL_MS, and always once after the last change: poses
        // are sent only when they change, so a visitor who arrives and stands still sends one change in the window.
        const refreshProfiles = () => {
          profilesTimer = undefined
          if (room !== joined) return
          profilesAt = performance.now()
          store({
            others: profilesOf(joined.state, joined.sessionId),
            selfName: joined.state.visitors.get(joined.sessionId)?.name ?? '',
          })
        }
        if (now - profilesAt > PROFILES_INTERVAL_MS) refreshProfiles()
        else profilesTimer ??= setTimeout(refreshProfiles, PROFILES_INTERVAL_MS - (now - profilesAt))
      })
      joined.onMessage('pong', (raw: unknown) => {
        const pong = pongMessageSchema.safeParse(raw)
        if (!pong.success) return
        const now = Date.now()
        const rtt = now - pong.data.t
        useServerClock.setState({ rttMs: rtt, clockOffsetMs: Math.round(pong.data.server - (pong.data.t + rtt / 2)) })
      })
      joined.onMessage('event', (raw: unknown) => {
        const event = guideEventSchema.safeParse(raw)
        if (event.success) applyGuideEvent(event.data, performance.now())
      })
      unlinkConsole = linkConsole(joined)
      joined.onLeave(() => {
        if (room === joined) dropped()
      })
      joined.send('ping', { t: Date.now() })
    } catch {
      if (!stopped) dropped()
    }
  }

  const sendTimer = setInterval(() => {
    const sample = outgoing.sample
    if (!room || !sample || usePresencePreferences.getState().invisible) return
    const message = quantizePose(sample)
    if (sameQuantizedPose(lastSent, message)) return
    lastSent = message
    room.send('pose', message)
  }, 1000 / POSE_RATE_HZ)
  const pingTimer = setInterval(() => room?.send('ping', { t: Date.now() }), PING_INTERVAL_MS)

  // A new choice of how to appear (or whether at all) takes effect by joining again.
  const reconnect = () => {
    clearTimeout(retryTimer)
    const leaving = room
    room = null
    unlinkConsole()
    setCommandSink(null)
    useGuide.getState().clear()
    clearVisitors()
    if (leaving) void leaving.leave(true)
    attempt = 0
    void connect()
  }
  const unsubscribe = usePresencePreferences.subscribe((next, previous) => {
    if (next.alone !== previous.alone || next.invisible !== previous.invisible) reconnect()
    else if ((next.nickname !== previous.nickname || next.colour !== previous.colour) && room && next.nickname) {
      room.send('profile', { name: next.nickname, colour: next.colour || '#3e8ede' })
    }
  })
  const unsubscribeCode = usePresence.subscribe((next, previous) => {
    if (next.wantedCode && next.wantedCode !== previous.wantedCode && next.wantedCode !== next.code) reconnect()
  })

  void connect()
  return () => {
    stopped = true
    clearTimeout(retryTimer)
    clearTimeout(profilesTimer)
    clearInterval(sendTimer)
    clearInterval(pingTimer)
    unsubscribe()
    unsubscribeCode()
    clearVisitors()
    unlinkConsole()
    setCommandSink(null)
    useGuide.getState().clear()
    if (room) void room.leave(true)
    room = null
  }
}
