import { useState } from 'react'
import type { Exhibition } from '../content/schema'
import { t } from '../content/uiStrings'
import { goToExhibit } from '../motion/goToExhibit'
import { usePresence } from '../presence/presenceStore'
import { usePose } from '../state/poseStore'
import { usePreferences } from '../state/preferences'
import { PlanBackdrop, planViewBox } from '../world/PlanBackdrop'

// SVG has no <button>: exhibits are <g role="button"> (Biome's semantic-elements rule is off for this file).

/** The floor plan for visitors: walls, zones, every exhibit (choose one to go there) and where the visitor stands. */
export function HallMap({ exhibition }: { exhibition: Exhibition }) {
  const language = usePreferences((state) => state.language)
  const pose = usePose((state) => state.pose)
  const others = usePresence((state) => state.others)
  const [open, setOpen] = useState(false)
  const { hall } = exhibition
  const zoneColor = new Map(hall.zones.map((zone) => [zone.id, zone.color]))
  return (
    <div className="hall-map">
      <button type="button" aria-expanded={open} aria-controls="hall-map-plan" onClick={() => setOpen(!open)}>
        {t('map', language)}
      </button>
      {open && (
        <svg id="hall-map-plan" viewBox={planViewBox(hall)} role="group" aria-label={t('mapTitle', language)}>
          <PlanBackdrop hall={hall} />
          {exhibition.exhibits.map((exhibit) => (
            <g
              key={exhibit.id}
              role="button"
              tabIndex={0}
              aria-label={`${exhibit.tour}. ${exhibit.title[language]}`}
              transform={`translate(${exhibit.position[0]} ${exhibit.position[1]})`}
              className="map-exhibit"
              onClick={() => goToExhibit(exhibit)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault()
                  goToExhibit(exhibit)
                }
              }}
            >
              <circle r={0.55} fill={zoneColor.get(exhibit.zone) ?? '#888'} />
              <text y={0.22} textAnchor="middle" fontSize={0.6} fill="#fff">
                {exhibit.tour}
              </text>
            </g>
          ))}
          {others.map((visitor) => (
            <g
              key={visitor.id}
              transform={`translate(${visitor.x} ${visitor.z}) rotate(${(-visitor.yaw * 180) / Math.PI})`}
              className="map-visitor"
              data-visitor={visitor.name}
            >
              <title>{visitor.name}</title>
              <circle r={0.35} fill={visitor.colour} stroke="#fff" strokeWidth={0.08} />
              <path d="M 0 -0.9 L 0.3 -0.25 L -0.3 -0.25 Z" fill={visitor.colour} />
            </g>
          ))}
          <g transform={`translate(${pose.x} ${pose.z}) rotate(${(-pose.yaw * 180) / Math.PI})`} className="map-you">
            <title>{t('youAreHere', language)}</title>
            <circle r={0.45} fill="#f2b705" stroke="#1d2433" strokeWidth={0.12} />
            <path d="M 0 -1.2 L 0.45 -0.3 L -0.45 -0.3 Z" fill="#1d2433" />
          </g>
        </svg>
      )}
    </div>
  )
}
