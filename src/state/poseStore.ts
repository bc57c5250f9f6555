import { create } from 'zustand'
import type { FloorPose } from './floorPose'

/** Publish at most this often while walking: the map follows the visitor without re-rendering every frame. */
const INTERVAL_MS = 200

interface PoseState {
  pose: FloorPose
  publishedAt: number
  /** Called by the navigation each frame it moves the visitor; `force` for the last frame of a movement. */
  publish: (pose: FloorPose, force?: boolean) => void
}

/** Where the visitor stands, for the HTML map (the scene itself reads the camera). */
export const usePose = create<PoseState>()((set, get) => ({
  pose: { x: 0, z: 0, yaw: 0 },
  publishedAt: 0,
  publish: (pose, force = false) => {
    const now = performance.now()
    if (!force && now - get().publishedAt < INTERVAL_MS) return
    set({ pose: { x: pose.x, z: pose.z, yaw: pose.yaw }, publishedAt: now })
  },
}))
