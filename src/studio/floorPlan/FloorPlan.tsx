import { type KeyboardEvent, type PointerEvent, useRef, useState } from 'react'
import type { Exhibit, Exhibition, FloorPoint } from '../../content/schema'
import { PlanBackdrop, planViewBox } from '../../world/PlanBackdrop'
import { STAND_DIMENSIONS } from '../../world/standDimensions'
import { snapWallEnd, wallNear } from '../layout/snapping'
import type { LayoutWarning } from './layoutWarnings'
import { PlanLayout } from './PlanLayout'
import type { PlanWarning } from './planWarnings'

/** What a press on the plan does: move stands, draw a wall (or drag wall ends), or open a doorway in a wall. */
export type PlanTool = 'stands' | 'wall' | 'doorway'

/** Placement snaps to this grid, metres; rotation to 15° steps. */
export const GRID = 0.25
export const ROTATION_STEP = 15

const snap = (value: number) => Math.round(value / GRID) * GRID

interface FloorPlanProps {
  doc: Exhibition
  selectedId: string | null
  warnings: readonly LayoutWarning[]
  onSelect: (id: string) => void
  /** A finished move or turn of one stand; the caller records it as one undoable edit. */
  onPlace: (exhibit: Exhibit, position: [number, number], rotation: number) => void
  tool?: PlanTool
  planWarnings?: readonly PlanWarning[]
  /** A wall drawn from one snapped point to another. */
  onDrawWall?: (from: FloorPoint, to: FloorPoint) => void
  /** A wall end dragged to a snapped point. */
  onMoveWallEnd?: (wall: number, end: 'from' | 'to', point: FloorPoint) => void
  /** A press on a wall with the doorway tool: where along the wall. */
  onPickWall?: (wall: number, point: FloorPoint) => void
}

/**
 * The hall from above, drawn from the same geometry the 3D hall uses. Stands can be dragged (snapping to the grid)
 * or, once focused, moved with the arrow keys and turned with [ and ].
 */
