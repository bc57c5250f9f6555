import { narrationRecording, useNarration } from '../captions/narrationStore'
import type { NarrationDiagnostics } from './diagnostics'
import { readOnDemand } from './reading'
import type { Reporter } from './reporter'

/** The open exhibit's narration as the captions show it, and its recording's clock, read when a test asks. */
function narrationNow(): NarrationDiagnostics | null {
  const state = useNarration.getState()
  if (!state.exhibitId) return null
  const recording = narrationRecording()
  return {
    exhibitId: state.exhibitId,
    status: state.status,
    cue: state.cue,
    cues: state.cues.length,
    text: state.cues[state.cue]?.text ?? '',
    audio: recording && state.audioSrc ? { src: state.audioSrc, ...recording } : null,
  }
}

/** `narration`, from the captions' store. */
export const narrationReporter: Reporter = (report) => readOnDemand(report, 'narration', narrationNow)
