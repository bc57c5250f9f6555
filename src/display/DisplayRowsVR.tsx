import { t } from '../content/uiStrings'
import { TEXT_SCALES, type TextScale, usePreferences } from '../state/preferences'
import { VRRow } from '../xrkit/VRRow'

/** The next text size, round to the smallest after the largest: one button steps through them all. */
const nextTextScale = (scale: TextScale): TextScale =>
  TEXT_SCALES[(TEXT_SCALES.indexOf(scale) + 1) % TEXT_SCALES.length] ?? 1

/** How many rows the display options take. */
export const DISPLAY_ROWS = 2

interface DisplayRowsVRProps {
  /** The first row's middle, in the panel's frame; the second is `pitch` below it. */
  y: number
  pitch: number
  /** Width of the panel the rows sit on. */
  width: number
}

/**
 * The desktop's display options in a headset (text size, high contrast, captions, reduced motion): each button
 * says its state and pressing it changes it, for the 3D panels and the HTML alike.
 */
export function DisplayRowsVR({ y, pitch, width }: DisplayRowsVRProps) {
  const { language, textScale, highContrast, captions, reduceMotion } = usePreferences()
  const { setTextScale, setHighContrast, setCaptions, setReduceMotion } = usePreferences.getState()
  const state = (on: boolean) => t(on ? 'on' : 'off', language)
  return (
    <>
      <VRRow
        y={y}
        width={width}
        label={t('display', language)}
        items={[
          {
            kind: 'button',
            id: 'text-size',
            label: t('textSizeValue', language, { percent: Math.round(textScale * 100) }),
            onPress: () => setTextScale(nextTextScale(textScale)),
            width: 0.2,
            fontSize: 0.026,
          },
          {
            kind: 'button',
            id: 'high-contrast',
            label: t('highContrastState', language, { state: state(highContrast) }),
            onPress: () => setHighContrast(!highContrast),
            width: 0.22,
            fontSize: 0.026,
          },
          {
            kind: 'button',
            id: 'captions',
            label: t('captionsState', language, { state: state(captions) }),
            onPress: () => setCaptions(!captions),
            width: 0.22,
            fontSize: 0.026,
          },
        ]}
      />
      <VRRow
        y={y - pitch}
        width={width}
        items={[
          {
            kind: 'button',
            id: 'reduce-motion',
            label: t('reduceMotionState', language, { state: state(reduceMotion) }),
            onPress: () => setReduceMotion(!reduceMotion),
            width: 0.5,
          },
        ]}
      />
    </>
  )
}
