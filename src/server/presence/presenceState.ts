import { MapSchema, schema } from '@colyseus/schema'

/**
 * What every visitor of an instance is sent about the others, as the engine's own synchronised state: Colyseus
 * sends only the fields that changed, at the room's patch rate. Units are the protocol's (src/content/presence.ts):
 * centimetres and ten-thousandths of a radian. Kept in memory only: never stored, never logged.
 */
export const VisitorState = schema(
  {
    name: 'string',
    colour: 'string',
    /** 0: desktop or phone (head and body); 1: headset (head and hands). */
    mode: 'uint8',
    /** A signed-in curator or admin guiding this instance; visitors always see who the guide is. */
    guide: 'boolean',
    /** A guide who is leading: visitors may follow them. */
    leading: 'boolean',
    /** The session id of the guide this visitor follows, or empty. */
    following: 'string',
    hx: 'int16',
    hy: 'int16',
    hz: 'int16',
    yaw: 'int16',
    pitch: 'int16',
    hands: 'boolean',
    lx: 'int16',
    ly: 'int16',
    lz: 'int16',
    rx: 'int16',
    ry: 'int16',
    rz: 'int16',
  },
  'VisitorState',
)
export type VisitorState = InstanceType<typeof VisitorState>

export const HallState = schema(
  {
    /** The instance's join code, shown to its visitors so a group can come together. */
    code: 'string',
    /** Visible visitors by session id; invisible ones are in the room but never here. */
    visitors: { map: VisitorState },
  },
  'HallState',
)
export type HallState = InstanceType<typeof HallState>

export const newVisitorMap = () => new MapSchema<VisitorState>()
