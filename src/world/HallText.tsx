import { Text } from '@react-three/drei'
import { type ComponentProps, useLayoutEffect } from 'react'
import { useLoading } from '../state/loadingStore'
import { useAssetRoot } from './assetRoot'
import { hallFonts } from './fonts'

type TextProps = Omit<ComponentProps<typeof Text>, 'font' | 'children' | 'onSync'> & {
  /** The string to draw. */
  children: string
  /** Bold for titles and signs. */
  bold?: boolean
  /** A stable name under which this text reports being typeset to the loading screen. */
  track?: string
}

/** Text drawn in 3D with the project's own fonts, so the same words show on a desktop screen and in a headset. */
export function HallText({ children, bold = false, track, color = '#1d2433', ...props }: TextProps) {
  const report = useLoading((state) => state.report)
  const fonts = hallFonts(useAssetRoot())
  useLayoutEffect(() => {
    if (track) report(`text:${track}`, 0)
  }, [track, report])
  return (
    <Text
      font={bold ? fonts.bold : fonts.regular}
      color={color}
      // Chinese has no spaces between words: without this a long line would never wrap.
      overflowWrap="break-word"
      onSync={track ? () => report(`text:${track}`, 1) : undefined}
      {...props}
    >
      {children}
    </Text>
  )
}
