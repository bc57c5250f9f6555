import { useThree } from '@react-three/fiber'
import { useEffect, useLayoutEffect, useMemo } from 'react'
import { Color, type Mesh, SRGBColorSpace } from 'three'
import { BatchedText, Text } from 'troika-three-text'
import { useLoading } from '../app/loadingStore'
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

/**
 * All the given texts as one troika BatchedText: one draw call, however many stands the hall holds. Both weights share
 * troika's one glyph atlas, so titles and body text batch together; each member keeps its own colour and size.
 */
export function HallTextBatch({ items, track }: { items: readonly TextItem[]; track: string }) {
  const report = useLoading((state) => state.report)
  const invalidate = useThree((state) => state.invalidate)
  const fonts = hallFonts(useAssetRoot())
  const batch = useMemo(() => new BatchedText(), [])

  useLayoutEffect(() => report(`text:${track}`, 0), [track, report])

  useEffect(() => {
    const members = items.map((item) => {
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
      batch.addText(text)
      return text
    })
    let current = true
    batch.sync(() => {
      if (!current) return
      report(`text:${track}`, 1)
      invalidate()
    })
    return () => {
      current = false
      for (const text of members) {
        batch.removeText(text)
        text.dispose()
      }
    }
  }, [items, batch, fonts.bold, fonts.regular, report, invalidate, track])

  useEffect(() => () => batch.dispose(), [batch])
  return <primitive object={batch} name="hall-text" />
}
