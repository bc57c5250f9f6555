import type { Language } from './schema'

/**
 * Labels of the interactive exhibits, in every exhibition language. They live in content (not beside each exhibit)
 * so the font subset, cut from content, carries every glyph the 3D views draw.
 */
export const INTERACTIVE_STRINGS = {
  common: {
    tryIt: { zh: '动手试一试', en: 'Try it' },
    vrHint: { zh: '用射线指向按钮，扣动扳机', en: 'Point at a button and pull the trigger' },
    on: { zh: '开', en: 'on' },
    off: { zh: '关', en: 'off' },
  },
  latency: {
    intro: {
      zh: '两只手先后相隔 {gap} 毫秒伸向同一件物品（事件 A、事件 B）。四位模拟参与者经由各自的网络路径看到这两个事件。',
      en: 'Two hands reach for the same object {gap} ms apart (event A, then event B). Four simulated participants see both events over their own network paths.',
    },
    delay: { zh: '网络时延：{ms} 毫秒', en: 'Network delay: {ms} ms' },
    jitter: { zh: '抖动：±{ms} 毫秒', en: 'Jitter: ±{ms} ms' },
    delayDown: { zh: '时延 −', en: 'Delay −' },
    delayUp: { zh: '时延 +', en: 'Delay +' },
    jitterDown: { zh: '抖动 −', en: 'Jitter −' },
    jitterUp: { zh: '抖动 +', en: 'Jitter +' },
    rerun: { zh: '再来一次', en: 'Run again' },
    participant: { zh: '参与者 {n}', en: 'Participant {n}' },
    sees: {
      zh: '参与者 {n}：{a} 毫秒时看到 A，{b} 毫秒时看到 B',
      en: 'Participant {n}: sees A at {a} ms, B at {b} ms',
    },
    reversed: { zh: '（先看到 B！）', en: ' (saw B first!)' },
    spread: {
      zh: '最先与最后看到 A 的参与者相差 {ms} 毫秒。',
      en: 'The first and the last participant saw A {ms} ms apart.',
    },
    reversedCount: {
      zh: '{n} / 4 位参与者看到的先后顺序是错的。',
      en: '{n} of 4 participants saw the two events in the wrong order.',
    },
    inSync: {
      zh: '所有人在同一时刻、按正确顺序看到了事件：共享的世界保持一致。',
      en: 'Everyone saw the events at the same moment and in the right order: the shared world stayed one world.',
    },
    timeline: { zh: '时间轴：每位参与者看到 A 和 B 的时刻', en: 'Timeline: when each participant sees A and B' },
    ownLink: {
      zh: '你自己与本展厅服务器的连接（实测）：往返 {rtt} 毫秒，时钟偏差 {offset} 毫秒。',
      en: 'Your own link to this hall’s server, measured: round trip {rtt} ms, clock offset {offset} ms.',
    },
    ownLinkNone: {
      zh: '你自己与本展厅服务器的连接：尚未测得（未连接，独自参观）。',
      en: 'Your own link to this hall’s server: not measured (not connected, visiting alone).',
    },
  },
  tactile: {
    intro: {
      zh: '选择一种触觉图案。头显中，它在您的手柄上振动；在电脑上，以闪动的方块和低沉的声音呈现同样的节奏与强弱。',
      en: 'Choose a touch pattern. In a headset it buzzes on your controllers; on a computer, flashing blocks and a low tone show the same rhythm and strength.',
    },
    heartbeat: { zh: '心跳', en: 'Heartbeat' },
    knock: { zh: '敲门', en: 'Knock' },
    rising: { zh: '渐强', en: 'Rising' },
    play: { zh: '播放：{name}', en: 'Play: {name}' },
    playing: {
      zh: '正在播放“{name}”：第 {n} / {total} 下，强度 {percent}%',
      en: 'Playing "{name}": pulse {n} of {total}, strength {percent}%',
    },
    pause: { zh: '正在播放“{name}”：停顿', en: 'Playing "{name}": pause' },
    played: {
      zh: '已播放“{name}”：{total} 下，共 {seconds} 秒。',
      en: 'Played "{name}": {total} pulses in {seconds} s.',
    },
    idle: { zh: '尚未播放。', en: 'Nothing played yet.' },
    sound: { zh: '声音：{state}', en: 'Sound: {state}' },
    soundOn: { zh: '播放中', en: 'playing' },
    soundOff: { zh: '不可用', en: 'unavailable' },
    pulses: { zh: '图案的每一下：高度表示强度', en: "The pattern's pulses: height shows strength" },
    controllers: { zh: '手柄振动：{n} 个', en: 'Controllers buzzing: {n}' },
  },
  market: {
    intro: {
      zh: '一个数字藏品系列的 {days} 天模拟行情（玩具模型，并非真实数据）。打开操纵或监测，比较价格曲线。',
      en: 'A {days}-day simulated market for one digital collection (a toy model, not real data). Switch manipulation or monitoring on and compare the price curves.',
    },
    manipulation: { zh: '市场操纵：对敲交易与炒作', en: 'Manipulation: wash trading and hype' },
    monitoring: { zh: '动态监测与“零容忍”执法', en: 'Dynamic monitoring and zero-tolerance enforcement' },
    manipulationState: { zh: '操纵：{state}', en: 'Manipulation: {state}' },
    monitoringState: { zh: '监测：{state}', en: 'Monitoring: {state}' },
    newMarket: { zh: '换一个市场', en: 'New market' },
    chart: {
      zh: '价格曲线（对数刻度），起始价为 1：峰值 {peak} 倍，第 {day} 天',
      en: 'Price curve (log scale), launch price 1: peak {peak}× on day {day}',
    },
    chartTitle: { zh: '藏品价格，{days} 天（对数刻度）', en: 'Collection price over {days} days (log scale)' },
    peak: { zh: '峰值：起始价的 {peak} 倍（第 {day} 天）。', en: 'Peak: {peak}× the launch price (day {day}).' },
    final: {
      zh: '最终：{final} 倍；最后一批买家比峰值损失 {loss}%。',
      en: 'End: {final}×; the last buyers lose {loss}% from the peak.',
    },
    wash: { zh: '对敲交易占全部成交量的 {share}%。', en: 'Wash trades: {share}% of all volume.' },
    flagged: {
      zh: '监测在第 {day} 天发出警示：关联账户之间的交易；对敲交易被叫停，操纵者无法高位出货。',
      en: 'Monitoring flagged day {day}: trades between linked accounts. Wash trading stopped; the manipulators could not sell out at the top.',
    },
    noFlag: { zh: '监测：未发现异常。', en: 'Monitoring: nothing flagged.' },
    unmonitored: { zh: '监测：关闭，无人察觉。', en: 'Monitoring: off; no one notices.' },
    day: { zh: '第 {day} 天', en: 'day {day}' },
  },
  privacy: {
    intro: {
      zh: '此面板打开期间，页面记录您的视角（头显中还包括双手）如何移动：只保存在内存中，从不发送或存储。关闭面板即全部丢弃。',
      en: 'While this panel is open, the page records how your view (and, in a headset, your hands) moves: in memory only, never sent or stored. Close the panel and it is all discarded.',
    },
    recording: { zh: '已记录 {seconds} 秒，{samples} 个样本', en: 'Recorded {seconds} s, {samples} samples' },
    turned: { zh: '头部左右转动累计：{degrees}°', en: 'Head turned left and right: {degrees}° in all' },
    pitch: { zh: '视线上下范围：{min}° 至 {max}°', en: 'Gaze went from {min}° to {max}°' },
    walked: { zh: '行走距离：{meters} 米', en: 'Walked: {meters} m' },
    pointer: { zh: '鼠标移动：{pixels} 像素', en: 'Mouse moved: {pixels} px' },
    eyeHeight: { zh: '眼睛离地高度：{meters} 米', en: 'Eye height above the floor: {meters} m' },
    hand: {
      zh: '{hand}移动 {meters} 米，离头部最远 {reach} 米',
      en: '{hand} moved {meters} m, reached {reach} m from your head',
    },
    leftHand: { zh: '左手', en: 'Left hand' },
    rightHand: { zh: '右手', en: 'Right hand' },
    dominant: { zh: '您更多使用{hand}。', en: 'You use your {hand} more.' },
    dominantLeft: { zh: '左手', en: 'left hand' },
    dominantRight: { zh: '右手', en: 'right hand' },
    reveals: { zh: '这些数据可能透露：', en: 'What such data can give away:' },
    revealHeight: {
      zh: '眼睛高度：大致身高，以及您是坐着还是站着',
      en: 'Eye height: roughly how tall you are, and whether you sit or stand',
    },
    revealHands: { zh: '双手动作：惯用手、臂长与动作习惯', en: 'Hand motion: your handedness, arm length and habits' },
    revealGaze: {
      zh: '头部朝向：您看了什么、看了多久',
      en: 'Head direction: what you looked at, and for how long',
    },
    forget: { zh: '立即清除', en: 'Forget now' },
    figures: { zh: '您的动作数据（实时）', en: 'Your motion data (live)' },
  },
} as const satisfies Record<string, Record<string, Record<Language, string>>>

type Strings = typeof INTERACTIVE_STRINGS
export type StringGroup = keyof Strings

/** A label of one exhibit in a language, with `{name}` placeholders filled in. */
export function ti<G extends StringGroup>(
  group: G,
  key: keyof Strings[G],
  language: Language,
  values: Record<string, string | number> = {},
): string {
  const entry = INTERACTIVE_STRINGS[group][key] as Record<Language, string>
  return entry[language].replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole))
}
