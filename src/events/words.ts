// The Dutch function words the event rules read, by set name, from data/nl/event-words.tsv.

import { fileURLToPath } from 'node:url'
import { readTsv } from '../actors/kb.js'

const WORDS_FILE = fileURLToPath(new URL('../../data/nl/event-words.tsv', import.meta.url))

export interface WordSets {
  /** The named set; an unknown name is an error, so a renamed set cannot silently go empty. */
  get(name: string): Set<string>
  /** The one word of a named set that holds one word (a grammatical role: "agent-by" is "door"). */
  one(name: string): string
}

export function loadWordSets(path = WORDS_FILE): WordSets {
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
