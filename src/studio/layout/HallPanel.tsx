import { useState } from 'react'
import type { Exhibition, Hall, Zone } from '../../content/schema'
import type { PlanTool } from '../floorPlan/FloorPlan'
import { NumberField, TextLine } from './LayoutFields'
import { TEMPLATES, type TemplateId } from './templates'
import { addDoorway, removeDoorway, removeWall, setDoorway, setWallSize, wallLength } from './wallEdits'

interface HallPanelProps {
  doc: Exhibition
  /** One layout edit: the studio checks it, and records it as one undoable command or says why not. */
  onHall: (label: string, next: Hall) => void
  onTemplate: (template: TemplateId) => void
  /** Why the last layout edit was refused (the draft is unchanged), if it was. */
  refusals: readonly string[]
}

const TOOLS: [PlanTool, string][] = [
  ['stands', 'Move stands'],
  ['wall', 'Draw walls'],
  ['doorway', 'Add doorways'],
]

const UNUSED_COLOURS = ['#c2185b', '#00897b', '#5d4037', '#3949ab', '#7cb342']

/** Which tool a press on the plan uses, with a line saying how; shown right above the plan. */
export function PlanTools({ tool, onTool }: { tool: PlanTool; onTool: (tool: PlanTool) => void }) {
  return (
    <>
      <fieldset className="plan-tools">
        <legend>Plan tool</legend>
        {TOOLS.map(([id, name]) => (
          <button key={id} type="button" aria-pressed={tool === id} onClick={() => onTool(id)}>
            {name}
          </button>
        ))}
      </fieldset>
      <p className="studio-note">
        {tool === 'wall'
          ? 'Press and drag on the plan to draw a wall; drag a round handle to move a wall’s end. Ends snap to the grid and to other walls’ ends.'
          : tool === 'doorway'
            ? 'Click a wall on the plan to open a doorway there (1.2 m wide; change it below).'
            : 'Drag a stand, or focus it and use the arrow keys.'}
      </p>
    </>
  )
}

