import type { Exhibition, FloorPoint } from '../../content/schema'
import type { PlanWarning } from './planWarnings'

interface PlanLayoutProps {
  doc: Exhibition
  warnings: readonly PlanWarning[]
  /** Wall ends get handles while the wall tool is on. */
  showHandles: boolean
  /** The wall being drawn, from where the press started to the pointer. */
  drawing: { from: FloorPoint; to: FloorPoint } | null
  onHandleDown: (event: React.PointerEvent<SVGCircleElement>, wall: number, end: 'from' | 'to') => void
}

/** What the floor plan shows over the walls: zone names, the entrance, wall-end handles and numbered warnings. */
export function PlanLayout({ doc, warnings, showHandles, drawing, onHandleDown }: PlanLayoutProps) {
  const { hall } = doc
  const [ex, ez] = hall.entrance.position
  const yaw = hall.entrance.yaw
  return (
    <>
      {hall.zones.map((zone) => {
        const [[x1, z1], [x2, z2]] = zone.area
        return (
          <text key={zone.id} x={Math.min(x1, x2) + 0.3} y={Math.min(z1, z2) + 0.8} className="plan-zone-name">
            {zone.title.en} · {zone.title.zh}
          </text>
        )
      })}
      <g className="plan-entrance" transform={`translate(${ex} ${ez}) rotate(${-yaw})`}>
        <path d="M 0 -0.9 L 0.6 0.3 L -0.6 0.3 Z" />
        <text y={1.1} transform={`rotate(${yaw})`}>
          Entrance
        </text>
      </g>
      {showHandles &&
        hall.walls.flatMap((wall, index) =>
          (['from', 'to'] as const).map((end) => (
            <circle
              // biome-ignore lint/suspicious/noArrayIndexKey: walls have no id; their number is their place in the list
              key={`${index}-${end}`}
              cx={wall[end][0]}
              cy={wall[end][1]}
              r={0.35}
              className="plan-handle"
              data-wall-end={`${index + 1}-${end}`}
              onPointerDown={(event) => onHandleDown(event, index, end)}
            >
              <title>{`Wall ${index + 1}, ${end === 'from' ? 'start' : 'end'}: drag to move`}</title>
            </circle>
          )),
        )}
      {drawing && (
        <line
          x1={drawing.from[0]}
          y1={drawing.from[1]}
          x2={drawing.to[0]}
          y2={drawing.to[1]}
          className="plan-drawing"
        />
      )}
      {warnings.map((warning, index) => (
        <g
          // biome-ignore lint/suspicious/noArrayIndexKey: the numbers are the list's order, shown beside each marker
          key={index}
          className="plan-warning"
          transform={`translate(${warning.at[0] + 0.6} ${warning.at[1] - 0.6})`}
        >
          <title>{warning.text}</title>
          <circle r={0.55} />
          <text y={0.22}>{index + 1}</text>
        </g>
      ))}
    </>
  )
}
