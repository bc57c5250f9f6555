import type { Language } from './schema'

/** The kiosk's words, in both exhibition languages (also drawn in 3D in the headset, so their glyphs are in the fonts). */
export const KIOSK_STRINGS = {
  stillThere: { zh: '还在参观吗？', en: 'Still there?' },
  resetsIn: {
    zh: '{s} 秒后展厅将为下一位参观者重置。',
    en: 'The hall resets for the next visitor in {s} s.',
  },
  keepVisiting: { zh: '继续参观', en: 'Keep visiting' },
  touchToBegin: { zh: '轻触任意处开始参观', en: 'Touch anywhere to begin' },
  staffMessage: { zh: '工作人员通知', en: 'Message from staff' },
  dismiss: { zh: '关闭', en: 'Dismiss' },
} as const satisfies Record<string, Record<Language, string>>

export type KioskString = keyof typeof KIOSK_STRINGS

export const kioskText = (key: KioskString, language: Language, seconds = 0): string =>
  KIOSK_STRINGS[key][language].replace('{s}', String(seconds))
