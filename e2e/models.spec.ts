import type { Exhibition } from '../src/content/schema'
import { compressGlb } from '../src/server/media/compressGlb'
import { publishedExhibition } from './support/content'
import { expect, test } from './support/fixtures'
import { gridGlb } from './support/gridGlb'

const GRID = 60
const MODEL = 'media/test-grid.glb'
/** The grey box StandModel shows while a model is missing; the model replaces it. */
const PLACEHOLDER_TRIANGLES = 12

/** The published exhibition with its first stand turned into a model stand showing MODEL. */
function withModel(exhibition: Exhibition): Exhibition {
  const edited = structuredClone(exhibition)
  const first = edited.exhibits.find((exhibit) => exhibit.tour === 1)
  if (!first) throw new Error('no first stop')
  first.kind = 'model'
  first.media = [{ kind: 'model', src: MODEL, alt: { zh: '网格', en: 'A grid' } }]
  return edited
}

test('a model stored meshopt-compressed, as uploads are, is decoded and drawn on its stand', async ({
  hall,
  request,
}) => {
  const edited = withModel(await publishedExhibition(request))
  const compressed = await compressGlb(await gridGlb(GRID))
  await hall.page.route('**/content/exhibition.json', (route) => route.fulfill({ json: edited }))
  const decoder: string[] = []
  hall.page.on('request', (r) => {
    if (/meshopt/i.test(r.url())) decoder.push(r.url())
  })

  // Without the file, a placeholder block (a box: 12 triangles) stands on the pedestal: the baseline.
  hall.expectedErrors.push(/Failed to load resource: the server responded with a status of 404/)
  await hall.page.route(`**/${MODEL}`, (route) => route.fulfill({ status: 404, body: 'gone' }))
  await hall.open('?lang=en')
  await hall.waitForHall()
  const bare = (await hall.diagnostics())?.triangles ?? 0

  await hall.page.unroute(`**/${MODEL}`)
  await hall.page.route(`**/${MODEL}`, (route) =>
    route.fulfill({ body: compressed, headers: { 'content-type': 'model/gltf-binary' } }),
  )
  await hall.open('?lang=en')
  await hall.waitForHall()
  await expect
    .poll(async () => ((await hall.diagnostics())?.triangles ?? 0) - bare)
    .toBeGreaterThanOrEqual(GRID * GRID * 2 - PLACEHOLDER_TRIANGLES)
  expect(decoder.length, 'the decoder is fetched, from the origin').toBeGreaterThan(0)
})
