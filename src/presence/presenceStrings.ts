import type { Language } from '../content/schema'

/** The presence panel's words, in both languages of the hall. */
const STRINGS = {
  people: { zh: '同伴', en: 'People' },
  online: { zh: '已连接：能看到同一展厅里的其他参观者', en: 'Connected: you see the others in this hall' },
  connecting: { zh: '正在连接…', en: 'Connecting…' },
  offline: {
    zh: '连接中断：继续独自参观，会自动重新连接',
    en: 'Connection lost: visiting alone, reconnecting by itself',
  },
  alone: { zh: '独自参观', en: 'Visiting alone' },
  yourName: { zh: '你的名字', en: 'Your name' },
  invisible: { zh: '隐身（看得到别人，别人看不到你）', en: 'Invisible (you see others, they do not see you)' },
  visitAlone: { zh: '独自参观（不连接）', en: 'Visit alone (no connection)' },
  code: { zh: '本展厅的加入码', en: 'This hall’s join code' },
  joinGroup: { zh: '用加入码与同伴会合', en: 'Join a group by its code' },
  join: { zh: '加入', en: 'Join' },
  unknownCode: {
    zh: '没有展厅使用这个加入码，已为你选择另一个展厅。',
    en: 'No hall has this code now; you joined another.',
  },
  fullCode: { zh: '该展厅已满，已为你选择另一个展厅。', en: 'That hall is full; you joined another.' },
  nobody: { zh: '这里暂时只有你。', en: 'No one else is here yet.' },
  guide: { zh: '导览员', en: 'guide' },
  headset: { zh: '头显', en: 'headset' },
  save: { zh: '保存', en: 'Save' },
} satisfies Record<string, Record<Language, string>>

export type PresenceString = keyof typeof STRINGS
export const presenceText = (key: PresenceString, language: Language) => STRINGS[key][language]
