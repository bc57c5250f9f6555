import { ti } from '../../content/interactiveStrings'
import type { Language } from '../../content/schema'
import type { HandSummary, MotionSummary } from './summary'

const one = (value: number) => value.toFixed(1)
const two = (value: number) => value.toFixed(2)

function handLine(hand: 'left' | 'right', summary: HandSummary, language: Language): string {
  return ti('privacy', 'hand', language, {
    hand: ti('privacy', hand === 'left' ? 'leftHand' : 'rightHand', language),
    meters: two(summary.travelled),
    reach: two(summary.reach),
  })
}

/**
 * The live figures in words. A desktop has no tracked head height or hands, so it shows the mouse instead; a
 * headset shows eye height and each tracked hand.
 */
export function privacyReadout(
  summary: MotionSummary,
  language: Language,
  extra: { pointerPx: number } | { headset: true },
): string[] {
  const lines = [
    ti('privacy', 'recording', language, { seconds: one(summary.seconds), samples: summary.samples }),
    ti('privacy', 'turned', language, { degrees: Math.round(summary.turned) }),
    ti('privacy', 'pitch', language, {
      min: Math.round(summary.pitchRange[0]),
      max: Math.round(summary.pitchRange[1]),
    }),
    ti('privacy', 'walked', language, { meters: one(summary.walked) }),
  ]
  if ('pointerPx' in extra) {
    lines.push(ti('privacy', 'pointer', language, { pixels: Math.round(extra.pointerPx) }))
    return lines
  }
  lines.push(ti('privacy', 'eyeHeight', language, { meters: two(summary.eyeHeight) }))
  if (summary.left) lines.push(handLine('left', summary.left, language))
  if (summary.right) lines.push(handLine('right', summary.right, language))
  if (summary.dominant) {
    lines.push(
      ti('privacy', 'dominant', language, {
        hand: ti('privacy', summary.dominant === 'left' ? 'dominantLeft' : 'dominantRight', language),
      }),
    )
  }
  return lines
}

export const REVEALS = ['revealHeight', 'revealHands', 'revealGaze'] as const
