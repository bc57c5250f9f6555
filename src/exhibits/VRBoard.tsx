import { type ReactNode, useEffect } from 'react'
import { HallText } from '../world/HallText'
import { useShown } from '../xrkit/shownStore'
import { markUi } from '../xrkit/uiTarget'
import type { InteractiveType } from './types'

/** The board beside the headset's exhibit panel: 0.8 m wide, the same height as the panel. */
export const BOARD = { width: 0.8, height: 0.82 } as const
/** Where the figure goes on the board: between the title and the result, in board coordinates. */
export const FIGURE = { top: 0.3, bottom: 0.04, left: -0.36, right: 0.36 } as const
/** Centres of the three button columns and two rows along the board's foot. */
export const BUTTON_COLUMNS = [-0.26, 0, 0.26] as const
export const BUTTON_ROWS = [-0.27, -0.36] as const
export const BUTTON_WIDTH = 0.24

interface VRBoardProps {
  type: InteractiveType
  title: string
  /** The result in words: shown under the figure, and told to others (see useShown). */
  lines: readonly string[]
  children?: ReactNode
}

/** A light board with a title, a figure (the children) and the result in words; buttons go in the children too. */
export function VRBoard({ type, title, lines, children }: VRBoardProps) {
  const readout = lines.join('\n')
  useEffect(() => {
    useShown.getState().show({ interactive: { type, readout } })
  }, [type, readout])
  useEffect(() => () => useShown.getState().show({ interactive: null }), [])
  const { width, height } = BOARD
  return (
    <group name={`vr-interactive:${type}`}>
      <mesh ref={(mesh) => markUi(mesh, { kind: 'surface' })}>
        <planeGeometry args={[width, height]} />
        <meshBasicMaterial color="#fbfaf7" toneMapped={false} />
      </mesh>
      <HallText
        position={[-width / 2 + 0.04, height / 2 - 0.03, 0.002]}
        fontSize={0.034}
        maxWidth={width - 0.08}
        anchorX="left"
        anchorY="top"
        bold
      >
        {title}
      </HallText>
      <HallText
        position={[-width / 2 + 0.04, FIGURE.bottom - 0.02, 0.002]}
        fontSize={0.025}
        maxWidth={width - 0.08}
        lineHeight={1.3}
        anchorX="left"
        anchorY="top"
        color="#1d2433"
      >
        {readout}
      </HallText>
      {children}
    </group>
  )
}