export function FloorPlan({
  doc,
  selectedId,
  warnings,
  onSelect,
  onPlace,
  tool = 'stands',
  planWarnings = [],
  onDrawWall,
  onMoveWallEnd,
  onPickWall,
}: FloorPlanProps) {
  const svg = useRef<SVGSVGElement>(null)
  const [drag, setDrag] = useState<{ id: string; dx: number; dz: number; position: [number, number] } | null>(null)
  const [drawing, setDrawing] = useState<{
    from: FloorPoint
    to: FloorPoint
    wall?: number
    end?: 'from' | 'to'
  } | null>(null)
  const { hall } = doc
  const warned = new Set(warnings.map((warning) => warning.exhibitId))
  const zoneColor = new Map(hall.zones.map((zone) => [zone.id, zone.color]))

  const toPlan = (event: PointerEvent): [number, number] => {
    const matrix = svg.current?.getScreenCTM()?.inverse()
    if (!matrix || !svg.current) return [0, 0]
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix)
    return [point.x, point.y]
  }

  const start = (event: PointerEvent<SVGGElement>, exhibit: Exhibit) => {
    event.currentTarget.setPointerCapture(event.pointerId)
    const [x, z] = toPlan(event)
    onSelect(exhibit.id)
    setDrag({ id: exhibit.id, dx: exhibit.position[0] - x, dz: exhibit.position[1] - z, position: exhibit.position })
  }
  const move = (event: PointerEvent<SVGGElement>) => {
    if (!drag) return
    const [x, z] = toPlan(event)
    setDrag({ ...drag, position: [snap(x + drag.dx), snap(z + drag.dz)] })
  }
  const end = (exhibit: Exhibit) => {
    if (drag && (drag.position[0] !== exhibit.position[0] || drag.position[1] !== exhibit.position[1])) {
      onPlace(exhibit, drag.position, exhibit.rotation)
    }
    setDrag(null)
  }
  const pressPlan = (event: PointerEvent<SVGSVGElement>) => {
    if (tool === 'stands' || drawing) return
    const point = toPlan(event)
    if (tool === 'doorway') {
      const wall = wallNear(hall, point)
      if (wall !== null) onPickWall?.(wall, point)
      return
    }
    event.currentTarget.setPointerCapture(event.pointerId)
    const from = snapWallEnd(hall, point)
    setDrawing({ from, to: from })
  }
  const movePlan = (event: PointerEvent<SVGSVGElement>) => {
    if (!drawing) return
    setDrawing({ ...drawing, to: snapWallEnd(hall, toPlan(event), drawing.wall) })
  }
  const releasePlan = () => {
    if (!drawing) return
    const { from, to, wall, end } = drawing
    setDrawing(null)
    if (wall !== undefined && end) onMoveWallEnd?.(wall, end, to)
    else if (from[0] !== to[0] || from[1] !== to[1]) onDrawWall?.(from, to)
  }
  const grabEnd = (event: PointerEvent<SVGCircleElement>, wall: number, end: 'from' | 'to') => {
    event.stopPropagation()
    svg.current?.setPointerCapture(event.pointerId)
    const at = hall.walls[wall]?.[end] ?? [0, 0]
    setDrawing({ from: hall.walls[wall]?.[end === 'from' ? 'to' : 'from'] ?? at, to: at, wall, end })
  }
  const keys = (event: KeyboardEvent<SVGGElement>, exhibit: Exhibit) => {
    const step = event.shiftKey ? 1 : GRID
    const [x, z] = exhibit.position
    const moves: Record<string, [number, number, number]> = {
      ArrowLeft: [x - step, z, exhibit.rotation],
      ArrowRight: [x + step, z, exhibit.rotation],
      ArrowUp: [x, z - step, exhibit.rotation],
      ArrowDown: [x, z + step, exhibit.rotation],
      '[': [x, z, exhibit.rotation - ROTATION_STEP],
      ']': [x, z, exhibit.rotation + ROTATION_STEP],
    }
    const next = moves[event.key]
    if (event.key === 'Enter' || event.key === ' ') onSelect(exhibit.id)
    if (!next) return
    event.preventDefault()
    onPlace(exhibit, [snap(next[0]), snap(next[1])], next[2])
  }

  return (
    <svg
      ref={svg}
      className={`floor-plan tool-${tool}`}
      viewBox={planViewBox(hall)}
      role="group"
      aria-label="Floor plan: drag a stand, or focus it and use the arrow keys to move it and [ ] to turn it"
      onPointerDown={pressPlan}
      onPointerMove={movePlan}
      onPointerUp={releasePlan}
    >
      <PlanBackdrop hall={hall} />
      {doc.exhibits.map((exhibit) => {
        const size = STAND_DIMENSIONS[exhibit.kind]
        const [x, z] = drag?.id === exhibit.id ? drag.position : exhibit.position
        const selected = exhibit.id === selectedId
        // An SVG shape cannot be a <button> (so Biome's semantic-elements rule is off here); it behaves as one.
        return (
          <g
            key={exhibit.id}
            role="button"
            tabIndex={0}
            aria-label={`${exhibit.tour}. ${exhibit.title.en} at ${x.toFixed(2)}, ${z.toFixed(2)}, turned ${exhibit.rotation}°`}
            aria-pressed={selected}
            data-exhibit-id={exhibit.id}
            className={`plan-stand${selected ? ' selected' : ''}${warned.has(exhibit.id) ? ' warned' : ''}`}
            transform={`translate(${x} ${z}) rotate(${-exhibit.rotation})`}
            onPointerDown={(event) => start(event, exhibit)}
            onPointerMove={move}
            onPointerUp={() => end(exhibit)}
            onKeyDown={(event) => keys(event, exhibit)}
          >
            <rect
              x={-size.width / 2}
              y={-size.depth / 2}
              width={size.width}
              height={size.depth}
              fill={zoneColor.get(exhibit.zone) ?? '#888'}
            />
            <line
              x1={-size.width / 2}
              x2={size.width / 2}
              y1={size.depth / 2}
              y2={size.depth / 2}
              className="plan-front"
            />
            {/* Counter-turned, so the number reads upright however the stand is turned. */}
            <text
              transform={`rotate(${exhibit.rotation}) translate(0 ${-size.depth / 2 - 0.15})`}
              className="plan-label"
            >
              {exhibit.tour}
            </text>
          </g>
        )
      })}
      <PlanLayout
        doc={doc}
        warnings={planWarnings}
        showHandles={tool === 'wall'}
        drawing={drawing && drawing.wall === undefined ? drawing : null}
        onHandleDown={grabEnd}
      />
    </svg>
  )
}
