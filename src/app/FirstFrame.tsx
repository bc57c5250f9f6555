import { addAfterEffect, useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import { allTasksDone, useLoading } from '../state/loadingStore'

/**
 * Marks the first frame that shows the hall complete (everything loading has loaded, text typeset, pictures
 * decoded): the loading screen goes then, and the `hall-first-frame` performance mark times it.
 */
export function FirstFrame() {
  const invalidate = useThree((state) => state.invalidate)

  // Once the last task finishes, draw one more frame: frames are drawn on demand, and that one shows it all.
  useEffect(() => useLoading.subscribe(() => invalidate()), [invalidate])

  useEffect(() => {
    if (useLoading.getState().firstFrame) return
    const stop = addAfterEffect(() => {
      const loading = useLoading.getState()
      if (loading.firstFrame || loading.tasks.scene !== 1 || !allTasksDone(loading.tasks)) return
      performance.mark('hall-first-frame')
      loading.markFirstFrame()
      stop()
    })
    return stop
  }, [])
  return null
}
