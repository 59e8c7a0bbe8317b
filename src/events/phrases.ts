// Phrases of a sentence that several event rules read: actors listed together, definite nouns, cues that are
// nouns, and the people of a state named beside it.

import type { Mention } from '../actors/index.js'
import type { Token } from '../actors/normalize.js'
import type { Span } from '../core/span.js'
import { clauses } from './clauses.js'
import type { CueMatch } from './lexicon.js'
import { W, WORDS } from './words.js'

const ARTICLE_WORDS = WORDS.get('article-words')
const DEFINITES = WORDS.get('definites')
const PREPOSITIONS = WORDS.get('prepositions')

export function within(m: Mention, s: Span): boolean {
  return m.start >= s.start && m.end <= s.end
}

/**
 * The cue's noun stands after a definite determiner, maybe with inflected adjectives between ("het nucleaire
 * akkoord", "de deal").
 */
export function definite(tokens: Token[], cue: CueMatch): boolean {
  return DEFINITES.has(tokens[pastAdjectives(tokens, cue.tokens[0]! - 1, DEFINITES)]?.norm ?? '')
}

/**
 * Token `from`, or the token before up to two words ending in "-e" (inflected adjectives: "de zware aanval") back
 * from it, stopping at a word of `stop`.
 */
export function pastAdjectives(tokens: Token[], from: number, stop: ReadonlySet<string>): number {
  let i = from
  for (let k = 0; k < 2 && i > 0 && tokens[i]!.norm.endsWith('e') && !stop.has(tokens[i]!.norm); k++) i--
  return i
}

/**
 * Whether a person (or a pronoun for one) aims the cue at another person of the same state: "de premier prijst zijn
 * minister", "de oppositieleider eist het vertrek van de premier", "na overleg met de bondskanselier". The
 * compatriot stands after the cue in its clause, at most eight words on and not in a phrase of another preposition
 * than "met" or "van" ("pleit voor president X"), or before the cue after "met"; it is not listed with the source
 * ("X en Y"), nor a visit's host or escort.
 */
export function compatriot(
  text: string,
  tokens: Token[],
  cue: CueMatch,
  source: Mention,
  mentions: Mention[],
  pool: Mention[],
  tokenAt: (offset: number) => number,
): boolean {
  if ((source.kind !== 'person' && source.kind !== 'pronoun') || cue.cue.mode === 'visit') return false
  const clauseOf = clauses(text, tokens)
  const cl = clauseOf[cue.tokens[0]!]
  const fellows = coordinated(text, source, mentions, () => true)
  return pool.some((m) => {
    if (m === source || m.code !== source.code || m.kind !== 'person' || fellows.includes(m)) return false
    if (m.start < source.end || m.text === source.text) return false
    const at = tokenAt(m.start)
    if (clauseOf[at] !== cl || at > cue.tokens[cue.tokens.length - 1]! + 8) return false
    for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
      const w = tokens[k]!.norm
      if (PREPOSITIONS.has(w)) return w === W.with || (w === W.of && at > cue.tokens[0]!)
      if (cue.tokens.includes(k)) break
    }
    return at > cue.tokens[0]!
  })
}

/** The cue is a noun: of a noun row, or with an article before it, maybe across inflected adjectives ("de zware aanval"). */
export function isNounCue(tokens: Token[], cue: CueMatch): boolean {
  const d = pastAdjectives(tokens, cue.tokens[0]! - 1, ARTICLE_WORDS)
  const determined = ARTICLE_WORDS.has(tokens[d]?.norm ?? '') || DEFINITES.has(tokens[d]?.norm ?? '')
  return cue.cue.kind === 'noun' || determined
}

/** Joins the members of a list: a comma, "en", "of" or a hyphen, with an article after it. */
const LIST_JOIN = new RegExp(
  `^\\s*(?:,|${W.and}|${W.or}|-|,\\s*${W.and})(?:\\s+(?:${[...WORDS.get('definite-articles')].join('|')}))?\\s*$`,
)

/** A target and the actors coordinated with it: "Noorwegen, Zweden en Canada", "Israëlisch-Amerikaanse". */
export function coordinated(
  text: string,
  first: Mention,
  mentions: Mention[],
  ok: (m: Mention) => boolean,
): Mention[] {
  const out = [first]
  let last = first
  const later = mentions.filter(
    (x) => x !== first && (x.start > first.start || (x.start === first.start && x.end === first.end)),
  )
  for (const m of later.sort((a, b) => a.start - b.start)) {
    // Same span ("de landen" stands for two states) or joined by a comma, "en", "of" or a hyphen.
    if (!(m.start === last.start && m.end === last.end) && !LIST_JOIN.test(text.slice(last.end, m.start)))
      break
    if (ok(m) && !out.some((x) => x.code === m.code)) out.push(m)
    last = m
  }
  return out
}

/** The members of a list before `last`, nearest last: "Frankrijk, Duitsland en" before "Italië". */
export function listBefore(text: string, last: Mention, mentions: Mention[]): Mention[] {
  const out: Mention[] = []
  let next = last
  for (const m of mentions.filter((x) => x.end <= last.start).sort((a, b) => b.start - a.start)) {
    if (!LIST_JOIN.test(text.slice(m.end, next.start))) break
    if (m.code !== last.code && !out.some((x) => x.code === m.code)) out.unshift(m)
    next = m
  }
  return out
}

/** Words of an attack aimed at someone: an assault, firing off, conquest, invasion (not fighting or violence). */
const AIMED_ATTACKS = WORDS.get('aimed-attacks')

/** The cue tells an attack aimed at someone: its first word is one of `aimed-attacks` ("afgevuurd", "vuurt ... af"). */
export function aimedAttack(tokens: Token[], cue: CueMatch): boolean {
  return cue.cue.type === 'ASSAULT' && AIMED_ATTACKS.has(tokens[cue.tokens[0]!]!.norm)
}
