import type { MouseEvent } from 'react'
import type { Exhibit, Exhibition } from '../content/schema'
import { inTourOrder } from '../content/tourOrder'
import { t } from '../content/uiStrings'
import { goToExhibit } from '../motion/goToExhibit'
import { exhibitUrl } from '../state/deepLink'
import { usePreferences } from '../state/preferences'
import { useVisit } from '../state/visitStore'

/**
 * Every exhibit, by zone in tour order: the 2D path through the exhibition. Links carry the exhibit's deep link,
 * so they can be opened in a new tab or copied, and work by keyboard and screen reader like any list of links.
 */
export function ExhibitList({ exhibition, id }: { exhibition: Exhibition; id: string }) {
  const language = usePreferences((state) => state.language)
  const openId = useVisit((state) => state.openExhibitId)
  const byTour = inTourOrder(exhibition.exhibits)
  const go = (event: MouseEvent<HTMLAnchorElement>, exhibit: Exhibit) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return
    event.preventDefault()
    goToExhibit(exhibit)
  }
  return (
    <nav className="exhibit-list" id={id} aria-labelledby={`${id}-heading`} tabIndex={-1}>
      <h2 id={`${id}-heading`}>{t('exhibitList', language)}</h2>
      <p className="hint">{t('exhibitListHint', language)}</p>
      {exhibition.hall.zones.map((zone) => {
        const items = byTour.filter((exhibit) => exhibit.zone === zone.id)
        if (items.length === 0) return null
        return (
          <section key={zone.id} aria-labelledby={`zone-${zone.id}`}>
            <h3 id={`zone-${zone.id}`} style={{ borderColor: zone.color }}>
              {zone.title[language]}
            </h3>
            <ol>
              {items.map((exhibit) => (
                <li key={exhibit.id} value={exhibit.tour}>
                  <a
                    href={exhibitUrl(window.location.href, exhibit.id)}
                    aria-current={openId === exhibit.id ? 'true' : undefined}
                    onClick={(event) => go(event, exhibit)}
                  >
                    {exhibit.title[language]}
                  </a>
                </li>
              ))}
            </ol>
          </section>
        )
      })}
    </nav>
  )
}
