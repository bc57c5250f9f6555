import type { Language } from './schema'

/** The presence panel's words, in both languages of the hall. */
export const PRESENCE_STRINGS = {
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
  guiding: { zh: '导览', en: 'Guide this group' },
  gather: { zh: '召集大家到我这里', en: 'Gather everyone here' },
  lead: { zh: '开始带领（邀请跟随）', en: 'Lead: invite visitors to follow' },
  stopLeading: { zh: '停止带领', en: 'Stop leading' },
  show: { zh: '向跟随者展示此展品', en: 'Show this exhibit to followers' },
  showNone: { zh: '先打开一件展品，才能展示给跟随者。', en: 'Open an exhibit first to show it to followers.' },
  follows: { zh: '跟随中', en: 'following' },
  near: { zh: '在“{title}”附近', en: 'near “{title}”' },
  gathering: { zh: '导览员 {name} 正在召集大家：', en: 'Guide {name} is gathering the group:' },
  gatherIn: { zh: '{n} 秒后出发', en: 'leaving in {n} s' },
  gatherAccepted: { zh: '已接受，{n} 秒后到导览员身边', en: 'Accepted: joining the guide in {n} s' },
  joinGuide: { zh: '加入', en: 'Join' },
  stay: { zh: '留在这里', en: 'Stay here' },
  invited: { zh: '导览员 {name} 邀请你跟随参观。', en: 'Guide {name} invites you to follow the tour.' },
  follow: { zh: '跟随', en: 'Follow' },
  noThanks: { zh: '不用了', en: 'No thanks' },
  followingGuide: { zh: '正在跟随导览员 {name}', en: 'Following guide {name}' },
  stopFollowing: { zh: '停止跟随', en: 'Stop following' },
  leadingNow: { zh: '你正在带领：{n} 人跟随', en: 'You are leading: {n} following' },
  notSent: { zh: '未连接，命令没有发出。', en: 'Not connected: the command was not sent.' },
} satisfies Record<string, Record<Language, string>>

export type PresenceString = keyof typeof PRESENCE_STRINGS
export const presenceText = (key: PresenceString, language: Language, values: Record<string, string | number> = {}) =>
  PRESENCE_STRINGS[key][language].replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole))
