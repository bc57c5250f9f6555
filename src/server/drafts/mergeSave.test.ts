import { afterEach, describe, expect, it } from 'vitest'
import { type Json, mergeThreeWay, setAtPath } from '../../content/merge'
import type { Exhibit, Exhibition } from '../../content/schema'
import type { Conflict, DraftState, PublishPreview, RevisionSummary } from '../../content/studioApi'
import { adminAndCurator, testServer } from '../testing/testServer'

let server: ReturnType<typeof testServer>
afterEach(() => server?.cleanup())

const asJson = (doc: Exhibition) => doc as unknown as Json
const json = async <T>(response: Response) => (await response.json()) as T

async function setUp() {
  server = testServer()
  const accounts = await adminAndCurator(server)
  const draft = await json<DraftState>(await accounts.curator.call('GET', '/api/draft'))
  return { ...accounts, draft }
}

/** The draft with exhibit `index` changed by `edit`. */
function withExhibit(doc: Exhibition, index: number, edit: (exhibit: Exhibit) => Exhibit): Exhibition {
  const copy = structuredClone(doc)
  copy.exhibits[index] = edit(copy.exhibits[index] as Exhibit)
  return copy
}

describe('a save that names the revision it started from is merged field by field', () => {
  it('different fields of the same exhibit, saved from the same revision, both survive', async () => {
    const { admin, curator, draft } = await setUp()
    const mine = withExhibit(draft.document, 0, (e) => ({ ...e, title: { ...e.title, en: 'Curator title' } }))
    const theirs = withExhibit(draft.document, 0, (e) => ({ ...e, summary: { ...e.summary, en: 'Admin summary.' } }))
    const first = await curator.call('PUT', '/api/draft', { json: { baseRevision: draft.revisionId, document: mine } })
    expect(first.status).toBe(200)
    const second = await admin.call('PUT', '/api/draft', { json: { baseRevision: draft.revisionId, document: theirs } })
    expect(second.status, await second.clone().text()).toBe(200)
    const merged = (await json<DraftState>(second)).document.exhibits[0]
    expect(merged?.title.en).toBe('Curator title')
    expect(merged?.summary.en).toBe('Admin summary.')
    // The history says who changed what, by name.
    const { revisions } = await json<{ revisions: RevisionSummary[] }>(await curator.call('GET', '/api/revisions'))
    expect(revisions[0]).toMatchObject({ author: 'Ada Admin', kind: 'save' })
    expect(revisions[0]?.summary).toMatch(/^Changed “Curator title” \(summary\)$/)
    expect(revisions[1]).toMatchObject({ author: 'Cai Curator', summary: 'Changed “Curator title” (title)' })
  })

  it('a position here and a text there, on different exhibits and the layout, all survive', async () => {
    const { admin, curator, draft } = await setUp()
    const mine = withExhibit(draft.document, 0, (e) => ({ ...e, position: [e.position[0] + 0.5, e.position[1]] }))
    const theirs = withExhibit(draft.document, 1, (e) => ({ ...e, body: { ...e.body, zh: '新的正文。' } }))
    const zone = theirs.hall.zones[0]
    if (!zone) throw new Error('no zone')
    zone.color = '#224466'
    await curator.call('PUT', '/api/draft', { json: { baseRevision: draft.revisionId, document: mine } })
    const saved = await admin.call('PUT', '/api/draft', { json: { baseRevision: draft.revisionId, document: theirs } })
    const doc = (await json<DraftState>(saved)).document
    expect(doc.exhibits[0]?.position[0]).toBe((draft.document.exhibits[0]?.position[0] ?? 0) + 0.5)
    expect(doc.exhibits[1]?.body.zh).toBe('新的正文。')
    expect(doc.hall.zones[0]?.color).toBe('#224466')
  })

  it('a wall drawn by one and a doorway widened and the hall resized by the other, from one revision, all survive', async () => {
    const { admin, curator, draft } = await setUp()
    const mine = structuredClone(draft.document)
    mine.hall.walls.push({ from: [-12, 6], to: [-12, 14], thickness: 0.2, height: 3.5, openings: [] })
    const theirs = structuredClone(draft.document)
    const door = theirs.hall.walls[4]?.openings[0]
    if (!door) throw new Error('no doorway in wall 5')
    door.width = 4
    theirs.hall.width += 2
    const first = await curator.call('PUT', '/api/draft', { json: { baseRevision: draft.revisionId, document: mine } })
    expect(first.status, await first.clone().text()).toBe(200)
    const second = await admin.call('PUT', '/api/draft', { json: { baseRevision: draft.revisionId, document: theirs } })
    expect(second.status, await second.clone().text()).toBe(200)
    const { hall } = (await json<DraftState>(second)).document
    expect(hall.walls).toHaveLength(draft.document.hall.walls.length + 1)
    expect(hall.walls.at(-1)?.from).toEqual([-12, 6])
    expect(hall.walls[4]?.openings[0]?.width).toBe(4)
    expect(hall.width).toBe(draft.document.hall.width + 2)
  })

  it('the same field changed by both is refused with 409 naming only that field, and nothing is stored', async () => {
    const { admin, curator, draft } = await setUp()
    const id = draft.document.exhibits[0]?.id as string
    const mine = withExhibit(draft.document, 0, (e) => ({ ...e, title: { ...e.title, en: 'Mine' } }))
    const theirs = withExhibit(draft.document, 0, (e) => ({
      ...e,
      title: { ...e.title, en: 'Theirs' },
      summary: { ...e.summary, en: 'Also theirs.' },
    }))
    const first = await json<DraftState>(
      await curator.call('PUT', '/api/draft', { json: { baseRevision: draft.revisionId, document: mine } }),
    )
    const stale = await admin.call('PUT', '/api/draft', { json: { baseRevision: draft.revisionId, document: theirs } })
    expect(stale.status).toBe(409)
    const { conflict } = await json<{ conflict: Conflict }>(stale)
    expect(conflict).toEqual({
      scope: 'fields',
      baseRevision: draft.revisionId,
      theirs: { revisionId: first.revisionId, version: first.version, savedBy: 'Cai Curator' },
      fields: [
        {
          path: ['exhibits', id, 'title', 'en'],
          base: draft.document.exhibits[0]?.title.en,
          ours: 'Theirs',
          theirs: 'Mine',
        },
      ],
    })
    const now = await json<DraftState>(await admin.call('GET', '/api/draft'))
    expect(now.revisionId).toBe(first.revisionId)

    // Resolved (keeping the other's title) and saved again from the revision the conflict named: the rest lands.
    const resolved = withExhibit(theirs, 0, (e) => ({ ...e, title: { ...e.title, en: 'Mine' } }))
    const again = await admin.call('PUT', '/api/draft', {
      json: { baseRevision: first.revisionId, document: resolved },
    })
    expect(again.status).toBe(200)
    const doc = (await json<DraftState>(again)).document
    expect(doc.exhibits[0]?.title.en).toBe('Mine')
    expect(doc.exhibits[0]?.summary.en).toBe('Also theirs.')
  })

  it('delete against edit is a conflict on that exhibit; added exhibits from both land', async () => {
    const { admin, curator, draft } = await setUp()
    const [first, second] = draft.document.exhibits as [Exhibit, Exhibit]
    const deleted = structuredClone(draft.document)
    deleted.exhibits = deleted.exhibits.filter((exhibit) => exhibit.id !== second.id)
    deleted.exhibits.push({ ...first, id: 'added-by-curator', tour: 900 })
    const edited = withExhibit(draft.document, 1, (e) => ({ ...e, rotation: e.rotation + 15 }))
    edited.exhibits.push({ ...first, id: 'added-by-admin', tour: 901 })
    await curator.call('PUT', '/api/draft', { json: { baseRevision: draft.revisionId, document: deleted } })
    const stale = await admin.call('PUT', '/api/draft', { json: { baseRevision: draft.revisionId, document: edited } })
    expect(stale.status).toBe(409)
    const { conflict } = await json<{ conflict: Extract<Conflict, { scope: 'fields' }> }>(stale)
    expect(conflict.fields.map((field) => field.path)).toEqual([['exhibits', second.id]])
    expect(conflict.fields[0]?.theirs).toBeUndefined()

    // As the studio does: merge onto the draft as it is now, agree to the delete, save from that revision.
    const now = await json<DraftState>(await admin.call('GET', '/api/draft'))
    const rebased = mergeThreeWay(asJson(draft.document), asJson(edited), asJson(now.document))
    const agreed = setAtPath(rebased.merged ?? null, ['exhibits', second.id], undefined)
    const saved = await admin.call('PUT', '/api/draft', { json: { baseRevision: now.revisionId, document: agreed } })
    const ids = (await json<DraftState>(saved)).document.exhibits.map((exhibit) => exhibit.id)
    expect(ids).toEqual(expect.arrayContaining(['added-by-curator', 'added-by-admin']))
    expect(ids).not.toContain(second.id)
  })

  it('a merge that would break the document (two exhibits on one tour stop) is refused with the field', async () => {
    const { admin, curator, draft } = await setUp()
    const first = draft.document.exhibits[0] as Exhibit
    const a = structuredClone(draft.document)
    a.exhibits.push({ ...first, id: 'one-new', tour: 900 })
    const b = structuredClone(draft.document)
    b.exhibits.push({ ...first, id: 'other-new', tour: 900 })
    await curator.call('PUT', '/api/draft', { json: { baseRevision: draft.revisionId, document: a } })
    const refused = await admin.call('PUT', '/api/draft', { json: { baseRevision: draft.revisionId, document: b } })
    expect(refused.status).toBe(400)
    const body = await json<{ problems: { path: string; message: string }[] }>(refused)
    expect(body.problems[0]?.message).toMatch(/tour stop 900 is already taken/)
  })

  it('refuses an unknown base revision, both or neither base, and saving the same thing twice adds no revision', async () => {
    const { curator, draft } = await setUp()
    const unknown = await curator.call('PUT', '/api/draft', { json: { baseRevision: 9999, document: draft.document } })
    expect(unknown.status).toBe(400)
    const both = { baseRevision: draft.revisionId, baseVersion: draft.version, document: draft.document }
    expect((await curator.call('PUT', '/api/draft', { json: both })).status).toBe(400)
    expect((await curator.call('PUT', '/api/draft', { json: { document: draft.document } })).status).toBe(400)
    const same = await curator.call('PUT', '/api/draft', {
      json: { baseRevision: draft.revisionId, document: draft.document },
    })
    expect((await json<DraftState>(same)).revisionId).toBe(draft.revisionId)
  })

  it('the exhibition’s texts and sources merge with exhibit edits; media named by the save must exist', async () => {
    const { admin, curator, draft } = await setUp()
    const source = draft.document.sources[0]
    if (!source) throw new Error('no source')
    const mine = structuredClone(draft.document)
    mine.title = { ...mine.title, en: 'Retitled' }
    mine.sources.push({ ...source, id: 'new-source', title: { zh: '新来源', en: 'New source' } })
    const theirs = withExhibit(draft.document, 0, (e) => ({ ...e, summary: { ...e.summary, en: 'Admin summary.' } }))
    await admin.call('PUT', '/api/draft', { json: { baseRevision: draft.revisionId, document: theirs } })
    const saved = await curator.call('PUT', '/api/draft', { json: { baseRevision: draft.revisionId, document: mine } })
    expect(saved.status, await saved.clone().text()).toBe(200)
    const doc = (await json<DraftState>(saved)).document
    expect(doc.title.en).toBe('Retitled')
    expect(doc.sources.map((s) => s.id)).toEqual([source.id, 'new-source'])
    expect(doc.exhibits[0]?.summary.en).toBe('Admin summary.')

    const now = await json<DraftState>(await curator.call('GET', '/api/draft'))
    const first = now.document.exhibits[0] as Exhibit
    const silent = withExhibit(now.document, 0, (e) => ({ ...e, audio: { en: 'media/narration/nowhere-en.ogg' } }))
    const refused = await curator.call('PUT', '/api/draft', {
      json: { baseRevision: now.revisionId, document: silent },
    })
    expect(refused.status).toBe(400)
    expect(((await refused.json()) as { problems: unknown[] }).problems).toEqual([
      {
        path: `exhibits[0] "${first.id}".audio.en`,
        message:
          '"media/narration/nowhere-en.ogg" does not exist on the server: upload the file, or choose one from the media library',
      },
    ])
  })
})

