import type { Page } from '@playwright/test'
import { Euler, PerspectiveCamera, Vector3 } from 'three'
import type { Exhibit } from '../../src/content/schema'
import { EYE_HEIGHT } from '../../src/world/standDimensions'
import { STAND_FACES } from '../../src/world/standLayout'
import type { Diagnostics } from './HallPage'

/** The desktop camera's field of view (src/app/HallCanvas.tsx): the projection a visitor's screen shows. */
const DESKTOP_FOV = 70

/** A rectangle on the canvas, each edge as a share (0..1) of its width or height from the top left. */
export interface ScreenRect {
  left: number
  top: number
  right: number
  bottom: number
}

/** A rectangle on a stand's face, metres, in the stand's own frame: centred across the face, at a height. */
export interface FaceArea {
  centerY: number
  width: number
  height: number
}

/**
 * Where an area of a stand's face lands on the desktop canvas, projected as the hall's camera projects it (eye
 * height, the visitor's yaw and pitch). Positions come from the same stand layout the hall draws with.
 */
export function standAreaOnScreen(
  exhibit: Exhibit,
  area: FaceArea,
  pose: Diagnostics['pose'],
  aspect: number,
): ScreenRect {
  const camera = new PerspectiveCamera(DESKTOP_FOV, aspect, 0.05, 120)
  camera.position.set(pose.x, EYE_HEIGHT, pose.z)
  camera.rotation.copy(new Euler(pose.pitch, pose.yaw, 0))
  camera.updateMatrixWorld()
  const yaw = (exhibit.rotation * Math.PI) / 180
  const front = STAND_FACES[exhibit.kind].boardDepth / 2
  const xs: number[] = []
  const ys: number[] = []
  for (const [u, v] of [
    [-1, -1],
    [1, -1],
    [-1, 1],
    [1, 1],
  ] as const) {
    // The corner in the stand's frame (face towards +z), turned by the stand's yaw and moved to its place.
    const corner = new Vector3((u * area.width) / 2, area.centerY + (v * area.height) / 2, front)
      .applyAxisAngle(new Vector3(0, 1, 0), yaw)
      .add(new Vector3(exhibit.position[0], 0, exhibit.position[1]))
      .project(camera)
    xs.push((corner.x + 1) / 2)
    ys.push((1 - corner.y) / 2)
  }
  return { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) }
}

/** Where an image stand's picture lands on the desktop canvas. */
export function pictureOnScreen(exhibit: Exhibit, pose: Diagnostics['pose'], aspect: number): ScreenRect {
  const image = STAND_FACES[exhibit.kind].image
  if (!image) throw new Error(`a ${exhibit.kind} stand shows no picture`)
  return standAreaOnScreen(exhibit, image, pose, aspect)
}

/**
 * The leftmost and rightmost columns (shares 0..1 of the screenshot's width) inside `rect` holding ink: pixels at
 * least `contrast` darker (luminance, 0..255) than the area's median, as dark text on a light board is. Null if none.
 */
export async function inkSpan(
  page: Page,
  png: Buffer,
  rect: ScreenRect,
  contrast = 80,
): Promise<{ left: number; right: number } | null> {
  return page.evaluate(
    async ({ base64, rect, contrast }) => {
      const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))
      const shot = await createImageBitmap(new Blob([bytes], { type: 'image/png' }))
      const left = Math.max(0, Math.round(shot.width * rect.left))
      const top = Math.max(0, Math.round(shot.height * rect.top))
      const width = Math.min(shot.width - left, Math.round(shot.width * (rect.right - rect.left)))
      const height = Math.min(shot.height - top, Math.round(shot.height * (rect.bottom - rect.top)))
      const canvas = new OffscreenCanvas(width, height)
      const context = canvas.getContext('2d')
      if (!context) throw new Error('no 2D context')
      context.drawImage(shot, left, top, width, height, 0, 0, width, height)
      const { data } = context.getImageData(0, 0, width, height)
      const luminance = (i: number) =>
        0.2126 * (data[i] ?? 0) + 0.7152 * (data[i + 1] ?? 0) + 0.0722 * (data[i + 2] ?? 0)
      const all: number[] = []
      for (let i = 0; i < data.length; i += 4) all.push(luminance(i))
      const median = [...all].sort((a, b) => a - b)[Math.floor(all.length / 2)] ?? 0
      let first = -1
      let last = -1
      for (let x = 0; x < width; x++) {
        for (let y = 0; y < height; y++) {
          if ((all[y * width + x] ?? 0) < median - contrast) {
            if (first < 0) first = x
            last = x
            break
          }
        }
      }
      return first < 0 ? null : { left: (left + first) / shot.width, right: (left + last + 1) / shot.width }
    },
    { base64: png.toString('base64'), rect, contrast },
  )
}
