import { usePreferences } from '../state/preferences'

/** Colours and type scale of the headset panels, menu, buttons and captions, from the visitor's display choices. */
export interface VRStyle {
  /** Multiplies every type size (and the buttons' height), as the desktop text size does. */
  scale: number
  ink: string
  inkSoft: string
  paper: string
  button: { idle: string; selected: string; hovered: string; text: string; selectedText: string }
  caption: { ink: string; paper: string }
}

const NORMAL: Omit<VRStyle, 'scale'> = {
  ink: '#1d2433',
  inkSoft: '#4a5163',
  paper: '#fbfaf7',
  button: { idle: '#e3ded3', selected: '#1d2433', hovered: '#f2b705', text: '#1d2433', selectedText: '#ffffff' },
  caption: { ink: '#ffffff', paper: '#1d2433' },
}

/** Pure black on white, and buttons told apart by more than a shade: the high-contrast choice of the desktop. */
const HIGH_CONTRAST: Omit<VRStyle, 'scale'> = {
  ink: '#000000',
  inkSoft: '#000000',
  paper: '#ffffff',
  button: { idle: '#d0d0d0', selected: '#000000', hovered: '#ffd400', text: '#000000', selectedText: '#ffffff' },
  caption: { ink: '#ffffff', paper: '#000000' },
}

export function vrStyle(textScale: number, highContrast: boolean): VRStyle {
  return { scale: textScale, ...(highContrast ? HIGH_CONTRAST : NORMAL) }
}

/** The style for the visitor's current choices; changes only when they change one. */
export function useVRStyle(): VRStyle {
  const textScale = usePreferences((state) => state.textScale)
  const highContrast = usePreferences((state) => state.highContrast)
  return highContrast ? vrStyleCache.high(textScale) : vrStyleCache.normal(textScale)
}

/** One object per choice, so components that depend on the style re-render only when it changes. */
const vrStyleCache = (() => {
  const made = new Map<string, VRStyle>()
  const get = (textScale: number, highContrast: boolean) => {
    const key = `${textScale}:${highContrast}`
    let style = made.get(key)
    if (!style) {
      style = vrStyle(textScale, highContrast)
      made.set(key, style)
    }
    return style
  }
  return { normal: (scale: number) => get(scale, false), high: (scale: number) => get(scale, true) }
})()
