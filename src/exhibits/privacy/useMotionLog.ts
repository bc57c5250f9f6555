import { useCallback, useEffect, useRef, useState } from 'react'
import { MotionLog } from './motionLog'
import { type MotionSummary, summarize } from './summary'

/** How often the figures on show are recomputed from the log, milliseconds. */
const SUMMARY_MS = 400

/**
 * A motion log that lives exactly as long as the view using it: created empty, summed up a few times a second, and
 * wiped when the view goes away (the visitor leaves the exhibit) or on request.
 */
export function useMotionLog(capacity?: number) {
  const [log] = useState(() => new MotionLog(capacity))
  const [summary, setSummary] = useState<MotionSummary>(() => summarize(log))
  const onForget = useRef<(() => void) | null>(null)

  useEffect(() => {
    const timer = window.setInterval(() => setSummary(summarize(log)), SUMMARY_MS)
    return () => {
      window.clearInterval(timer)
      log.clear()
    }
  }, [log])

  const forget = useCallback(() => {
    log.clear()
    onForget.current?.()
    setSummary(summarize(log))
  }, [log])

  return { log, summary, forget, onForget }
}
