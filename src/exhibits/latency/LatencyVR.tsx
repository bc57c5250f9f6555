import { useMemo } from 'react'
import { ti } from '../../content/interactiveStrings'
import { useServerClock } from '../../state/serverClock'
import { HallText } from '../../world/HallText'
import { VRButton } from '../../xrkit/VRButton'
import type { InteractiveViewProps } from '../types'
import { BUTTON_COLUMNS, BUTTON_ROWS, BUTTON_WIDTH, FIGURE, VRBoard } from '../VRBoard'
import { DELAY_RANGE, JITTER_RANGE, simulateLatency } from './model'
import { latencyReadout, ownLinkLine } from './readout'
import { useLatency } from './store'
import { TIMELINE_MS } from './timeline'

const TRACK_LEFT = FIGURE.left + 0.12
const TRACK_WIDTH = FIGURE.right - TRACK_LEFT
const ROW_GAP = (FIGURE.top - FIGURE.bottom - 0.04) / 4

/** The participants as rows on a timeline, with buttons that step the delay and the jitter. */
export function LatencyVR({ language }: InteractiveViewProps) {
  const { delayMs, jitterMs, seed, setDelay, setJitter, rerun } = useLatency()
  const clock = useServerClock()
  const result = useMemo(() => simulateLatency({ delayMs, jitterMs, seed }), [delayMs, jitterMs, seed])
  const lines = [
    `${ti('latency', 'delay', language, { ms: delayMs })} · ${ti('latency', 'jitter', language, { ms: jitterMs })}`,
    ...latencyReadout(result, language),
    ownLinkLine(clock, language),
  ]
  const x = (ms: number) => TRACK_LEFT + (TRACK_WIDTH * ms) / TIMELINE_MS
  const [c0 = 0, c1 = 0, c2 = 0] = BUTTON_COLUMNS
  const [r0 = 0, r1 = 0] = BUTTON_ROWS
  return (
    <VRBoard type="latency" title={ti('latency', 'timeline', language)} lines={lines}>
      {result.participants.map((view, index) => {
        const y = FIGURE.top - 0.02 - ROW_GAP * index
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: participants are a fixed list, in a fixed order
          <group key={index} position={[0, y, 0.003]}>
            <HallText position={[FIGURE.left, 0, 0]} fontSize={0.024} anchorX="left" anchorY="middle">
              {`${index + 1}`}
            </HallText>
            <mesh position={[TRACK_LEFT + TRACK_WIDTH / 2, 0, 0]}>
              <planeGeometry args={[TRACK_WIDTH, 0.03]} />
              <meshBasicMaterial color={view.reversed ? '#f4c7c3' : '#e3ded3'} toneMapped={false} />
            </mesh>
            <mesh position={[x(view.seesA), 0, 0.001]}>
              <planeGeometry args={[0.02, 0.05]} />
              <meshBasicMaterial color="#1d4e89" toneMapped={false} />
            </mesh>
            <mesh position={[x(view.seesB), 0, 0.001]}>
              <planeGeometry args={[0.02, 0.05]} />
              <meshBasicMaterial color="#7a3b00" toneMapped={false} />
            </mesh>
          </group>
        )
      })}
      <VRButton
        id="latency-delay-down"
        label={ti('latency', 'delayDown', language)}
        onPress={() => setDelay(delayMs - DELAY_RANGE.step * 5)}
        position={[c0, r0, 0.004]}
        width={BUTTON_WIDTH}
      />
      <VRButton
        id="latency-delay-up"
        label={ti('latency', 'delayUp', language)}
        onPress={() => setDelay(delayMs + DELAY_RANGE.step * 5)}
        position={[c1, r0, 0.004]}
        width={BUTTON_WIDTH}
      />
      <VRButton
        id="latency-rerun"
        label={ti('latency', 'rerun', language)}
        onPress={rerun}
        position={[c2, r0, 0.004]}
        width={BUTTON_WIDTH}
      />
      <VRButton
        id="latency-jitter-down"
        label={ti('latency', 'jitterDown', language)}
        onPress={() => setJitter(jitterMs - JITTER_RANGE.step * 3)}
        position={[c0, r1, 0.004]}
        width={BUTTON_WIDTH}
      />
      <VRButton
        id="latency-jitter-up"
        label={ti('latency', 'jitterUp', language)}
        onPress={() => setJitter(jitterMs + JITTER_RANGE.step * 3)}
        position={[c1, r1, 0.004]}
        width={BUTTON_WIDTH}
      />
    </VRBoard>
  )
}
