import { lazy, Suspense, useEffect, useState } from 'react'
import { htmlLang } from '../content/i18n'
import { kioskFromQuery, useDeviceSettings } from '../device/deviceSettings'
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

/** Staff's page (`?preflight`), its own chunk: visitors never download it, the service worker stores it. */
const PreflightPage = lazy(() =>
  import('../preflight/PreflightPage').then((module) => ({ default: module.PreflightPage })),
)

const isPreflight = () => new URLSearchParams(window.location.search).has('preflight')

/** The published exhibition for the pre-flight page, which names its files when it asks what is stored offline. */
const publishedExhibition = () =>
  loadExhibition(() => undefined).then((result) => (result.kind === 'ready' ? result.exhibition : null))

export function App() {
  const [preflight] = useState(isPreflight)
  // `?kiosk=1` / `?kiosk=0` switch kiosk mode on this device; it is remembered without the flag.
  useEffect(() => useDeviceSettings.getState().change(kioskFromQuery(window.location.search)), [])
  if (preflight) {
    return (
      <Suspense fallback={null}>
        <PreflightPage loadExhibition={publishedExhibition} />
      </Suspense>
    )
  }
  return <HallApp />
}

function HallApp() {
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
