import type { Exhibition, Hall } from '../content/schema'
import { type FloorBox, obstaclesOf } from '../world/geometry'

/** What moving needs to know of the hall: what stops a walker, and the outline a teleport must land inside. */
export interface MotionWorld {
  obstacles: readonly FloorBox[]
  hall: Hall
}

export const motionWorldOf = (exhibition: Exhibition): MotionWorld => ({
  obstacles: obstaclesOf(exhibition.hall, exhibition.exhibits),
  hall: exhibition.hall,
})
