import { Group, Mesh } from 'three'
import { afterEach, describe, expect, it } from 'vitest'
import { registerButton } from '../xrkit/buttonRegistry'
import { useShown } from '../xrkit/shownStore'
import { useVRUi } from '../xrkit/vrUiStore'
import { emptyDiagnostics } from './diagnostics'
import { xrReporter } from './xrReporter'

const style = { fontSize: 0.03, ink: '#000000', paper: '#ffffff' }

describe('the headset reporter', () => {
  let stop: () => void = () => undefined
  afterEach(() => {
    stop()
    useShown.setState({ panel: null, caption: null, menuStyle: null, interactive: null })
    useVRUi.setState({ menuOpen: false, hoveredButton: null, hoveredExhibit: null })
  })

  it('copies what the panels, caption, menu and board show, and what is pointed at, as they change', () => {
    const report = emptyDiagnostics()
    stop = xrReporter(report)
    const panel = { exhibitId: 'a', title: 'A', text: 'Text', page: 1, pages: 2, style }
    useShown.getState().show({ panel, caption: { text: 'Hello', style }, menuStyle: style })
    useShown.getState().show({ interactive: { type: 'market', readout: 'Peak: 3' } })
    useVRUi.getState().setMenuOpen(true)
    useVRUi.getState().setHovered('menu-close', null)
    expect(report.xr).toMatchObject({
      panel,
      caption: { text: 'Hello', style },
      menuStyle: style,
      interactive: { type: 'market', readout: 'Peak: 3' },
      menuOpen: true,
      hovered: { button: 'menu-close', exhibit: null },
    })
    useShown.getState().show({ panel: null })
    expect(report.xr.panel).toBeNull()
  })

  it('works out the buttons on show and their world positions when read, in a copy too', () => {
    const report = emptyDiagnostics()
    stop = xrReporter(report)
    const menu = new Group()
    menu.position.set(1, 1.5, -2)
    const button = new Mesh()
    button.position.set(0.2, 0.1, 0)
    menu.add(button)
    const unregister = registerButton('menu-close', button)
    const [x, y, z] = structuredClone(report).xr.buttons['menu-close'] ?? []
    expect([x, y, z]).toEqual([1.2, 1.6, -2])
    menu.position.x = 0
    expect(report.xr.buttons['menu-close']?.[0]).toBeCloseTo(0.2, 9)
    unregister()
    expect(report.xr.buttons).toEqual({})
  })

  it('stops copying once uninstalled, leaving plain values', () => {
    const report = emptyDiagnostics()
    xrReporter(report)()
    useVRUi.getState().setMenuOpen(true)
    expect(report.xr.menuOpen).toBe(false)
    report.xr.vignette = 0.5
    expect(report.xr.vignette).toBe(0.5)
  })
})
