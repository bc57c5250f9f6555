/** A point in the hall, metres. */
export interface Point3 {
  x: number
  y: number
  z: number
}

const HEAD = 6
const HAND = 4

/**
 * The visitor's motion while the privacy exhibit is open, in memory only: fixed-size arrays (no allocation per
 * sample, so a headset can record every frame) that the exhibit drops when it closes. Nothing here is ever sent or
 * stored; the oldest samples give way once it is full.
 */
export class MotionLog {
  private readonly head: Float64Array
  /** Per hand and sample: tracked flag, then x, y, z. */
  private readonly hands: Record<'left' | 'right', Float64Array>
  private start = 0
  private count = 0

  constructor(readonly capacity = 3600) {
    this.head = new Float64Array(capacity * HEAD)
    this.hands = { left: new Float64Array(capacity * HAND), right: new Float64Array(capacity * HAND) }
  }

  get length(): number {
    return this.count
  }

  /** Adds one sample: time in ms, head position and direction (radians), and each hand if tracked. */
  push(t: number, head: Point3, yaw: number, pitch: number, left: Point3 | null, right: Point3 | null): void {
    const slot = (this.start + this.count) % this.capacity
    if (this.count < this.capacity) this.count += 1
    else this.start = (this.start + 1) % this.capacity
    const h = slot * HEAD
    this.head[h] = t
    this.head[h + 1] = head.x
    this.head[h + 2] = head.y
    this.head[h + 3] = head.z
    this.head[h + 4] = yaw
    this.head[h + 5] = pitch
    this.writeHand('left', slot, left)
    this.writeHand('right', slot, right)
  }

  /** Forgets everything recorded: what leaving the exhibit does. */
  clear(): void {
    this.start = 0
    this.count = 0
    this.head.fill(0)
    this.hands.left.fill(0)
    this.hands.right.fill(0)
  }

  /** The i-th sample, oldest first: [t, x, y, z, yaw, pitch]. */
  headAt(i: number): readonly [number, number, number, number, number, number] {
    const h = ((this.start + i) % this.capacity) * HEAD
    const a = this.head
    return [a[h] ?? 0, a[h + 1] ?? 0, a[h + 2] ?? 0, a[h + 3] ?? 0, a[h + 4] ?? 0, a[h + 5] ?? 0]
  }

  /** The i-th sample's hand position, or null when that hand was not tracked. */
  handAt(hand: 'left' | 'right', i: number): Point3 | null {
    const o = ((this.start + i) % this.capacity) * HAND
    const a = this.hands[hand]
    return a[o] ? { x: a[o + 1] ?? 0, y: a[o + 2] ?? 0, z: a[o + 3] ?? 0 } : null
  }

  private writeHand(hand: 'left' | 'right', slot: number, point: Point3 | null): void {
    const o = slot * HAND
    const a = this.hands[hand]
    a[o] = point ? 1 : 0
    a[o + 1] = point?.x ?? 0
    a[o + 2] = point?.y ?? 0
    a[o + 3] = point?.z ?? 0
  }
}
