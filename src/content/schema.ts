import { z } from 'zod'
import { layoutProblems } from './layoutRules'

/**
 * The content format version this build reads and writes. Older documents are upgraded step by step by
 * ./migrations.ts before they are validated; bump this only together with a new migration and a fixture.
 */
export const CONTENT_VERSION = 2

export const LANGUAGES = ['zh', 'en'] as const
export type Language = (typeof LANGUAGES)[number]

const text = z.string().trim().min(1, 'must not be empty')

/** A text in both exhibition languages; neither may be missing or blank. */
export const localizedSchema = z.strictObject({ zh: text, en: text })

const meters = z.number().finite()

/** A point on the floor plan in metres: [x, z]. x grows east, z grows south (towards the entrance). */
export const floorPointSchema = z.tuple([meters, meters])

/** Lowercase slug: stable across edits, used in URLs and as a database key. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters and digits separated by single hyphens')
  .max(64, 'must be at most 64 characters')

/** A file under media/ with one of `extensions`: no scheme, no "..", so it is always on the exhibition's origin. */
function mediaPath(extensions: readonly string[]) {
  const names = `(?:[A-Za-z0-9_-]+\\/)*[A-Za-z0-9_-]+`
  return z
    .string()
    .regex(
      new RegExp(`^media\\/${names}\\.(?:${extensions.join('|')})$`),
      `must be a file under media/ (${extensions.join(', ')})`,
    )
}

/**
 * Media live on the exhibition's own origin, under media/: no scheme, no "..", so a document can never make a
 * visitor's browser fetch from another host.
 */
export const mediaPathSchema = mediaPath(['png', 'jpg', 'jpeg', 'webp', 'svg', 'glb'])

/** Audio files the hall plays (narration): the formats browsers decode natively. */
export const AUDIO_EXTENSIONS = ['mp3', 'ogg', 'opus', 'm4a', 'wav'] as const
export const audioPathSchema = mediaPath(AUDIO_EXTENSIONS)

const hexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #a1b2c3')

export const openingSchema = z.strictObject({
  /** Distance from the wall's start to the opening's centre, in metres. */
  offset: z.number().positive(),
  width: z.number().min(0.9, 'must be at least 0.9 m so visitors can pass'),
})

export const wallSchema = z.strictObject({
  from: floorPointSchema,
  to: floorPointSchema,
  thickness: z.number().positive().max(2).default(0.2),
  /** Partitions may be lower than the hall; omitted means full height. */
  height: z.number().positive().optional(),
  openings: z.array(openingSchema).default([]),
})

export const zoneSchema = z.strictObject({
  id: idSchema,
  title: localizedSchema,
  color: hexColor,
  /** Axis-aligned floor area [min, max]. */
  area: z.tuple([floorPointSchema, floorPointSchema]),
})

export const hallSchema = z.strictObject({
  width: z.number().min(4).max(400),
  depth: z.number().min(4).max(400),
  height: z.number().min(2.5).max(30),
  walls: z.array(wallSchema).min(1),
  zones: z.array(zoneSchema).min(1),
  entrance: z.strictObject({
    position: floorPointSchema,
    /** Degrees; 0 looks north (towards -z), 90 looks west. */
    yaw: z.number().finite(),
  }),
})

export const EXHIBIT_KINDS = ['text', 'image', 'model', 'interactive'] as const
export type ExhibitKind = (typeof EXHIBIT_KINDS)[number]

export const INTERACTIVE_TYPES = ['latency', 'tactile', 'market', 'privacy'] as const

export const mediaSchema = z.strictObject({
  kind: z.enum(['image', 'model']),
  src: mediaPathSchema,
  alt: localizedSchema,
  credit: z.string().trim().min(1).optional(),
})

export const citationSchema = z.strictObject({
  source: idSchema,
  /** 1-based paragraph numbers in the source text. */
  paragraphs: z.array(z.number().int().positive()).min(1),
  /** The passage as the source words it. */
  quote: text,
  /** Set when the exhibit adds an explanation the source does not give. */
  explanation: localizedSchema.optional(),
})

export const exhibitSchema = z.strictObject({
  id: idSchema,
  zone: idSchema,
  kind: z.enum(EXHIBIT_KINDS),
  position: floorPointSchema,
  /** Degrees; 0 faces south (towards +z, the entrance), 90 faces east. */
  rotation: z.number().finite(),
  title: localizedSchema,
  summary: localizedSchema,
  /** Markdown (paragraphs, emphasis, lists, links). Raw HTML in it is never rendered or run. */
  body: localizedSchema,
  /** A few sentences in a spoken style, shown as captions when the exhibit opens (and read aloud, given audio). */
  narration: localizedSchema,
  /** A recording of the narration, per language; where one exists its captions follow the recording. */
  audio: z.strictObject({ zh: audioPathSchema.optional(), en: audioPathSchema.optional() }).optional(),
  media: z.array(mediaSchema).default([]),
  /** The source passage the text rests on. A draft exhibit may have none yet; it is not published without one. */
  citation: citationSchema.optional(),
  /** Set when the text is the curators' own, resting on no source passage: visitors see it as a curator's note. */
  curatorNote: z.literal(true).optional(),
  /** Place in the guided tour, 1 first. */
  tour: z.number().int().positive(),
  interactive: z.strictObject({ type: z.enum(INTERACTIVE_TYPES) }).optional(),
})

