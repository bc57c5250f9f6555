import { useLayoutEffect } from 'react'
import { useLoading } from '../state/loadingStore'

/** Mounted beside the hall inside its Suspense boundary: it commits only once everything above it has loaded. */
export function SceneReady() {
  const report = useLoading((state) => state.report)
  useLayoutEffect(() => report('scene', 1), [report])
  return null
}
