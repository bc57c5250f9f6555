import { t } from '../../content/uiStrings'
import { usePreferences } from '../../state/preferences'
import { VRRow } from '../../xrkit/VRRow'

/** The two languages of the hall, each named in itself, the current one shown as chosen. */
export function LanguageRowVR({ y, width }: { y: number; width: number }) {
  const language = usePreferences((state) => state.language)
  const { setLanguage } = usePreferences.getState()
  return (
    <VRRow
      y={y}
      width={width}
      label={t('language', language)}
      items={[
        {
          kind: 'button',
          id: 'language-zh',
          label: '中文',
          selected: language === 'zh',
          onPress: () => setLanguage('zh'),
          width: 0.2,
        },
        {
          kind: 'button',
          id: 'language-en',
          label: 'English',
          selected: language === 'en',
          onPress: () => setLanguage('en'),
          width: 0.2,
        },
      ]}
    />
  )
}
