import { type ComponentType, type LazyExoticComponent, lazy } from 'react'
import type { InteractiveType, InteractiveViewProps } from './types'

type LazyView = LazyExoticComponent<ComponentType<InteractiveViewProps>>

export interface InteractiveViews {
  /** Labelled HTML controls and live results, in the desktop exhibit panel. */
  Desktop: LazyView
  /** 3D controls pressed with a controller ray, beside the headset's exhibit panel. */
  VR: LazyView
}

/** Loads a named view only when an exhibit of its type opens: none of it is in the first-frame download. */
const view = <M>(load: () => Promise<M>, pick: (module: M) => ComponentType<InteractiveViewProps>): LazyView =>
  lazy(() => load().then((module) => ({ default: pick(module) })))

/** Every interactive type the schema allows, with its views: a new type does not compile until it is listed here. */
export const INTERACTIVE_VIEWS: Record<InteractiveType, InteractiveViews> = {
  latency: {
    Desktop: view(
      () => import('./latency/LatencyPanel'),
      (module) => module.LatencyPanel,
    ),
    VR: view(
      () => import('./latency/LatencyVR'),
      (module) => module.LatencyVR,
    ),
  },
  tactile: {
    Desktop: view(
      () => import('./tactile/TactilePanel'),
      (module) => module.TactilePanel,
    ),
    VR: view(
      () => import('./tactile/TactileVR'),
      (module) => module.TactileVR,
    ),
  },
  market: {
    Desktop: view(
      () => import('./market/MarketPanel'),
      (module) => module.MarketPanel,
    ),
    VR: view(
      () => import('./market/MarketVR'),
      (module) => module.MarketVR,
    ),
  },
  privacy: {
    Desktop: view(
      () => import('./privacy/PrivacyPanel'),
      (module) => module.PrivacyPanel,
    ),
    VR: view(
      () => import('./privacy/PrivacyVR'),
      (module) => module.PrivacyVR,
    ),
  },
}
