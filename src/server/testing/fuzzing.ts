import fc from 'fast-check'
import type { Db } from '../db/connection'

/** A value JSON can carry. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

type Path = (string | number)[]

const typeOf = (value: Json) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value)

/** Every node of a JSON value, with the key it sits under (for strings whose format the schema constrains). */
function nodes(value: Json, path: Path = []): { path: Path; value: Json }[] {
  const here = [{ path, value }]
  if (Array.isArray(value)) return here.concat(value.flatMap((item, index) => nodes(item, [...path, index])))
  if (value !== null && typeof value === 'object') {
    return here.concat(Object.entries(value).flatMap(([key, item]) => nodes(item, [...path, key])))
  }
  return here
}

/** A copy of `value` with the node at `path` replaced (own properties only: `__proto__` stays a plain key). */
function replaced(value: Json, path: Path, make: (old: Json) => Json): Json {
  if (path.length === 0) return make(value)
  const [head, ...rest] = path
  if (Array.isArray(value) && typeof head === 'number') {
    return value.map((item, index) => (index === head ? replaced(item, rest, make) : item))
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && typeof head === 'string') {
    const copy: { [key: string]: Json } = {}
    for (const [key, item] of Object.entries(value)) {
      Object.defineProperty(copy, key, {
        value: key === head ? replaced(item, rest, make) : item,
        enumerable: true,
        writable: true,
        configurable: true,
      })
    }
    return copy
  }
  return value
}

function withKey(object: { [key: string]: Json }, key: string, value: Json): { [key: string]: Json } {
  const copy = { ...object }
  Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true })
  return copy
}

/**
 * Strings an attacker would try where the schema expects an id, a media path, a colour, a date, an e-mail or an
 * enum value. Each holds a character or a start no such format allows, whatever follows it.
 */
export const hostileString: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(
      '../../../etc/passwd',
      'media/../hall.sqlite',
      'media/%2e%2e/hall.sqlite',
      '..\\..\\hall.sqlite',
      'javascript:alert(1)',
      'https://evil.example/x.png',
      '//evil.example/x.glb',
      'data:text/html,<script>alert(1)</script>',
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      "'; DROP TABLE users; --",
      '{{constructor.constructor("alert(1)")()}}',
      'media/x.png\u0000.html',
      ' ',
    ),
    fc.string({ maxLength: 20 }),
  )
  .map(([start, rest]) => start + rest)

/** Values of every JSON type, for putting one where another type belongs. */
const anyJson: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(null, true, false, 0, -1, 1.5, 1e308, '', 'x', [], {}, [null], { a: 1 }),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
)

export interface InvalidOptions {
  /** Keys whose string values have a format (ids, paths, enums...): a hostile string there is always refused. */
  constrainedKeys?: readonly string[]
}

/**
 * Variants of a valid `template` that no strict schema can accept: one node changed to another JSON type, an
 * unknown key added to an object (strict objects refuse them, `__proto__` and `constructor` included), or a
 * formatted string replaced by a hostile one.
 */
export function invalidVariant(template: Json, options: InvalidOptions = {}): fc.Arbitrary<Json> {
  const all = nodes(template)
  const objects = all.filter((node) => typeOf(node.value) === 'object')
  const constrained = all.filter((node) => {
    const key = node.path.at(-1)
    return typeof node.value === 'string' && typeof key === 'string' && options.constrainedKeys?.includes(key)
  })
  const retyped = fc
    .tuple(fc.constantFrom(...all), anyJson)
    .filter(([node, value]) => typeOf(node.value) !== typeOf(value))
    .map(([node, value]) => replaced(template, node.path, () => value))
  const extraKey = fc
    .tuple(
      fc.constantFrom(...objects),
      fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString'), fc.string({ maxLength: 12 })),
      anyJson,
    )
    .filter(([node, key]) => !Object.hasOwn(node.value as object, key))
    .map(([node, key, value]) =>
      replaced(template, node.path, (old) => withKey(old as { [key: string]: Json }, key, value)),
    )
  const variants: fc.Arbitrary<Json>[] = [retyped, extraKey]
  if (constrained.length > 0) {
    variants.push(
      fc
        .tuple(fc.constantFrom(...constrained), hostileString)
        .map(([node, value]) => replaced(template, node.path, () => value)),
    )
  }
  return fc.oneof(...variants)
}

