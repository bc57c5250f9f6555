import { createXRStore, type XRStore } from '@react-three/xr'

/**
 * The one XR store of the hall. Controller and hand models and profiles come from the project's own
 * `xr-profiles/` folder (copied from @webxr-input-profiles/assets at build time), never from a CDN. Pointing,
 * teleporting and grabbing are the hall's own (src/xr), so the library's default pointers are off.
 */
export function createHallXRStore(): XRStore {
  const noPointers = { rayPointer: false, grabPointer: false, teleportPointer: false } as const
  return createXRStore({
    // Emulation, when asked for, is installed by ./emulator before this store exists (see ./vrSupport).
    emulate: false,
    // The visitor chooses when to enter; an emulated Quest 3 would otherwise be offered AR.
    offerSession: false,
    enterGrantedSession: false,
    // The headset's highest refresh rate. Fixed foveation low (Quest's levels are 0, 1/3, 2/3, 1): visitors read
    // panels and captions and look at pictures with their eyes, not only by turning their head, and stronger
    // levels blur text off the lens centre (Meta's advice for text-heavy scenes); the hall is light enough to fill.
    frameRate: 'high',
    foveation: 1 / 3,
    baseAssetPath: new URL(`${import.meta.env.BASE_URL}xr-profiles/`, window.location.href).href,
    controller: { ...noPointers, model: true },
    hand: { ...noPointers, touchPointer: false, model: true },
    transientPointer: false,
    gaze: false,
    screenInput: false,
    handTracking: true,
    anchors: false,
    layers: false,
    meshDetection: false,
    planeDetection: false,
    hitTest: false,
    depthSensing: false,
    domOverlay: false,
    bodyTracking: false,
  })
}