export const sourceSchema = z.strictObject({
  id: idSchema,
  title: localizedSchema,
  publisher: localizedSchema,
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be a date like 2022-03 or 2022-03-01'),
  /** The source's text, paragraph by paragraph, so citations can be checked and shown. */
  paragraphs: z.array(text).min(1),
  /** What a reader should know about the source itself (a mistranslated name, say). */
  note: localizedSchema.optional(),
})

export const exhibitionBaseSchema = z.strictObject({
  version: z.literal(CONTENT_VERSION),
  id: idSchema,
  title: localizedSchema,
  subtitle: localizedSchema,
  hall: hallSchema,
  sources: z.array(sourceSchema).min(1),
  exhibits: z.array(exhibitSchema).min(1),
})

type ExhibitionBase = z.infer<typeof exhibitionBaseSchema>

/** Rules that span fields: references resolve, ids and tour places are unique, everything stands in the hall. */
function checkReferences(doc: ExhibitionBase, ctx: z.RefinementCtx): void {
  const zoneIds = new Set(doc.hall.zones.map((zone) => zone.id))
  const sources = new Map(doc.sources.map((source) => [source.id, source]))
  const seenIds = new Map<string, number>()
  const seenTour = new Map<number, number>()
  const halfW = doc.hall.width / 2
  const halfD = doc.hall.depth / 2
  const inside = ([x, z]: readonly [number, number]) => Math.abs(x) <= halfW && Math.abs(z) <= halfD

  if (!inside(doc.hall.entrance.position)) {
    ctx.addIssue({ code: 'custom', path: ['hall', 'entrance', 'position'], message: 'must lie inside the hall' })
  }
  for (const problem of layoutProblems(doc.hall)) ctx.addIssue({ code: 'custom', ...problem })
  doc.exhibits.forEach((exhibit, index) => {
    const at = (...rest: (string | number)[]) => ['exhibits', index, ...rest]
    const earlier = seenIds.get(exhibit.id)
    if (earlier !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: at('id'),
        message: `"${exhibit.id}" is already used by exhibits[${earlier}]`,
      })
    }
    seenIds.set(exhibit.id, index)
    const sameStop = seenTour.get(exhibit.tour)
    if (sameStop !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: at('tour'),
        message: `tour stop ${exhibit.tour} is already taken by exhibits[${sameStop}]`,
      })
    }
    seenTour.set(exhibit.tour, index)
    if (!zoneIds.has(exhibit.zone)) {
      ctx.addIssue({ code: 'custom', path: at('zone'), message: `no zone "${exhibit.zone}" in hall.zones` })
    }
    if (!inside(exhibit.position)) {
      ctx.addIssue({ code: 'custom', path: at('position'), message: 'must lie inside the hall' })
    }
    const { citation } = exhibit
    if (citation && exhibit.curatorNote) {
      ctx.addIssue({
        code: 'custom',
        path: at('curatorNote'),
        message: "cannot be set together with a citation: the text either rests on a source or is the curators' own",
      })
    }
    const source = citation && sources.get(citation.source)
    if (citation && !source) {
      ctx.addIssue({
        code: 'custom',
        path: at('citation', 'source'),
        message: `no source "${citation.source}" in sources`,
      })
    } else if (citation && source) {
      citation.paragraphs.forEach((paragraph, p) => {
        if (paragraph > source.paragraphs.length) {
          ctx.addIssue({
            code: 'custom',
            path: at('citation', 'paragraphs', p),
            message: `source "${source.id}" has ${source.paragraphs.length} paragraphs, not ${paragraph}`,
          })
        }
      })
    }
    if (exhibit.kind === 'interactive' && !exhibit.interactive) {
      ctx.addIssue({ code: 'custom', path: at('interactive'), message: 'is required for an interactive exhibit' })
    }
    if ((exhibit.kind === 'image' || exhibit.kind === 'model') && !exhibit.media.some((m) => m.kind === exhibit.kind)) {
      ctx.addIssue({
        code: 'custom',
        path: at('media'),
        message: `needs a media entry of kind "${exhibit.kind}"`,
      })
    }
  })
  // A source deleted while exhibits still cite it: said once, on the sources, naming the exhibits that cite it.
  const orphans = new Map<string, string[]>()
  for (const exhibit of doc.exhibits) {
    const cited = exhibit.citation?.source
    if (cited && !sources.has(cited)) orphans.set(cited, [...(orphans.get(cited) ?? []), `“${exhibit.title.en}”`])
  }
  for (const [id, titles] of orphans) {
    ctx.addIssue({
      code: 'custom',
      path: ['sources'],
      message: `source "${id}" cannot be removed: it is cited by ${titles.join(', ')}`,
    })
  }
}

/** The one schema every reader and writer of an exhibition document uses. */
export const exhibitionSchema = exhibitionBaseSchema.superRefine(checkReferences)

export type Exhibition = z.infer<typeof exhibitionSchema>
export type Exhibit = Exhibition['exhibits'][number]
export type Hall = Exhibition['hall']
export type Wall = Hall['walls'][number]
export type Zone = Hall['zones'][number]
export type Localized = z.infer<typeof localizedSchema>
export type FloorPoint = z.infer<typeof floorPointSchema>
export type Media = z.infer<typeof mediaSchema>
export type Source = Exhibition['sources'][number]
export type Citation = z.infer<typeof citationSchema>
