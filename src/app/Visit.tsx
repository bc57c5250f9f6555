import { useEffect, useMemo, useState } from 'react'
import { Captions } from '../captions/Captions'
import { useNarrationSync } from '../captions/useNarrationSync'
import type { Exhibition } from '../content/schema'
import { t } from '../content/uiStrings'
import { NavigationHud } from '../desktop/NavigationHud'
import { DisplayOptions } from '../display/DisplayOptions'
import { ExhibitList } from '../exhibitList/ExhibitList'
import { BroadcastBanner } from '../kiosk/BroadcastBanner'
import { KioskOverlay } from '../kiosk/KioskOverlay'
import { useKiosk } from '../kiosk/kioskStore'
import { useConsoleOrders } from '../kiosk/useConsoleOrders'
import { useDeviceStatusReporter } from '../kiosk/useDeviceStatusReporter'
import { useOfflineCopy } from '../offline/useOfflineCopy'
import { ExhibitPanel } from '../overlay/ExhibitPanel'
import { HallMap } from '../overlay/HallMap'
import { Hud } from '../overlay/Hud'
import { JoinPanel } from '../overlay/JoinPanel'
import { LanguageSwitch } from '../overlay/LanguageSwitch'
import { LoadingScreen } from '../overlay/LoadingScreen'
import { PreviewBanner } from '../overlay/PreviewBanner'
import { GuidePrompt } from '../presence/GuidePrompt'
import { hasLiveServer } from '../presence/liveServer'
import { PresencePanel } from '../presence/PresencePanel'
import { useGuideMoves } from '../presence/useGuideMoves'
import { usePresenceConnection } from '../presence/usePresenceConnection'
import { exhibitUrl, readDeepLink } from '../state/deepLink'
import { viewFromLocation } from '../state/exhibitionView'
import { usePreferences } from '../state/preferences'
import { useVisit } from '../state/visitStore'
import { TourControls } from '../tour/TourControls'
import { entrancePose, viewingPose } from '../world/geometry'
import { useVRSupport } from '../xr/startup/vrSupport'
import { HallCanvas } from './HallCanvas'
import { hasWebGL } from './webgl'

/** Keeps the address bar on the open exhibit, so what a visitor copies or bookmarks opens the same place. */
function useExhibitInAddressBar() {
  const openId = useVisit((state) => state.openExhibitId)
  useEffect(() => {
    const next = exhibitUrl(window.location.href, openId)
    if (next !== window.location.href) window.history.replaceState(null, '', next)
  }, [openId])
}

/** A visit to a loaded exhibition: the hall (or, without WebGL, a notice), the list, the panel. */
export function Visit({ exhibition }: { exhibition: Exhibition }) {
  const language = usePreferences((state) => state.language)
  const webgl = useMemo(hasWebGL, [])
  // A deep link opens the hall standing in front of its exhibit, with the text open; otherwise, at the entrance.
  const [initialPose] = useState(() => {
    const link = readDeepLink(window.location)
    const linked = exhibition.exhibits.find((exhibit) => exhibit.id === link.exhibitId)
    if (linked) useVisit.getState().openExhibit(linked.id)
    return linked ? viewingPose(linked) : entrancePose(exhibition.hall)
  })
  // A visit that begins at the entrance has nothing of anyone to reset: a desktop kiosk starts its attract loop.
  const [startsAtEntrance] = useState(() => useVisit.getState().openExhibitId === null)
  // Each kiosk reset mounts the HTML menus afresh, so every one of them is closed for the next visitor.
  const resets = useKiosk((state) => state.resets)
  useDeviceStatusReporter(exhibition)
  useExhibitInAddressBar()
  useNarrationSync(exhibition)
  const vr = useVRSupport()
  // Only the published exhibition is kept for offline visits, never a curator's preview of a draft.
  const [published] = useState(() => viewFromLocation(window.location).kind === 'published')
  useOfflineCopy(exhibition, published, webgl)
  // Others in the hall see this visitor only in the published exhibition, never in a curator's draft preview, and
  // only where a hall server runs (a static export has none).
  const [together] = useState(() => published && hasLiveServer())
  usePresenceConnection(together)
  useGuideMoves(exhibition)
  useConsoleOrders(exhibition)

  return (
    <div className="visit">
      <a className="skip-link" href="#exhibit-list">
        {t('skipToList', language)}
      </a>
      <PreviewBanner />
      <header className="top-bar">
        <h1>{exhibition.title[language]}</h1>
        <div className="top-actions" key={resets}>
          {together && <PresencePanel exhibition={exhibition} />}
          <JoinPanel />
          <DisplayOptions />
          <LanguageSwitch />
        </div>
      </header>
      <div className="layout">
        <ExhibitList exhibition={exhibition} id="exhibit-list" />
        {/* role=application: screen readers pass keys through, so the arrow keys walk instead of reading. */}
        <div
          className="hall"
          role="application"
          data-hall-keys
          // biome-ignore lint/a11y/noNoninteractiveTabindex: the hall takes keyboard focus so the keys can walk in it
          tabIndex={0}
          aria-label={`${exhibition.title[language]}. ${t('controlsHelp', language)}`}
        >
          {webgl ? (
            <>
              <HallCanvas exhibition={exhibition} initialPose={initialPose} vr={vr} />
              <NavigationHud />
              <Hud exhibition={exhibition} />
              <HallMap exhibition={exhibition} key={`map-${resets}`} />
              <TourControls exhibition={exhibition} key={`tour-${resets}`} />
              {vr && <vr.HallEnterVRButton />}
              <LoadingScreen />
            </>
          ) : (
            <p className="no-webgl" role="alert">
              {t('noWebGL', language)}
            </p>
          )}
          {together && <GuidePrompt />}
          <Captions />
          <BroadcastBanner />
          <KioskOverlay exhibition={exhibition} startsFresh={startsAtEntrance} />
        </div>
        <ExhibitPanel exhibition={exhibition} />
      </div>
    </div>
  )
}
