import { ANGLE_SCALE, POSITION_SCALE } from '../content/presence'
import { newPoseBuffer, type PoseBuffer, pushPose, type RemotePose } from './interpolation'

/** The fields of one visitor in the room's synchronised state (see src/server/presence/presenceState.ts). */
export interface VisitorFields {
  name: string
  colour: string
  mode: number
  guide: boolean
  leading: boolean
  following: string
  hx: number
  hy: number
  hz: number
  yaw: number
  pitch: number
  hands: boolean
  lx: number
  ly: number
  lz: number
  rx: number
  ry: number
  rz: number
}

/** One visitor as the avatars draw them: their buffered poses and colour. Not reactive: read in the frame loop. */
export interface RemoteVisitor {
  id: string
  colour: string
  vr: boolean
  buffer: PoseBuffer
  /** The last pose fields seen, so an unchanged patch adds no sample. */
  lastKey: string
}

const visitors = new Map<string, RemoteVisitor>()
const listeners = new Set<() => void>()

export const remoteVisitors = (): ReadonlyMap<string, RemoteVisitor> => visitors

/** The avatars ask to be told when a pose arrives, so a hall drawn on demand draws a frame for it. */
export function onRemoteChange(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

function toPose(v: VisitorFields): RemotePose {
  const m = (n: number) => n / POSITION_SCALE
  return {
    x: m(v.hx),
    y: m(v.hy),
    z: m(v.hz),
    yaw: v.yaw / ANGLE_SCALE,
    pitch: v.pitch / ANGLE_SCALE,
    hands: v.hands,
    lx: m(v.lx),
    ly: m(v.ly),
    lz: m(v.lz),
    rx: m(v.rx),
    ry: m(v.ry),
    rz: m(v.rz),
  }
}

/** Takes one state patch: new poses into the buffers, departed visitors out. A visitor with no pose yet is skipped. */
export function applyVisitors(entries: Iterable<[string, VisitorFields]>, selfId: string, now: number): void {
  const seen = new Set<string>()
  let changed = false
  for (const [id, fields] of entries) {
    if (id === selfId || fields.hy < 0) continue
    seen.add(id)
    let visitor = visitors.get(id)
    if (!visitor) {
      visitor = { id, colour: fields.colour, vr: fields.mode === 1, buffer: newPoseBuffer(), lastKey: '' }
      visitors.set(id, visitor)
    }
    visitor.colour = fields.colour
    visitor.vr = fields.mode === 1
    const key = `${fields.hx},${fields.hy},${fields.hz},${fields.yaw},${fields.pitch},${fields.lx},${fields.ly},${fields.lz},${fields.rx},${fields.ry},${fields.rz}`
    if (key !== visitor.lastKey) {
      visitor.lastKey = key
      pushPose(visitor.buffer, now, toPose(fields))
      changed = true
    }
  }
  for (const id of visitors.keys()) {
    if (!seen.has(id)) {
      visitors.delete(id)
      changed = true
    }
  }
  if (changed) for (const listener of listeners) listener()
}

export function clearVisitors(): void {
  if (visitors.size === 0) return
  visitors.clear()
  for (const listener of listeners) listener()
}
