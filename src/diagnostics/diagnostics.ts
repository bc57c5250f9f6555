/**
 * What the hall reports to the end-to-end tests and the benchmark, as `window.__hallDiagnostics`. Read-only from
 * outside; filled from the hall's state by the reporters `installReporters` and `RenderReporter` run, some fields
 * computed only when read. Production code never reads it.
 */
export interface HallDiagnostics {
  /** Frames rendered since the page loaded. */
  frames: number
  drawCalls: number
  triangles: number
  programs: number
  geometries: number
  textures: number
  /** Text meshes in the scene, each at least one draw call wherever it is seen: a batch of many texts counts once. */
  textMeshes: number
  /** Milliseconds from navigation to the first complete frame of the hall, once there is one. */
  firstFrameMs: number | null
  /** True while the visitor is walking, turning or gliding somewhere. */
  moving: boolean
  /** Where the visitor stands: metres on the floor plan, yaw and pitch in radians. */
  pose: { x: number; z: number; yaw: number; pitch: number }
  /** The immersive session: presenting while a headset shows the hall (the pose is then the headset's). */
  xr: XRDiagnostics
  /** The service worker keeping the published exhibition for offline visits (production builds only). */
  offline: 'off' | 'preparing' | 'ready' | 'failed'
  /** The open exhibit's narration: the caption on screen and, where there is one, its recording. */
  narration: NarrationDiagnostics | null
  /** Others in the hall instance, as this visitor's connection and avatars have them. */
  presence: PresenceDiagnostics
}

export interface PresenceDiagnostics {
  status: 'alone' | 'connecting' | 'online' | 'offline'
  code: string
  others: { name: string; mode: 'desktop' | 'vr'; x: number; z: number }[]
  /** Instances drawn in the last frame: heads and hands in one mesh, bodies in the other (two draw calls at most). */
  avatars: { heads: number; bodies: number; positions: [number, number, number][] }
  rttMs: number | null
}

export interface NarrationDiagnostics {
  exhibitId: string
  status: 'paused' | 'playing' | 'ended'
  /** The caption on screen (0-based) and how many there are. */
  cue: number
  cues: number
  text: string
  audio: { src: string; currentTime: number; duration: number } | null
}

/** How a 3D text is set: its type size in metres and its colours, as drawn. */
export interface TextStyleDiagnostics {
  fontSize: number
  ink: string
  paper: string
}

/** What a headset visitor sees and points at, for tests that drive an emulated headset. */
export interface XRDiagnostics {
  presenting: boolean
  /** The play area's floor centre on the floor plan (y: raised for seated visitors) and its yaw, radians. */
  origin: { x: number; y: number; z: number; yaw: number }
  /** The open 3D exhibit panel: its title and the text of the page shown. */
  panel: {
    exhibitId: string
    title: string
    text: string
    page: number
    pages: number
    style: TextStyleDiagnostics
  } | null
  /** The caption strip under the panel: what it shows (empty when captions are off) and how. */
  caption: { text: string; style: TextStyleDiagnostics } | null
  menuOpen: boolean
  /** How the menu's labels are set, while it is open. */
  menuStyle: TextStyleDiagnostics | null
  /** How the last move to a tour stop or a chosen exhibit happened: a fade through black, or a cut. */
  lastJump: 'fade' | 'cut' | null
  /** World position of every 3D button on show, by its id. */
  buttons: Record<string, [number, number, number]>
  /** A teleport being aimed, and whether it would be allowed. */
  teleport: { aiming: boolean; valid: boolean }
  /** What a controller or hand points at now: a 3D button's id or an exhibit's id. */
  hovered: { button: string | null; exhibit: string | null }
  /** Haptic pulses the controllers' motors accepted since the page loaded. */
  hapticPulses: number
  /** The comfort vignette's opacity now: 0 when it is not drawn. */
  vignette: number
  /** The open interactive exhibit's 3D view: its type and the result it shows, as text. */
  interactive: { type: string; readout: string } | null
  /** Staff's message on its caption card in the headset, or null. */
  broadcast: string | null
}

declare global {
  interface Window {
    __hallDiagnostics?: Readonly<HallDiagnostics>
  }
}

/** A report with nothing recorded yet: what a page starts with, and what unit tests of a reporter start from. */
export function emptyDiagnostics(): HallDiagnostics {
  return {
    frames: 0,
    drawCalls: 0,
    triangles: 0,
    programs: 0,
    geometries: 0,
    textures: 0,
    textMeshes: 0,
    firstFrameMs: null,
    moving: false,
    pose: { x: 0, z: 0, yaw: 0, pitch: 0 },
    xr: {
      presenting: false,
      origin: { x: 0, y: 0, z: 0, yaw: 0 },
      panel: null,
      caption: null,
      menuOpen: false,
      menuStyle: null,
      lastJump: null,
      buttons: {},
      teleport: { aiming: false, valid: false },
      hovered: { button: null, exhibit: null },
      hapticPulses: 0,
      vignette: 0,
      interactive: null,
      broadcast: null,
    },
    offline: 'off',
    narration: null,
    presence: { status: 'alone', code: '', others: [], avatars: { heads: 0, bodies: 0, positions: [] }, rttMs: null },
  }
}

export function diagnostics(): HallDiagnostics {
  if (!window.__hallDiagnostics) window.__hallDiagnostics = emptyDiagnostics()
  return window.__hallDiagnostics as HallDiagnostics
}
