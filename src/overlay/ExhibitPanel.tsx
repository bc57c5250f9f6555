import { lazy, Suspense, useEffect, useRef, useState } from 'react'
import { paragraphsOf } from '../content/i18n'
import type { Exhibition } from '../content/schema'
import { t } from '../content/uiStrings'
import { InteractiveSection } from '../exhibits/InteractiveSection'
import { exhibitUrl } from '../state/deepLink'
import { usePreferences } from '../state/preferences'
import { useVisit } from '../state/visitStore'
import { Citation } from './Citation'

const MarkdownBody = lazy(() => import('./MarkdownBody'))

import type { ExhibitTextProps } from './exhibitTextProps'

/** Returns focus to the hall when the panel closes, so keyboard visitors carry on walking. */
function focusHall() {
  document.querySelector<HTMLElement>('[data-hall-keys]')?.focus()
}

function PanelBody({ exhibit, exhibition, language }: ExhibitTextProps) {
  const zone = exhibition.hall.zones.find((candidate) => candidate.id === exhibit.zone)
  const image = exhibit.media.find((media) => media.kind === 'image')
  return (
    <>
      <p className="panel-zone" style={{ borderColor: zone?.color }}>
        {zone?.title[language]} · {t('tourStop', language, { n: exhibit.tour })}
      </p>
      <p className="panel-summary">{exhibit.summary[language]}</p>
      {/* Keyed by exhibit: leaving an interactive exhibit unmounts its view, which drops what it recorded. */}
      {exhibit.interactive && (
        <InteractiveSection key={exhibit.id} type={exhibit.interactive.type} language={language} />
      )}
      {image && (
        <img className="panel-image" src={`${import.meta.env.BASE_URL}${image.src}`} alt={image.alt[language]} />
      )}
      {/* The markdown renderer loads with the first panel opened; until then the paragraphs show as plain text. */}
      <Suspense fallback={paragraphsOf(exhibit.body[language]).map((paragraph) => <p key={paragraph}>{paragraph}</p>)}>
        <MarkdownBody text={exhibit.body[language]} />
      </Suspense>
      <Citation exhibit={exhibit} exhibition={exhibition} language={language} />
    </>
  )
}

/** The open exhibit's full text, beside the hall. Esc or the close button closes it. */
export function ExhibitPanel({ exhibition }: { exhibition: Exhibition }) {
  const language = usePreferences((state) => state.language)
  const openId = useVisit((state) => state.openExhibitId)
  const openExhibit = useVisit((state) => state.openExhibit)
  const heading = useRef<HTMLHeadingElement>(null)
  const [copied, setCopied] = useState(false)
  const exhibit = exhibition.exhibits.find((candidate) => candidate.id === openId)

  useEffect(() => {
    setCopied(false)
    if (openId) heading.current?.focus()
  }, [openId])

  useEffect(() => {
    if (!openId) return
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || document.pointerLockElement) return
      openExhibit(null)
      focusHall()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [openId, openExhibit])

  if (!exhibit) return null
  const close = () => {
    openExhibit(null)
    focusHall()
  }
  const copy = async () => {
    await navigator.clipboard?.writeText(exhibitUrl(window.location.href, exhibit.id)).catch(() => undefined)
    setCopied(true)
  }
  return (
    <aside className="exhibit-panel" aria-labelledby="exhibit-panel-title" lang={language === 'zh' ? 'zh-CN' : 'en'}>
      <div className="panel-actions">
        <button type="button" onClick={copy}>
          {t('copyLink', language)}
        </button>
        <button type="button" onClick={close} aria-label={t('close', language)} className="close">
          ✕
        </button>
      </div>
      <h2 id="exhibit-panel-title" ref={heading} tabIndex={-1}>
        {exhibit.title[language]}
      </h2>
      <p role="status" className="visually-hidden">
        {copied ? t('linkCopied', language) : ''}
      </p>
      <PanelBody exhibit={exhibit} exhibition={exhibition} language={language} />
    </aside>
  )
}
