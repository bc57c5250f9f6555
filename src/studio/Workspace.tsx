import { lazy, Suspense, useDeferredValue, useMemo, useState } from 'react'
import { useStore } from 'zustand'
import { parseExhibition } from '../content/parse'
import type { Exhibit, Exhibition, Hall } from '../content/schema'
import { AccountMenu } from './accounts/AccountMenu'
import type { DraftState, StudioClient, User } from './api/client'
import { ExhibitListPanel } from './ExhibitListPanel'
import { ExhibitEditor } from './editor/ExhibitEditor'
import { ExhibitionEditor } from './editor/ExhibitionEditor'
import { FloorPlan, type PlanTool } from './floorPlan/FloorPlan'
import { layoutWarnings } from './floorPlan/layoutWarnings'
import { planWarnings, unreachableTitles } from './floorPlan/planWarnings'
import { addExhibit, type Command, moveInTour, removeExhibit, updateExhibit } from './history/commands'
import { updateExhibitionTexts } from './history/documentCommands'
import { HallPanel, PlanTools } from './layout/HallPanel'
import { changeHall, changeLayout, refusalsOf } from './layout/layoutCommands'
import { offsetAlong } from './layout/snapping'
import { applyTemplate, TEMPLATES } from './layout/templates'
import { addDoorway, addWall, moveWallEnd } from './layout/wallEdits'
import { newExhibit } from './newExhibit'
import { PublishBar } from './publish/PublishBar'
import { FieldConflicts } from './sync/FieldConflicts'
import { useDraftSync } from './sync/useDraftSync'
import { REDO_HINT, REDO_KEYS, UNDO_HINT, UNDO_KEYS, useUndoKeys } from './undoKeys'
import { useLeaveWarning } from './useLeaveWarning'

/** three.js and the hall are only downloaded when a curator opens the 3D preview. */
const StudioPreview = lazy(() => import('./preview/StudioPreview'))

/** A copy's id: the original's with the first free "-copy-N" suffix. */
function copyId(exhibit: Exhibit, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const id = `${exhibit.id}-copy-${n}`.slice(0, 64)
    if (!taken.has(id)) return id
  }
}

/** What the plan's marks mean, for a curator seeing them the first time. */
function PlanLegend() {
  return (
    <ul className="plan-legend" aria-label="Legend">
      <li>
        <span className="legend-wall" /> wall
      </li>
      <li>
        <span className="legend-stand" /> stand (number = tour stop; white edge = its front)
      </li>
      <li>
        <span className="legend-entrance" /> entrance
      </li>
      <li>
        <span className="legend-warning">1</span> warning, explained in the list below
      </li>
    </ul>
  )
}