/** The hall's shape: tools for the plan, the hall's size and entrance, walls with their doorways, zones, templates. */
export function HallPanel({ doc, onHall, onTemplate, refusals }: HallPanelProps) {
  const { hall } = doc
  const [template, setTemplate] = useState<TemplateId>('one-room')
  const zone = (index: number, change: Partial<Zone>, label: string) =>
    onHall(label, { ...hall, zones: hall.zones.map((z, i) => (i === index ? { ...z, ...change } : z)) })
  const addZone = () => {
    let n = hall.zones.length + 1
    while (hall.zones.some((z) => z.id === `zone-${n}`)) n++
    const w = Math.min(4, hall.width / 4)
    const d = Math.min(4, hall.depth / 4)
    onHall('Add a zone', {
      ...hall,
      zones: [
        ...hall.zones,
        {
          id: `zone-${n}`,
          title: { zh: `新展区 ${n}`, en: `New zone ${n}` },
          color: UNUSED_COLOURS[n % UNUSED_COLOURS.length] ?? '#888888',
          area: [
            [-w, -d],
            [w, d],
          ],
        },
      ],
    })
  }
  return (
    <section className="hall-panel" aria-label="Hall layout">
      <h2>Hall layout</h2>
      {refusals.length > 0 && (
        <div role="alert" className="studio-error">
          <p>Not changed:</p>
          <ul>
            {refusals.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </div>
      )}
      <fieldset>
        <legend>Start from a layout</legend>
        <label>
          Template
          <select value={template} onChange={(event) => setTemplate(event.target.value as TemplateId)}>
            {Object.entries(TEMPLATES).map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </label>{' '}
        <button type="button" onClick={() => onTemplate(template)}>
          Apply the template
        </button>
        <p className="studio-note">Every exhibit is kept; those that no longer fit wait in a holding area.</p>
      </fieldset>
      <fieldset>
        <legend>Hall</legend>
        <NumberField
          label="Width (m)"
          value={hall.width}
          step={1}
          onCommit={(width) => onHall('Change the hall’s width', { ...hall, width })}
        />
        <NumberField
          label="Depth (m)"
          value={hall.depth}
          step={1}
          onCommit={(depth) => onHall('Change the hall’s depth', { ...hall, depth })}
        />
        <NumberField
          label="Height (m)"
          value={hall.height}
          step={0.5}
          onCommit={(height) => onHall('Change the hall’s height', { ...hall, height })}
        />
        <NumberField
          label="Entrance x (m)"
          value={hall.entrance.position[0]}
          onCommit={(x) =>
            onHall('Move the entrance', {
              ...hall,
              entrance: { ...hall.entrance, position: [x, hall.entrance.position[1]] },
            })
          }
        />
        <NumberField
          label="Entrance z (m)"
          value={hall.entrance.position[1]}
          onCommit={(z) =>
            onHall('Move the entrance', {
              ...hall,
              entrance: { ...hall.entrance, position: [hall.entrance.position[0], z] },
            })
          }
        />
        <NumberField
          label="Entrance facing (°, 0 = north)"
          value={hall.entrance.yaw}
          step={15}
          onCommit={(yaw) => onHall('Turn the entrance', { ...hall, entrance: { ...hall.entrance, yaw } })}
        />
      </fieldset>
      <fieldset>
        <legend>Zones</legend>
        {hall.zones.map((z, i) => (
          <fieldset key={z.id} className="layout-item" aria-label={`Zone ${i + 1}`}>
            <legend>
              Zone {i + 1}: {z.title.en}
            </legend>
            <TextLine
              label={`Zone ${i + 1} name · 中文`}
              lang="zh-CN"
              value={z.title.zh}
              onCommit={(zh) => zone(i, { title: { ...z.title, zh } }, `Rename zone “${z.title.en}” (中文)`)}
            />
            <TextLine
              label={`Zone ${i + 1} name · English`}
              value={z.title.en}
              onCommit={(en) => zone(i, { title: { ...z.title, en } }, `Rename zone “${z.title.en}”`)}
            />
            <label>
              Colour
              <input
                type="color"
                aria-label={`Zone ${i + 1} colour`}
                value={z.color}
                onChange={(event) => zone(i, { color: event.target.value }, `Recolour zone “${z.title.en}”`)}
              />
            </label>
            {(['west', 'north', 'east', 'south'] as const).map((side) => {
              const [[x1, z1], [x2, z2]] = z.area
              const value = side === 'west' ? x1 : side === 'north' ? z1 : side === 'east' ? x2 : z2
              return (
                <NumberField
                  key={side}
                  label={`Zone ${i + 1} ${side} edge (m)`}
                  value={value}
                  step={0.5}
                  onCommit={(v) => {
                    const area: Zone['area'] =
                      side === 'west'
                        ? [
                            [v, z1],
                            [x2, z2],
                          ]
                        : side === 'north'
                          ? [
                              [x1, v],
                              [x2, z2],
                            ]
                          : side === 'east'
                            ? [
                                [x1, z1],
                                [v, z2],
                              ]
                            : [
                                [x1, z1],
                                [x2, v],
                              ]
                    zone(i, { area }, `Resize zone “${z.title.en}”`)
                  }}
                />
              )
            })}
            <button
              type="button"
              onClick={() =>
                onHall(`Remove zone “${z.title.en}”`, { ...hall, zones: hall.zones.filter((_, j) => j !== i) })
              }
            >
              Remove zone {i + 1}
            </button>
          </fieldset>
        ))}
        <button type="button" onClick={addZone}>
          Add a zone
        </button>
      </fieldset>
      <fieldset>
        <legend>Walls</legend>
        {hall.walls.map((wall, w) => (
          <fieldset
            // biome-ignore lint/suspicious/noArrayIndexKey: walls have no id; their number is their place in the list
            key={`${w}:${wall.from.join()}:${wall.to.join()}`}
            className="layout-item"
            aria-label={`Wall ${w + 1}`}
          >
            <legend>
              Wall {w + 1}: ({wall.from.join(', ')}) to ({wall.to.join(', ')}), {wallLength(wall).toFixed(1)} m
            </legend>
            <NumberField
              label={`Wall ${w + 1} thickness (m)`}
              value={wall.thickness}
              step={0.05}
              onCommit={(thickness) => onHall(`Change wall ${w + 1}’s thickness`, setWallSize(hall, w, { thickness }))}
            />
            <NumberField
              label={`Wall ${w + 1} height (m)`}
              value={wall.height ?? hall.height}
              step={0.5}
              onCommit={(height) => onHall(`Change wall ${w + 1}’s height`, setWallSize(hall, w, { height }))}
            />
            {wall.openings.map((opening, o) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: doorways have no id; their number is their place in the wall
              <div key={`${o}:${opening.offset}`} className="layout-doorway">
                <NumberField
                  label={`Wall ${w + 1} doorway ${o + 1} position (m from start)`}
                  value={opening.offset}
                  onCommit={(offset) => onHall(`Move a doorway in wall ${w + 1}`, setDoorway(hall, w, o, { offset }))}
                />
                <NumberField
                  label={`Wall ${w + 1} doorway ${o + 1} width (m)`}
                  value={opening.width}
                  onCommit={(width) => onHall(`Widen a doorway in wall ${w + 1}`, setDoorway(hall, w, o, { width }))}
                />
                <button
                  type="button"
                  onClick={() => onHall(`Remove a doorway from wall ${w + 1}`, removeDoorway(hall, w, o))}
                >
                  Remove doorway {o + 1} of wall {w + 1}
                </button>
              </div>
            ))}
            <button
              type="button"
              onClick={() => onHall(`Add a doorway to wall ${w + 1}`, addDoorway(hall, w, wallLength(wall) / 2))}
            >
              Add a doorway to wall {w + 1}
            </button>{' '}
            <button type="button" onClick={() => onHall(`Delete wall ${w + 1}`, removeWall(hall, w))}>
              Delete wall {w + 1}
            </button>
          </fieldset>
        ))}
      </fieldset>
    </section>
  )
}
