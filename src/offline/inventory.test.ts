import { describe, expect, it } from 'vitest'
import { formatBytes, isInventoryReply, summarizeInventory } from './inventory'

describe('the offline inventory', () => {
  it('is complete when every file is stored, and sums what is stored against what is needed', () => {
    const summary = summarizeInventory([
      { url: 'a', storedBytes: 100, neededBytes: 100 },
      { url: 'b', storedBytes: 50, neededBytes: 50 },
    ])
    expect(summary).toEqual({
      files: 2,
      filesMissing: 0,
      bytesStored: 150,
      bytesNeeded: 150,
      unknownSizes: 0,
      complete: true,
    })
  })

  it('is incomplete with a file missing, and says when a size is not known', () => {
    const summary = summarizeInventory([
      { url: 'a', storedBytes: 100, neededBytes: 100 },
      { url: 'b', storedBytes: null, neededBytes: 900 },
      { url: 'c', storedBytes: null, neededBytes: null },
    ])
    expect(summary).toMatchObject({ filesMissing: 2, bytesStored: 100, bytesNeeded: 1000, unknownSizes: 1 })
    expect(summary.complete).toBe(false)
  })

  it('is never complete with nothing to store (no worker answered)', () => {
    expect(summarizeInventory([]).complete).toBe(false)
  })

  it('refuses a reply that is not one', () => {
    expect(
      isInventoryReply({ type: 'offline-inventory', files: [{ url: 'a', storedBytes: -1, neededBytes: 1 }] }),
    ).toBe(false)
    expect(
      isInventoryReply({ type: 'offline-inventory', files: [{ url: 'a', storedBytes: null, neededBytes: 1 }] }),
    ).toBe(true)
  })

  it('prints sizes staff can read', () => {
    expect(formatBytes(999)).toBe('999 B')
    expect(formatBytes(12_345)).toBe('12.3 kB')
    expect(formatBytes(4_560_000)).toBe('4.6 MB')
  })
})
