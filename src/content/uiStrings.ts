import type { Language } from './schema'

/** Interface labels, in every exhibition language. Exhibit texts live in the content document, not here. */
export const UI_STRINGS = {
  loading: { zh: '正在加载展览…', en: 'Loading the exhibition…' },
  loadingStep: { zh: '已加载', en: 'Loaded' },
  exhibitList: { zh: '展品目录', en: 'Exhibits' },
  exhibitListHint: { zh: '选择展品，前往其展台', en: 'Choose an exhibit to go to its stand' },
  close: { zh: '关闭', en: 'Close' },
  copyLink: { zh: '复制链接', en: 'Copy link' },
  linkCopied: { zh: '链接已复制', en: 'Link copied' },
  source: { zh: '出处', en: 'Source' },
  sourceParagraph: { zh: '段', en: 'paragraph' },
  explanation: { zh: '说明（非原文内容）', en: 'Explanation (not from the source)' },
  language: { zh: '语言', en: 'Language' },
  mouseLook: { zh: '鼠标视角', en: 'Mouse look' },
  mouseLookHint: { zh: '按 Esc 退出鼠标视角', en: 'Press Esc to release the mouse' },
  controlsHelp: {
    zh: 'WASD 或方向键行走 · 拖动环顾 · 点击地面前往 · 点击展台阅读',
    en: 'WASD or arrow keys to walk · drag to look · click the floor to go there · click a stand to read',
  },
  touchHelp: {
    zh: '拖动环顾 · 点按地面前往 · 点按展台阅读',
    en: 'Drag to look · tap the floor to go there · tap a stand to read',
  },
  pressEnter: { zh: '按 Enter 阅读', en: 'Press Enter to read' },
  inFrontOf: { zh: '面前的展品：{title}。按 Enter 阅读。', en: 'In front of you: {title}. Press Enter to read.' },
  tourStop: { zh: '导览第 {n} 站', en: 'Tour stop {n}' },
  noWebGL: {
    zh: '您的浏览器无法显示三维展厅（WebGL 不可用）。您仍可通过下方目录阅读全部展品。',
    en: 'Your browser cannot show the 3D hall (WebGL is unavailable). You can still read every exhibit from the list below.',
  },
  contentError: { zh: '展览内容无法加载', en: 'The exhibition content could not be loaded' },
  contentErrorHint: {
    zh: '展览文件不符合格式要求。请策展人修正以下问题：',
    en: 'The exhibition document does not match its format. A curator needs to fix:',
  },
  networkError: { zh: '无法获取展览内容：', en: 'Could not fetch the exhibition:' },
  retry: { zh: '重试', en: 'Try again' },
  skipToList: { zh: '跳到展品目录', en: 'Skip to the exhibit list' },
  moveForward: { zh: '前进', en: 'Walk forward' },
  moveBack: { zh: '后退', en: 'Walk back' },
  turnLeft: { zh: '左转', en: 'Turn left' },
  turnRight: { zh: '右转', en: 'Turn right' },
  tourStart: { zh: '开始导览', en: 'Start the tour' },
  display: { zh: '显示', en: 'Display' },
  textSize: { zh: '文字大小', en: 'Text size' },
  highContrast: { zh: '高对比度', en: 'High contrast' },
  reduceMotion: { zh: '减少动态效果', en: 'Reduce motion' },
  tourNext: { zh: '下一站', en: 'Next stop' },
  tourPrevious: { zh: '上一站', en: 'Previous stop' },
  tourEnd: { zh: '结束导览', en: 'End the tour' },
  tourProgress: { zh: '导览：第 {n} / {total} 站', en: 'Tour: stop {n} of {total}' },
  map: { zh: '平面图', en: 'Map' },
  mapTitle: { zh: '展厅平面图：选择展品前往', en: 'Floor plan: choose an exhibit to go there' },
  youAreHere: { zh: '您的位置', en: 'You are here' },
  welcome: { zh: '欢迎', en: 'Welcome' },
  enterVR: { zh: '进入 VR', en: 'Enter VR' },
  exitVR: { zh: '退出 VR', en: 'Exit VR' },
  vrMenu: { zh: '菜单', en: 'Menu' },
  vrMenuHint: {
    zh: '按 X 或 Y 键，或点手腕上的按钮，打开菜单',
    en: 'Press X or Y, or the button on your wrist, for the menu',
  },
  pullTrigger: { zh: '扣动扳机或捏合手指阅读', en: 'Pull the trigger or pinch to read' },
  closePanel: { zh: '× 关闭', en: '× Close' },
  previousPage: { zh: '‹ 上一页', en: '‹ Previous' },
  nextPage: { zh: '下一页 ›', en: 'Next ›' },
  pageOf: { zh: '第 {page} / {pages} 页', en: 'Page {page} of {pages}' },
  turning: { zh: '转向', en: 'Turning' },
  snapTurn: { zh: '分段', en: 'Snap' },
  smoothTurn: { zh: '平滑', en: 'Smooth' },
  snapAngle: { zh: '角度 {degrees}°', en: 'Angle {degrees}°' },
  moving: { zh: '移动', en: 'Moving' },
  teleportOnly: { zh: '仅传送', en: 'Teleport only' },
  stickWalk: { zh: '传送 + 摇杆行走', en: 'Teleport + stick' },
  vignette: { zh: '移动时遮罩视野：{state}', en: 'Vignette while moving: {state}' },
  seated: { zh: '坐姿：{state}', en: 'Seated: {state}' },
  on: { zh: '开', en: 'on' },
  off: { zh: '关', en: 'off' },
  joinTitle: { zh: '用头显参观', en: 'Visit with a headset' },
  joinHint: {
    zh: '在头显的浏览器中打开此地址，或扫描二维码',
    en: "Open this address in the headset's browser, or scan the code",
  },
} as const satisfies Record<string, Record<Language, string>>

export type UiKey = keyof typeof UI_STRINGS

/** A label in a language, with `{name}` placeholders filled in. */
export function t(key: UiKey, language: Language, values: Record<string, string | number> = {}): string {
  return UI_STRINGS[key][language].replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole))
}
