// The Dutch function words the event rules read, by set name, from data/nl/event-words.tsv.

import { fileURLToPath } from 'node:url'
import { readWordSets, type WordSets } from '../actors/words.js'

export type { WordSets }

const WORDS_FILE = fileURLToPath(new URL('../../data/nl/event-words.tsv', import.meta.url))

export function loadWordSets(path = WORDS_FILE): WordSets {
  return readWordSets(path)
}