/** Text that is not JSON at all, or is cut off, or nests deeper than any document does. */
export const notJson: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.constantFrom('{', '{"baseVersion": 1,', '[1, 2', 'undefined', "{'a': 1}", 'NaN', '\u0000', '{"a": 1}}'),
  fc.constant(`${'['.repeat(20_000)}${']'.repeat(20_000)}`),
  fc.constant(`{"a":${'{"a":'.repeat(5_000)}1${'}'.repeat(5_001)}`),
)

/** How many rows the database connection has changed since it was opened: a refusal must not move it. */
export const totalChanges = (db: Db) => (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n

/** Every row of every table, in a stable order, as text: compared before and after a fuzz run. */
export function databaseSnapshot(db: Db): string {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string }[]
  return JSON.stringify(tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]))
}

/** Requests per endpoint: the issue asks for at least 1000 malformed or hostile ones each. */
export const RUNS = 1000

/** Formatted strings in the exhibition and the API bodies: a hostile value in any of them must be refused. */
export const CONSTRAINED = ['id', 'zone', 'kind', 'src', 'source', 'color', 'date', 'type', 'email', 'role']

/** One request as sent: a body that is JSON text, raw text, or a form; the Content-Type to claim. */
export interface Attempt {
  path: string
  body?: string | FormData
  contentType?: string
}

export const jsonBody = (value: Json) => JSON.stringify(value)

/** How a hostile body is sent: mostly as JSON (so validation is reached), sometimes under another type. */
export const contentType = fc.oneof(
  { weight: 8, arbitrary: fc.constant('application/json') },
  {
    weight: 1,
    arbitrary: fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=utf-16'),
  },
)

/** A body meant to exhaust memory: larger than the API reads. */
export const OVERSIZED = JSON.stringify({ baseVersion: 1, document: 'x'.repeat(5 * 1024 * 1024) })

/**
 * Bodies no endpoint may accept: `invalid` (variants of a valid body that its schema must refuse), text that is not
 * JSON, arbitrary JSON that is not an object of only the endpoint's keys, and an oversized body now and then.
 */
export function hostileBodies(
  invalid: fc.Arbitrary<Json>,
  allowedKeys: readonly string[],
): fc.Arbitrary<Omit<Attempt, 'path'>> {
  const strangers = (fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>).filter(
    (value) =>
      value === null ||
      typeof value !== 'object' ||
      Array.isArray(value) ||
      Object.keys(value).some((key) => !allowedKeys.includes(key)),
  )
  return fc.oneof(
    { weight: 24, arbitrary: fc.record({ body: invalid.map(jsonBody), contentType }) },
    { weight: 6, arbitrary: fc.record({ body: strangers.map(jsonBody), contentType }) },
    { weight: 6, arbitrary: fc.record({ body: notJson, contentType }) },
    // Rare (about one in 40): each is 5 MB, and one proves the limit as well as fifty would.
    { weight: 1, arbitrary: fc.constant({ body: OVERSIZED, contentType: 'application/json' }) },
  )
}

/** Path segments that name nothing: traversal, encodings, ids of the wrong shape or of no row. */
export const hostileSegment = fc.oneof(
  hostileString.map(encodeURIComponent),
  fc.constantFrom(
    '..%2F..%2Fhall.sqlite',
    '%2e%2e',
    '%00',
    'NaN',
    '-1',
    '0',
    '1e3',
    '0x10',
    '9'.repeat(30),
    'a'.repeat(65),
  ),
  fc.integer({ min: 1000, max: 2 ** 40 }).map(String),
)
