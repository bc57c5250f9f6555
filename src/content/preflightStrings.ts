/**
 * The pre-flight page's bilingual labels (staff read English, Chinese beside it). Kept here so the hall's fonts,
 * cut down to the characters the app can show (./glyphs), hold every one of them.
 */
export const PREFLIGHT_STRINGS = {
  immersive: 'Immersive VR · 沉浸式 VR',
  secure: 'Secure context (HTTPS) · 安全连接',
  offline: 'Offline copy · 离线副本',
  inputs: 'Controllers or hands · 手柄或手势',
  frameRate: 'Frame rate in VR · VR 帧率',
  presence: 'Presence round trip · 在线连接往返',
  thisDevice: 'This device · 本设备',
  deviceName: 'Device name · 设备名称',
  kiosk: 'Kiosk mode: reset the visit for the next visitor when idle · 展台模式',
  title: 'Pre-flight check · 开场前检查',
  openHall: 'Open the hall · 进入展厅',
} as const
