import { describe, expect, it } from 'vitest'
import { useNarration } from '../captions/narrationStore'
import defaultExhibition from '../content/default-exhibition.json'
import { parseExhibition } from '../content/parse'
import { useLatency } from '../exhibits/latency/store'
import { useMarket } from '../exhibits/market/store'
import { usePreferences } from '../state/preferences'
import { useVisit } from '../state/visitStore'
import { useTour } from '../tour/tourStore'
import { entrancePose } from '../world/geometry'
import { DEFAULT_COMFORT, useComfort } from '../xr/comfort/comfortStore'
import { useVRUi } from '../xrkit/vrUiStore'
import { applyResetPlan, resetPlan } from './resetPlan'

const parsed = parseExhibition(defaultExhibition)
if (!parsed.ok) throw new Error('the default exhibition is invalid')
const exhibition = parsed.exhibition
const firstVisit = { language: 'en', textScale: 1, highContrast: false, reduceMotion: false, captions: true } as const

/** A visitor who changed everything they could. */
function leaveTraces(): void {
  const exhibit = exhibition.exhibits[2]
  if (!exhibit) throw new Error('too few exhibits')
  useTour.getState().start(exhibition)
  useVisit.getState().openExhibit(exhibit.id)
  useVisit.getState().setFocused(exhibit.id)
  useNarration.getState().load(exhibit, 'en', (src) => src)
  useVRUi.getState().setMenuOpen(true)
  usePreferences.setState({ language: 'en', textScale: 1.5, highContrast: true, reduceMotion: true, captions: false })
  useComfort.setState({ turn: 'smooth', snapDegrees: 90, smoothMove: true, vignette: false, seated: true })
  useLatency.getState().setDelay(400)
  useMarket.getState().setManipulation(true)
}

describe('a kiosk reset', () => {
  it('plans the event language on first-visit settings, default comfort and the entrance', () => {
    const plan = resetPlan(exhibition, 'zh', firstVisit)
    expect(plan.preferences).toEqual({ ...firstVisit, language: 'zh' })
    expect(plan.comfort).toEqual(DEFAULT_COMFORT)
    expect(plan.pose).toEqual(entrancePose(exhibition.hall))
  })

  it('leaves nothing of the previous visitor in the stores', () => {
    leaveTraces()
    const before = useVisit.getState().travel?.seq ?? 0
    applyResetPlan(resetPlan(exhibition, 'zh', firstVisit))

    expect(useTour.getState().stop).toBeNull()
    expect(useVisit.getState().openExhibitId).toBeNull()
    expect(useVisit.getState().focusedExhibitId).toBeNull()
    expect(useNarration.getState()).toMatchObject({ exhibitId: null, cues: [], status: 'paused' })
    expect(useVRUi.getState().menuOpen).toBe(false)
    const { language, textScale, highContrast, reduceMotion, captions } = usePreferences.getState()
    expect({ language, textScale, highContrast, reduceMotion, captions }).toEqual({ ...firstVisit, language: 'zh' })
    const { turn, snapDegrees, smoothMove, vignette, seated } = useComfort.getState()
    expect({ turn, snapDegrees, smoothMove, vignette, seated }).toEqual(DEFAULT_COMFORT)
    expect(useLatency.getState().delayMs).toBe(40)
    expect(useMarket.getState().manipulation).toBe(false)
    // Placed at the entrance at once: the next visitor does not watch a walk back across the hall.
    expect(useVisit.getState().travel).toEqual({ pose: entrancePose(exhibition.hall), mode: 'place', seq: before + 1 })
  })
})
