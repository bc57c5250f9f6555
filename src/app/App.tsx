import { useEffect, useState } from 'react'
import { htmlLang } from '../content/i18n'
import { installReporters } from '../diagnostics/installReporters'
import { ContentError } from '../overlay/ContentError'
import { LoadingScreen } from '../overlay/LoadingScreen'
import { readDeepLink } from '../state/deepLink'
import { viewFromLocation } from '../state/exhibitionView'
import { useLoading } from '../state/loadingStore'
import { usePreferences } from '../state/preferences'
import { configureOfflineText, HALL_FONT, preloadHallFont, registerHtmlFonts } from '../world/fonts'
import { type LoadResult, loadExhibition } from './loadExhibition'
import { Visit } from './Visit'

/** Starts every download at once: the exhibition document and both hall fonts, each reporting its progress. */
function startLoading(onLoaded: (result: LoadResult) => void): void {
  const { report } = useLoading.getState()
  report('content', 0)
  report('scene', 0)
  for (const [name, url] of Object.entries(HALL_FONT)) {
    report(`font:${name}`, 0)
    void preloadHallFont(url, '').then(() => report(`font:${name}`, 1))
  }
  void loadExhibition((fraction) => report('content', fraction), viewFromLocation(window.location)).then(onLoaded)
}

export function App() {
  const [result, setResult] = useState<LoadResult | null>(null)
  const language = usePreferences((state) => state.language)

  // The test report (`window.__hallDiagnostics`) for the end-to-end tests and the benchmark, copied from state.
  useEffect(installReporters, [])

  useEffect(() => {
    const linked = readDeepLink(window.location).language
    if (linked) usePreferences.getState().setLanguage(linked)
    configureOfflineText()
    registerHtmlFonts()
    startLoading(setResult)
  }, [])

  useEffect(() => {
    document.documentElement.lang = htmlLang(language)
  }, [language])

  const textScale = usePreferences((state) => state.textScale)
  const highContrast = usePreferences((state) => state.highContrast)
  useEffect(() => {
    document.documentElement.style.setProperty('--text-scale', String(textScale))
    document.documentElement.dataset.contrast = highContrast ? 'high' : 'normal'
  }, [textScale, highContrast])

  if (!result) return <LoadingScreen />
  if (result.kind !== 'ready') return <ContentError {...result} />
  return <Visit exhibition={result.exhibition} />
}
