// The Dutch function words the event rules read, by set name, from data/nl/event-words.tsv.

import { fileURLToPath } from 'node:url'
import { readWordSets, type WordSets } from '../actors/words.js'

export type { WordSets }

const WORDS_FILE = fileURLToPath(new URL('../../data/nl/event-words.tsv', import.meta.url))

export function loadWordSets(path = WORDS_FILE): WordSets {
  return readWordSets(path)
}

/** The word sets, read once for every module of the event stage. */
export const WORDS: WordSets = loadWordSets()

/** Words with one grammatical role each, read by the event rules. */
export const W = {
  clock: WORDS.one('clock-noun'),
  venue: WORDS.one('venue-preposition'),
  off: WORDS.one('give-up-particle'),
  of: WORDS.one('genitive'),
  purpose: WORDS.one('purpose'),
  that: WORDS.one('complementizer'),
  it: WORDS.one('neuter-pronoun'),
  by: WORDS.one('agent-by'),
  to: WORDS.one('infinitive'),
  between: WORDS.one('between'),
  not: WORDS.one('not'),
  no: WORDS.one('no'),
  only: WORDS.one('only'),
  if: WORDS.one('if'),
  and: WORDS.one('and'),
  or: WORDS.one('or'),
  through: WORDS.one('go-ahead-particle'),
  with: WORDS.one('comitative'),
  without: WORDS.one('without'),
}
