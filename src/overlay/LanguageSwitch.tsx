import { LANGUAGES, type Language } from '../content/schema'
import { t } from '../content/uiStrings'
import { usePreferences } from '../state/preferences'

const NAMES: Record<Language, { label: string; lang: string }> = {
  zh: { label: '中文', lang: 'zh-CN' },
  en: { label: 'English', lang: 'en' },
}

/** 中文 / English, remembered across visits. */
export function LanguageSwitch() {
  const language = usePreferences((state) => state.language)
  const setLanguage = usePreferences((state) => state.setLanguage)
  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">{t('language', language)}</legend>
      {LANGUAGES.map((option) => (
        <button
          key={option}
          type="button"
          lang={NAMES[option].lang}
          aria-pressed={language === option}
          onClick={() => setLanguage(option)}
        >
          {NAMES[option].label}
        </button>
      ))}
    </fieldset>
  )
}