describe('publishing shows what it changes, and refuses a draft changed since', () => {
  it('lists added, removed and changed exhibits and layout changes since the last publish', async () => {
    const { admin, draft } = await setUp()
    const [first, second] = draft.document.exhibits as [Exhibit, Exhibit]
    const doc = withExhibit(draft.document, 0, (e) => ({ ...e, title: { ...e.title, en: 'Renamed' } }))
    doc.exhibits = doc.exhibits.filter((exhibit) => exhibit.id !== second.id)
    doc.exhibits.push({ ...first, id: 'fresh', title: { zh: '新', en: 'Fresh' }, tour: 900 })
    doc.hall.entrance.yaw += 10
    await admin.call('PUT', '/api/draft', { json: { baseRevision: draft.revisionId, document: doc } })
    const preview = await json<PublishPreview>(await admin.call('GET', '/api/publish'))
    expect(preview.changes).toEqual({
      added: [{ id: 'fresh', title: 'Fresh' }],
      removed: [{ id: second.id, title: second.title.en }],
      changed: [{ id: first.id, title: 'Renamed', fields: ['title'] }],
      layout: ['entrance'],
      other: [],
    })
    // A curator saves after the admin opened the summary: publishing what was reviewed is refused.
    const now = await json<DraftState>(await admin.call('GET', '/api/draft'))
    const later = withExhibit(now.document, 0, (e) => ({ ...e, rotation: e.rotation + 15 }))
    await admin.call('PUT', '/api/draft', { json: { baseRevision: now.revisionId, document: later } })
    const refused = await admin.call('POST', '/api/publish', { json: { baseVersion: preview.draftVersion } })
    expect(refused.status).toBe(409)
    const fresh = await json<PublishPreview>(await admin.call('GET', '/api/publish'))
    expect((await admin.call('POST', '/api/publish', { json: { baseVersion: fresh.draftVersion } })).status).toBe(201)
    const after = await json<PublishPreview>(await admin.call('GET', '/api/publish'))
    expect(after.changes).toEqual({ added: [], removed: [], changed: [], layout: [], other: [] })
  })
})
