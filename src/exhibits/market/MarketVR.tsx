import { useEffect, useMemo } from 'react'
import { BufferGeometry, Float32BufferAttribute, Line, LineBasicMaterial } from 'three'
import { ti } from '../../content/interactiveStrings'
import { VRButton } from '../../xrkit/VRButton'
import type { InteractiveViewProps } from '../types'
import { BUTTON_COLUMNS, BUTTON_ROWS, BUTTON_WIDTH, FIGURE, VRBoard } from '../VRBoard'
import { DAYS, simulateMarket } from './model'
import { chartHeight, marketReadout } from './readout'
import { useMarket } from './store'

const CHART_W = FIGURE.right - FIGURE.left
const CHART_H = FIGURE.top - FIGURE.bottom
const dayX = (day: number) => FIGURE.left + (CHART_W * day) / (DAYS - 1)
const priceY = (price: number) => FIGURE.bottom + CHART_H * chartHeight(price)

/** The price curve as a line, a red bar on the day monitoring flags, and switches pressed with the ray. */
export function MarketVR({ language }: InteractiveViewProps) {
  const { manipulation, monitoring, seed, setManipulation, setMonitoring, newMarket } = useMarket()
  const result = useMemo(() => simulateMarket({ manipulation, monitoring, seed }), [manipulation, monitoring, seed])
  // A plain three Line: JSX's <line> is SVG's. Rebuilt only when the result changes.
  const curve = useMemo(() => {
    const geometry = new BufferGeometry()
    const positions = result.days.flatMap((day, index) => [dayX(index), priceY(day.price), 0.003])
    geometry.setAttribute('position', new Float32BufferAttribute(positions, 3))
    return new Line(geometry, new LineBasicMaterial({ color: '#1d4e89', toneMapped: false }))
  }, [result])
  useEffect(
    () => () => {
      curve.geometry.dispose()
      curve.material.dispose()
    },
    [curve],
  )
  const state = (on: boolean) => ti('common', on ? 'on' : 'off', language)
  const [c0 = 0, c1 = 0, c2 = 0] = BUTTON_COLUMNS
  const [r0 = 0] = BUTTON_ROWS
  const flag = result.firstFlagDay
  return (
    <VRBoard
      type="market"
      title={ti('market', 'chartTitle', language, { days: DAYS })}
      lines={marketReadout(result, monitoring, language)}
    >
      <mesh position={[0, (FIGURE.top + FIGURE.bottom) / 2, 0.001]}>
        <planeGeometry args={[CHART_W, CHART_H]} />
        <meshBasicMaterial color="#eeeae0" toneMapped={false} />
      </mesh>
      <primitive object={curve} />
      {flag !== null && (
        <mesh position={[dayX(flag), (FIGURE.top + FIGURE.bottom) / 2, 0.002]}>
          <planeGeometry args={[0.008, CHART_H]} />
          <meshBasicMaterial color="#a4161a" toneMapped={false} />
        </mesh>
      )}
      <VRButton
        id="market-manipulation"
        label={ti('market', 'manipulationState', language, { state: state(manipulation) })}
        onPress={() => setManipulation(!manipulation)}
        position={[c0, r0, 0.004]}
        width={BUTTON_WIDTH}
        selected={manipulation}
        fontSize={0.022}
      />
      <VRButton
        id="market-monitoring"
        label={ti('market', 'monitoringState', language, { state: state(monitoring) })}
        onPress={() => setMonitoring(!monitoring)}
        position={[c1, r0, 0.004]}
        width={BUTTON_WIDTH}
        selected={monitoring}
        fontSize={0.022}
      />
      <VRButton
        id="market-new"
        label={ti('market', 'newMarket', language)}
        onPress={newMarket}
        position={[c2, r0, 0.004]}
        width={BUTTON_WIDTH}
        fontSize={0.022}
      />
    </VRBoard>
  )
}
