import { t } from '../../content/uiStrings'
import { usePreferences } from '../../state/preferences'
import { VRRow } from '../../xrkit/VRRow'
import { SNAP_ANGLES, useComfort } from './comfortStore'

/** How many rows the comfort options take. */
export const COMFORT_ROWS = 3

interface ComfortRowsVRProps {
  /** The first row's middle, in the panel's frame; the others follow `pitch` apart. */
  y: number
  pitch: number
  /** Width of the panel the rows sit on. */
  width: number
}

/** A headset visitor's comfort choices: how they turn, how they move, the vignette and seated play. */
export function ComfortRowsVR({ y, pitch, width }: ComfortRowsVRProps) {
  const language = usePreferences((state) => state.language)
  const comfort = useComfort()
  const state = (on: boolean) => t(on ? 'on' : 'off', language)
  const nextAngle = SNAP_ANGLES[(SNAP_ANGLES.indexOf(comfort.snapDegrees) + 1) % SNAP_ANGLES.length] ?? 45
  return (
    <>
      <VRRow
        y={y}
        width={width}
        label={t('turning', language)}
        items={[
          {
            kind: 'button',
            id: 'turn-snap',
            label: t('snapTurn', language),
            selected: comfort.turn === 'snap',
            onPress: () => comfort.change({ turn: 'snap' }),
            width: 0.2,
          },
          {
            kind: 'button',
            id: 'turn-smooth',
            label: t('smoothTurn', language),
            selected: comfort.turn === 'smooth',
            onPress: () => comfort.change({ turn: 'smooth' }),
            width: 0.2,
          },
          {
            kind: 'button',
            id: 'snap-angle',
            label: t('snapAngle', language, { degrees: comfort.snapDegrees }),
            onPress: () => comfort.change({ snapDegrees: nextAngle }),
            width: 0.18,
          },
        ]}
      />
      <VRRow
        y={y - pitch}
        width={width}
        label={t('moving', language)}
        items={[
          {
            kind: 'button',
            id: 'move-teleport',
            label: t('teleportOnly', language),
            selected: !comfort.smoothMove,
            onPress: () => comfort.change({ smoothMove: false }),
            width: 0.2,
          },
          {
            kind: 'button',
            id: 'move-stick',
            label: t('stickWalk', language),
            selected: comfort.smoothMove,
            onPress: () => comfort.change({ smoothMove: true }),
            width: 0.3,
          },
        ]}
      />
      <VRRow
        y={y - 2 * pitch}
        width={width}
        items={[
          {
            kind: 'button',
            id: 'vignette',
            label: t('vignette', language, { state: state(comfort.vignette) }),
            onPress: () => comfort.change({ vignette: !comfort.vignette }),
            width: 0.5,
          },
          {
            kind: 'button',
            id: 'seated',
            label: t('seated', language, { state: state(comfort.seated) }),
            onPress: () => comfort.change({ seated: !comfort.seated }),
            width: 0.3,
          },
        ]}
      />
    </>
  )
}
