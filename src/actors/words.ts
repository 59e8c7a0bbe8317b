// Named sets of words, read from a TSV file of `set` and `words` (a|b|c) columns: the function words a
// stage's rules read, kept in the language's data folder (data/nl) and not in code.

import { readTsv } from './kb.js'

export interface WordSets {
  /** The named set; an unknown name is an error, so a renamed set cannot silently go empty. */
  get(name: string): Set<string>
  /** The one word of a named set that holds one word (a grammatical role: "agent-by" is "door"). */
  one(name: string): string
}

export function readWordSets(path: string): WordSets {
  const sets = new Map<string, Set<string>>()
  for (const r of readTsv(path)) sets.set(r.set!, new Set(r.words!.split('|').filter(Boolean)))
  const get = (name: string) => {
    const set = sets.get(name)
    if (!set) throw new Error(`${path}: no word set "${name}"`)
    return set
  }
  return {
    get,
    one(name) {
      const set = get(name)
      if (set.size !== 1) throw new Error(`${path}: word set "${name}" holds ${set.size} words, not one`)
      return [...set][0]!
    },
  }
}
