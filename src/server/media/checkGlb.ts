import type { validateBytes } from 'gltf-validator'
import sharp from 'sharp'
import { MEDIA_LIMITS } from './limits'
import { refusal, type UploadRefusal } from './refusal'

const JSON_CHUNK = 0x4e4f534a
const BIN_CHUNK = 0x004e4942

interface GltfJson {
  buffers?: { uri?: unknown }[]
  images?: { uri?: unknown; bufferView?: unknown; mimeType?: unknown }[]
  bufferViews?: { buffer?: unknown; byteOffset?: unknown; byteLength?: unknown }[]
}

type GlbOutcome = { ok: true } | { ok: false; refusal: UploadRefusal }

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The GLB container: a 12-byte header, a JSON chunk, an optional binary chunk. */
function readContainer(bytes: Buffer): { json: GltfJson; bin: Buffer | undefined } | string {
  if (bytes.length < 20) return 'it is too short to be a GLB file'
  const version = bytes.readUInt32LE(4)
  if (version !== 2) return `it is glTF version ${version}; only glTF 2.0 is supported`
  if (bytes.readUInt32LE(8) !== bytes.length)
    return 'its header gives a different length than the file has (truncated?)'
  const jsonLength = bytes.readUInt32LE(12)
  if (bytes.readUInt32LE(16) !== JSON_CHUNK || 20 + jsonLength > bytes.length)
    return 'its JSON chunk is missing or cut short'
  let json: unknown
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(20, 20 + jsonLength)))
  } catch {
    return 'its JSON chunk is not valid JSON'
  }
  if (!isRecord(json)) return 'its JSON chunk is not an object'
  // The lists read by hand below must be lists of objects; anything else is refused here rather than crashing there.
  for (const key of ['buffers', 'images', 'bufferViews'] as const) {
    const list = json[key]
    if (list !== undefined && !(Array.isArray(list) && list.every(isRecord)))
      return `its "${key}" is not a list of objects`
  }
  const binStart = 20 + jsonLength
  let bin: Buffer | undefined
  if (binStart + 8 <= bytes.length && bytes.readUInt32LE(binStart + 4) === BIN_CHUNK) {
    bin = bytes.subarray(binStart + 8, binStart + 8 + bytes.readUInt32LE(binStart))
  }
  return { json: json as GltfJson, bin }
}

/** Everything must be inside the file: a `uri` naming another file or host would make visitors fetch it. */
function externalUris(json: GltfJson): string[] {
  const found: string[] = []
  const check = (list: { uri?: unknown }[] | undefined, name: string) => {
    list?.forEach((item, index) => {
      if (item.uri !== undefined && !(typeof item.uri === 'string' && item.uri.startsWith('data:'))) {
        found.push(`${name}[${index}].uri is "${String(item.uri).slice(0, 80)}"`)
      }
    })
  }
  check(json.buffers, 'buffers')
  check(json.images, 'images')
  return found
}

/** The bytes of each embedded texture, from a data: URI or from a buffer view into the binary chunk. */
function textureBytes(json: GltfJson, bin: Buffer | undefined): { index: number; bytes: Buffer }[] {
  const out: { index: number; bytes: Buffer }[] = []
  json.images?.forEach((image, index) => {
    if (typeof image.uri === 'string') {
      const comma = image.uri.indexOf(',')
      if (comma > 0 && image.uri.slice(0, comma).endsWith(';base64')) {
        out.push({ index, bytes: Buffer.from(image.uri.slice(comma + 1), 'base64') })
      }
    } else if (typeof image.bufferView === 'number' && bin) {
      const view = json.bufferViews?.[image.bufferView]
      const offset = typeof view?.byteOffset === 'number' ? view.byteOffset : 0
      const length = typeof view?.byteLength === 'number' ? view.byteLength : 0
      if (view?.buffer === 0) out.push({ index, bytes: bin.subarray(offset, offset + length) })
    }
  })
  return out
}

async function oversizedTextures(json: GltfJson, bin: Buffer | undefined): Promise<string[]> {
  const problems: string[] = []
  for (const { index, bytes } of textureBytes(json, bin)) {
    try {
      const { width = 0, height = 0 } = await sharp(bytes, { limitInputPixels: false }).metadata()
      if (width > MEDIA_LIMITS.textureSide || height > MEDIA_LIMITS.textureSide) {
        problems.push(
          `images[${index}] is ${width} × ${height} pixels; textures may be at most ${MEDIA_LIMITS.textureSide} a side`,
        )
      }
    } catch {
      problems.push(`images[${index}] is not an image this server can read (use PNG, JPEG or WebP textures)`)
    }
  }
  return problems
}

/**
 * Checks a GLB model: the container by hand (external references refused first, with their names), texture sizes
 * from their headers, then the Khronos glTF validator for everything else the format requires.
 */
export async function checkGlb(bytes: Buffer): Promise<GlbOutcome> {
  const container = readContainer(bytes)
  if (typeof container === 'string') return refusal(422, `The GLB model was refused: ${container}.`)
  const external = externalUris(container.json)
  if (external.length > 0) {
    return refusal(
      422,
      `The GLB model refers to files outside itself (${external.join('; ')}). Export it again with textures and ` +
        'buffers embedded (in Blender: glTF Binary, .glb).',
    )
  }
  const textures = await oversizedTextures(container.json, container.bin)
  if (textures.length > 0) return refusal(422, `The GLB model was refused: ${textures.join('; ')}.`)
  let report: Awaited<ReturnType<typeof validateBytes>>
  try {
    // Loaded on the first model upload: the validator is a megabyte of JavaScript that would slow every start.
    const { validateBytes: validate } = await import('gltf-validator')
    report = await validate(new Uint8Array(bytes), {
      format: 'glb',
      maxIssues: 20,
      writeTimestamp: false,
      // Never fetch anything: external resources were refused above, and the server must not make requests for uploads.
      externalResourceFunction: (uri) => Promise.reject(new Error(`external resource ${uri} refused`)),
    })
  } catch (error) {
    // The validator gives up on some inputs rather than reporting them: still the file's fault, not the server's.
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    return refusal(422, `The GLB model could not be validated (${reason}); export it again.`)
  }
  if (report.issues.numErrors > 0) {
    const errors = report.issues.messages
      .filter((message) => message.severity === 0)
      .slice(0, 5)
      .map((message) => `${message.pointer ? `${message.pointer}: ` : ''}${message.message} (${message.code})`)
    return refusal(422, `The GLB model is not valid glTF 2.0: ${errors.join('; ')}.`)
  }
  return { ok: true }
}
