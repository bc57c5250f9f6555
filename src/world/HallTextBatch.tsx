import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react'
import { Color, type Mesh, SRGBColorSpace, Vector3 } from 'three'
import { BatchedText, Text } from 'troika-three-text'
import { useLoading } from '../state/loadingStore'
import { useAssetRoot } from './assetRoot'
import { hallFonts } from './fonts'
import type { TextItem } from './textItems'

/** A troika text mesh as three sees it: the package's own types leave out that it is a Mesh. */
type TroikaText = Mesh & { sync: (callback?: () => void) => void; dispose: () => void }

/**
 * BatchedText packs each member's colour as sRGB bytes and the shader uses them as linear values, so the output
 * conversion would lighten every colour (dark ink turns grey). Handing it a colour whose sRGB bytes are the linear
 * values of the intended one undoes that.
 */
function batchColor(css: string): Color {
  const linear = new Color(css)
  return new Color().setRGB(linear.r, linear.g, linear.b, SRGBColorSpace)
}

/** Texts marked `near` are drawn only within this distance of the viewer, metres: beyond it they cannot be read. */
export const LOD_RADIUS = 30
/** The viewer moves this far before the near texts are looked up again, metres. */
const RECHECK = 1

const viewer = new Vector3()

interface Members {
  texts: TroikaText[]
  /** Per text: 1 while it is in the batch. */
  shown: Uint8Array
  /** Where the viewer was at the last look-up. */
  x: number
  z: number
}

/** Adds the texts that should show from (x, z) to the batch and takes out the others; true if any changed. */
function updateMembers(
  batch: BatchedText,
  items: readonly TextItem[],
  members: Members,
  x: number,
  z: number,
  lod: boolean,
) {
  let changed = false
  members.x = x
  members.z = z
  for (let i = 0; i < members.texts.length; i++) {
    const near = items[i]?.near
    const show = !lod || !near || (near[0] - x) ** 2 + (near[1] - z) ** 2 < LOD_RADIUS * LOD_RADIUS ? 1 : 0
    if (show === members.shown[i]) continue
    const text = members.texts[i]
    if (!text) continue
    if (show) batch.addText(text)
    else batch.removeText(text)
    members.shown[i] = show
    changed = true
  }
  return changed
}

/**
 * All the given texts as one troika BatchedText: one draw call, however many stands the hall holds. Both weights share
 * troika's one glyph atlas, so titles and body text batch together; each member keeps its own colour and size. With
 * `lod`, texts marked `near` (stand summaries) join the batch only when the viewer comes within LOD_RADIUS, so a
 * larger hall typesets and draws no more of them; they are typeset the first time they come near.
 */
export function HallTextBatch({
  items,
  track,
  lod = true,
}: {
  items: readonly TextItem[]
  track: string
  lod?: boolean
}) {
  const report = useLoading((state) => state.report)
  const invalidate = useThree((state) => state.invalidate)
  const camera = useThree((state) => state.camera)
  const fonts = hallFonts(useAssetRoot())
  const batch = useMemo(() => new BatchedText(), [])
  const members = useRef<Members | null>(null)

  useLayoutEffect(() => report(`text:${track}`, 0), [track, report])

  useEffect(() => {
    const texts = items.map((item) => {
      const text = new Text() as unknown as TroikaText
      Object.assign(text, {
        text: item.text,
        font: item.bold ? fonts.bold : fonts.regular,
        fontSize: item.fontSize,
        color: batchColor(item.color),
        maxWidth: item.maxWidth ?? Number.POSITIVE_INFINITY,
        anchorX: item.anchorX,
        anchorY: item.anchorY,
        textAlign: item.textAlign,
        lineHeight: item.lineHeight ?? 'normal',
        // Chinese has no spaces between words: without this a long line would never wrap.
        overflowWrap: 'break-word',
        sdfGlyphSize: 64,
      })
      text.position.set(...item.position)
      text.rotation.y = item.yaw
      return text
    })
    const current: Members = { texts, shown: new Uint8Array(texts.length), x: 0, z: 0 }
    members.current = current
    camera.getWorldPosition(viewer)
    updateMembers(batch, items, current, viewer.x, viewer.z, lod)
    let live = true
    batch.sync(() => {
      if (!live) return
      report(`text:${track}`, 1)
      invalidate()
    })
    return () => {
      live = false
      members.current = null
      texts.forEach((text, i) => {
        if (current.shown[i]) batch.removeText(text)
        text.dispose()
      })
    }
  }, [items, batch, fonts.bold, fonts.regular, report, invalidate, track, camera, lod])

  useFrame(() => {
    const current = members.current
    if (!lod || !current) return
    // The camera's world position: in a headset it follows the head inside the moving play area.
    camera.getWorldPosition(viewer)
    if (Math.hypot(viewer.x - current.x, viewer.z - current.z) < RECHECK) return
    if (updateMembers(batch, items, current, viewer.x, viewer.z, lod)) batch.sync(invalidate)
  })

  useEffect(() => () => batch.dispose(), [batch])
  return <primitive object={batch} name="hall-text" />
}
