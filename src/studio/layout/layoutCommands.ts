import { parseExhibition } from '../../content/parse'
import type { Exhibition, Hall } from '../../content/schema'
import type { Command } from '../history/commands'

/** Replaces the hall (walls, doorways, zones, size, entrance); undo puts the previous one back. */
export function changeHall(label: string, before: Hall, after: Hall): Command {
  return {
    label,
    exhibitId: null,
    apply: (doc) => ({ ...doc, hall: after }),
    revert: (doc) => ({ ...doc, hall: before }),
  }
}

/** Replaces the hall and every stand's place and zone at once (a template): one step to undo. */
export function changeLayout(label: string, before: Exhibition, after: Exhibition): Command {
  const layout =
    (from: Exhibition) =>
    (doc: Exhibition): Exhibition => {
      const placed = new Map(from.exhibits.map((exhibit) => [exhibit.id, exhibit]))
      return {
        ...doc,
        hall: from.hall,
        exhibits: doc.exhibits.map((exhibit) => {
          const there = placed.get(exhibit.id)
          return there ? { ...exhibit, position: there.position, rotation: there.rotation, zone: there.zone } : exhibit
        }),
      }
    }
  return { label, exhibitId: null, apply: layout(after), revert: layout(before) }
}

/**
 * Why a layout edit must not be made, in sentences naming the field, or [] when it may: problems the edit would add
 * to the draft (a wall of no length, a doorway wider than its wall, a zone outside the hall...). The draft is left
 * as it was when any are found; problems it already had do not block an edit that fixes something else.
 */
export function refusalsOf(before: Exhibition, after: Exhibition): string[] {
  const had = parseExhibition(before)
  const known = new Set(had.ok ? [] : had.problems.map((problem) => `${problem.path}: ${problem.message}`))
  const result = parseExhibition(after)
  if (result.ok) return []
  const titles = new Map(after.exhibits.map((exhibit, index) => [index, exhibit.title.en]))
  return result.problems
    .filter((problem) => !known.has(`${problem.path}: ${problem.message}`))
    .map((problem) => {
      const stand = /^exhibits\[(\d+)\][^.]*\.position$/.exec(problem.path)
      if (stand) {
        const title = titles.get(Number(stand[1])) ?? problem.path
        return `The hall would be too small for its stands: “${title}” would stand outside it. Move the stand first, or keep the hall larger.`
      }
      if (problem.path.startsWith('hall.') && /^[A-Z]/.test(problem.message)) return `${problem.message}.`
      // The schema's own sentences start in lower case ("must be at least 0.9 m"); zod's defaults do not.
      const joint = /^[a-z]/.test(problem.message) ? ' ' : ': '
      return `${fieldInWords(problem.path)}${joint}${problem.message}.`
    })
}

/** `hall.walls[4].openings[0].width` as "Doorway 1 of wall 5: width". */
export function fieldInWords(path: string): string {
  const door = /^hall\.walls\[(\d+)\]\.openings\[(\d+)\]\.(\w+)/.exec(path)
  if (door) return `Doorway ${Number(door[2]) + 1} of wall ${Number(door[1]) + 1}: its ${door[3]}`
  const wall = /^hall\.walls\[(\d+)\]\.(\w+)/.exec(path)
  if (wall) return `Wall ${Number(wall[1]) + 1}: its ${wall[2]}`
  const zone = /^hall\.zones\[(\d+)\][^.]*\.([\w.]+)/.exec(path)
  if (zone) return `Zone ${Number(zone[1]) + 1}: its ${zone[2]?.replace('.', ' ')}`
  const entrance = /^hall\.entrance\.(\w+)/.exec(path)
  if (entrance) return `The entrance's ${entrance[1]}`
  const hall = /^hall\.(\w+)$/.exec(path)
  if (hall) return `The hall's ${hall[1]}`
  return path
}
