import { presenceText } from '../content/presenceStrings'
import { usePreferences } from '../state/preferences'
import { useVisit } from '../state/visitStore'
import { VRRow } from '../xrkit/VRRow'
import { guideActions } from './GuideControls'
import { useGuide } from './guideStore'
import { usePresence } from './presenceStore'

/** Whether the headset menu shows the guide's row: a guide's seat, connected. */
export const useGuideRowShown = () => usePresence((state) => state.selfGuide && state.status === 'online')

/** A guide's commands in the headset menu: gather here, lead or stop, show the open exhibit to followers. */
export function GuideRowVR({ y, width, onCommand }: { y: number; width: number; onCommand: () => void }) {
  const language = usePreferences((state) => state.language)
  const leading = useGuide((state) => state.leading)
  const open = useVisit((state) => state.openExhibitId)
  const run = (action: () => boolean) => () => {
    action()
    onCommand()
  }
  return (
    <VRRow
      y={y}
      width={width}
      label={presenceText('guiding', language)}
      items={[
        {
          kind: 'button',
          id: 'guide-gather',
          label: presenceText('gather', language),
          onPress: run(guideActions.gather),
          width: 0.26,
        },
        {
          kind: 'button',
          id: 'guide-lead',
          label: presenceText(leading ? 'stopLeading' : 'lead', language),
          onPress: run(() => guideActions.lead(!leading)),
          selected: leading,
          width: 0.26,
        },
        ...(leading && open
          ? [
              {
                kind: 'button' as const,
                id: 'guide-show',
                label: presenceText('show', language),
                onPress: run(guideActions.show),
                width: 0.24,
              },
            ]
          : []),
      ]}
    />
  )
}