/** The studio once signed in: list, floor plan and editor, with undo/redo, save, publish and history. */
export function Workspace({
  client,
  user,
  initial,
  onSignOut,
}: {
  client: StudioClient
  user: User
  initial: DraftState
  onSignOut: () => void
}) {
  const { draft, history, doc, dirty, status, notice, dismissNotice, save, settle, adopt } = useDraftSync(
    client,
    initial,
  )
  const canUndo = useStore(history, (state) => state.undoStack.length > 0)
  const canRedo = useStore(history, (state) => state.redoStack.length > 0)
  const undoLabel = useStore(history, (state) => state.undoStack.at(-1)?.label)
  const [show3d, setShow3d] = useState(false)
  const [editingExhibition, setEditingExhibition] = useState(false)
  const [selectedId, setSelectedId] = useState<string | null>(initial.document.exhibits[0]?.id ?? null)
  const problems = useMemo(() => {
    const parsed = parseExhibition(doc)
    return parsed.ok ? [] : parsed.problems
  }, [doc])
  const warnings = useMemo(() => layoutWarnings(doc), [doc])
  // Route finding over the whole hall takes a moment on a slow laptop: typing and dragging never wait for it.
  const deferredDoc = useDeferredValue(doc)
  const onPlan = useMemo(() => planWarnings(deferredDoc), [deferredDoc])
  const [tool, setTool] = useState<PlanTool>('stands')
  const [refusals, setRefusals] = useState<string[]>([])
  // After a restore or a merge the chosen exhibit may be gone: the editor then shows the first, never nothing.
  const selected = doc.exhibits.find((exhibit) => exhibit.id === selectedId) ?? doc.exhibits[0] ?? null
  const { execute, undo, redo } = history.getState()
  useUndoKeys(undo, redo)
  useLeaveWarning(dirty)
  // Choosing an exhibit anywhere brings its editor back in place of the exhibition's texts.
  const select = (id: string | null) => {
    setSelectedId(id)
    setEditingExhibition(false)
  }

  /** A layout edit is made only if it leaves the draft valid; otherwise the draft stays as it was and we say why. */
  const layoutEdit = (next: Exhibition, command: Command) => {
    const refused = refusalsOf(doc, next)
    setRefusals(refused)
    if (refused.length === 0) execute(command)
  }
  const editHall = (label: string, next: Hall) => layoutEdit({ ...doc, hall: next }, changeHall(label, doc.hall, next))

  const add = () => {
    const exhibit = newExhibit(doc)
    execute(addExhibit('Add an exhibit', exhibit))
    select(exhibit.id)
  }
  const duplicate = () => {
    if (!selected) return
    const id = copyId(selected, new Set(doc.exhibits.map((exhibit) => exhibit.id)))
    const copy: Exhibit = {
      ...selected,
      id,
      tour: Math.max(...doc.exhibits.map((exhibit) => exhibit.tour)) + 1,
      position: [selected.position[0], selected.position[1]],
    }
    execute(addExhibit(`Duplicate “${selected.title.en}”`, copy))
    setSelectedId(id)
  }
  const remove = () => {
    if (!selected) return
    execute(removeExhibit(`Delete “${selected.title.en}”`, doc, selected.id))
    setSelectedId(doc.exhibits.find((exhibit) => exhibit.id !== selected.id)?.id ?? null)
  }
  return (
    <div className="studio">
      <header className="studio-bar">
        <h1>Studio</h1>
        <button type="button" onClick={undo} disabled={!canUndo} title={undoLabel} aria-keyshortcuts={UNDO_KEYS}>
          Undo{' '}
          {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: a kbd is not focusable; the button's name stays "Undo" and screen readers get the keys from aria-keyshortcuts */}
          <kbd aria-hidden="true">{UNDO_HINT}</kbd>
        </button>
        <button type="button" onClick={redo} disabled={!canRedo} aria-keyshortcuts={REDO_KEYS}>
          Redo{' '}
          {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: a kbd is not focusable; the button's name stays "Redo" and screen readers get the keys from aria-keyshortcuts */}
          <kbd aria-hidden="true">{REDO_HINT}</kbd>
        </button>
        <button type="button" onClick={add}>
          Add
        </button>
        <button type="button" aria-pressed={editingExhibition} onClick={() => setEditingExhibition(!editingExhibition)}>
          Exhibition texts and sources
        </button>
        <button type="button" onClick={duplicate} disabled={!selected}>
          Duplicate
        </button>
        <button type="button" onClick={remove} disabled={!selected || doc.exhibits.length <= 1}>
          Delete
        </button>
        {selected && (
          <label className="tour-stop">
            Tour stop
            <input
              type="number"
              min={1}
              max={doc.exhibits.length}
              value={selected.tour}
              onChange={(event) =>
                execute(moveInTour('Move in the tour', doc, selected.id, Number(event.target.value)))
              }
            />
          </label>
        )}
        <button
          type="button"
          onClick={save}
          disabled={!dirty || status.kind === 'saving' || status.kind === 'conflict' || problems.length > 0}
        >
          Save draft
        </button>
        <span role="status" className="save-status">
          {status.kind === 'saving'
            ? 'Saving…'
            : status.kind === 'saved' && !dirty
              ? 'Saved'
              : dirty
                ? 'Unsaved changes'
                : ''}
        </span>
        <PublishBar
          client={client}
          user={user}
          draft={draft}
          dirty={dirty}
          onRestored={adopt}
          unreachable={unreachableTitles(onPlan)}
        />
        <a href="#event">Event console</a>
        <AccountMenu client={client} user={user} onSignOut={onSignOut} />
      </header>
      {status.kind === 'refused' && (
        <div role="alert" className="studio-error">
          <p>{status.message}</p>
          <ul>
            {status.problems.map((problem) => (
              <li key={problem.path + problem.message}>
                <code>{problem.path}</code>: {problem.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {status.kind === 'conflict' && (
        <FieldConflicts
          // A new set of conflicts starts with no choices made.
          key={status.theirs.revisionId}
          fields={status.fields}
          savedBy={status.theirs.revision?.author ?? 'Someone'}
          docs={[doc, status.merged]}
          onSettle={settle}
        />
      )}
      {notice && (
        <p role="status" className="draft-notice">
          {notice}{' '}
          <button type="button" onClick={dismissNotice}>
            OK
          </button>
        </p>
      )}
      <div className="studio-main">
        <ExhibitListPanel doc={doc} selectedId={selectedId} onSelect={select} />
        <section className="studio-plan" aria-label="Placement">
          <PlanTools tool={tool} onTool={setTool} />
          <FloorPlan
            doc={doc}
            selectedId={selectedId}
            warnings={warnings}
            onSelect={select}
            onPlace={(exhibit, position, rotation) =>
              execute(updateExhibit(`Move “${exhibit.title.en}”`, exhibit, { position, rotation }))
            }
            tool={tool}
            planWarnings={onPlan}
            onDrawWall={(from, to) => editHall('Draw a wall', addWall(doc.hall, from, to))}
            onMoveWallEnd={(wall, end, point) =>
              editHall(`Move an end of wall ${wall + 1}`, moveWallEnd(doc.hall, wall, end, point))
            }
            onPickWall={(wall, point) =>
              editHall(
                `Add a doorway to wall ${wall + 1}`,
                addDoorway(doc.hall, wall, offsetAlong(doc.hall, wall, point)),
              )
            }
          />
          <PlanLegend />
          {onPlan.length > 0 && (
            <h3 className="layout-warnings-title">
              {onPlan.length === 1 ? '1 thing to check' : `${onPlan.length} things to check`} before publishing
            </h3>
          )}
          <ol className="layout-warnings" aria-label="Layout warnings">
            {onPlan.map((warning) => (
              <li key={warning.text}>{warning.text}</li>
            ))}
          </ol>
          <button type="button" aria-expanded={show3d} onClick={() => setShow3d(!show3d)}>
            {show3d ? 'Hide the 3D preview' : 'Show the 3D preview'}
          </button>
          {show3d && (
            <Suspense fallback={<p className="studio-note">Loading the 3D preview…</p>}>
              <StudioPreview
                doc={doc}
                selected={selected}
                onPlace={(exhibit, position, rotation) =>
                  execute(updateExhibit(`Move “${exhibit.title.en}”`, exhibit, { position, rotation }))
                }
              />
            </Suspense>
          )}
          <HallPanel
            doc={doc}
            onHall={editHall}
            refusals={refusals}
            onTemplate={(template) => {
              const laidOut = applyTemplate(doc, template)
              layoutEdit(laidOut.doc, changeLayout(`Lay out as “${TEMPLATES[template]}”`, doc, laidOut.doc))
            }}
          />
        </section>
        {editingExhibition && (
          <ExhibitionEditor
            doc={doc}
            problems={problems}
            onChange={(label, changes) => execute(updateExhibitionTexts(label, doc, changes))}
          />
        )}
        {selected && !editingExhibition && (
          <ExhibitEditor
            // A fresh form per exhibit: no half-typed text of one exhibit can land in another's field.
            key={selected.id}
            doc={doc}
            exhibit={selected}
            client={client}
            problems={problems}
            onChange={(label, changes) => execute(updateExhibit(label, selected, changes))}
          />
        )}
      </div>
    </div>
  )
}
