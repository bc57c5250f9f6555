import { useXR } from '@react-three/xr'
import { useCallback } from 'react'
import { ti } from '../../content/interactiveStrings'
import { pulseControllers } from '../../xrkit/haptics'
import { VRButton } from '../../xrkit/VRButton'
import type { InteractiveViewProps } from '../types'
import { BUTTON_COLUMNS, BUTTON_ROWS, BUTTON_WIDTH, FIGURE, VRBoard } from '../VRBoard'
import { PATTERN_IDS, PATTERNS, type Pulse } from './patterns'
import { tactileReadout } from './readout'
import { usePatternPlayer } from './usePatternPlayer'

const BLOCK_WIDTH = 0.1
const BLOCK_GAP = 0.05

/** Pattern buttons; the pattern buzzes on both controllers while its blocks light up on the board. */
export function TactileVR({ language }: InteractiveViewProps) {
  const session = useXR((state) => state.session)
  const buzz = useCallback((pulse: Pulse) => (session ? pulseControllers(session, pulse) : 0), [session])
  const { state, play } = usePatternPlayer(buzz)
  const shown = PATTERNS[state.pattern ?? 'heartbeat']
  const rowWidth = shown.length * BLOCK_WIDTH + (shown.length - 1) * BLOCK_GAP
  const height = FIGURE.top - FIGURE.bottom - 0.04
  return (
    <VRBoard type="tactile" title={ti('tactile', 'pulses', language)} lines={tactileReadout(state, language)}>
      {shown.map((pulse, index) => {
        const h = height * pulse.intensity
        const x = -rowWidth / 2 + BLOCK_WIDTH / 2 + index * (BLOCK_WIDTH + BLOCK_GAP)
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: a pattern's pulses never reorder
          <mesh key={index} position={[x, FIGURE.bottom + 0.02 + h / 2, 0.003]}>
            <planeGeometry args={[BLOCK_WIDTH, h]} />
            <meshBasicMaterial color={state.active === index ? '#f2b705' : '#8a8f9c'} toneMapped={false} />
          </mesh>
        )
      })}
      {PATTERN_IDS.map((id, index) => (
        <VRButton
          key={id}
          id={`tactile-${id}`}
          label={ti('tactile', id, language)}
          onPress={() => play(id)}
          position={[BUTTON_COLUMNS[index] ?? 0, BUTTON_ROWS[0], 0.004]}
          width={BUTTON_WIDTH}
          selected={state.pattern === id}
        />
      ))}
    </VRBoard>
  )
}
