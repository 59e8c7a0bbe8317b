// The doer carried over: a sentence that goes on about the subject of the sentence before without naming it
// ("Peru ontbood de ambassadeur van Chili. Daarna eiste het excuses.", "... De regering eiste excuses.").

import type { Mention } from '../actors/index.js'
import type { Token } from '../actors/normalize.js'
import { WORDS } from './words.js'
import { clauses } from './clauses.js'
import type { CueMatch } from './lexicon.js'

const CARRY_ADVERBS = WORDS.get('carry-adverbs')
const SUBJECT_PRONOUNS = WORDS.get('subject-pronouns')
const CARRY_DESCRIPTIONS = WORDS.get('carry-descriptions')
const DESCRIPTION_ARTICLES = WORDS.get('carry-articles')
const PREPOSITIONS = WORDS.get('prepositions')
const SAY_BEFORE = WORDS.get('say-before')
const ARTICLE_WORDS = WORDS.get('article-words')
const NAMERS = WORDS.get('carry-namers')
const CARRY_VERBS = WORDS.get('carry-verbs')
const IT = WORDS.one('neuter-pronoun')
const JOINERS = WORDS.get('carry-joiners')
const RELATIVES = WORDS.get('relatives')
/** How a finite verb of the third person ends: "eist", "eiste", "dreigde". */
const FINITE_ENDING = /(?:t|de|te)$/

/** The subject of the sentence before, as the next sentence may carry it over; null when it names none. */
export interface Topic {
  subject: Mention | null
}

/** How far into its sentence the subject may open, after words that are no preposition ("Ook de Peruaanse regering"). */
const SUBJECT_REACH = 4

/**
 * The actor that opens the sentence as its subject: the first actor named, within a few words of its start and
 * with no preposition before it ("Volgens Peru", "In Chili" open with no subject). A place is no subject, nor is
 * a list of actors one doer to go on with ("Peru en Chili ruziën").
 */
export function openingSubject(
  tokens: Token[],
  mentions: Mention[],
  /** Whether other actors are listed with the mention. */
  listed: (m: Mention) => boolean,
): Mention | null {
  const first = mentions.find((m) => m.code)
  if (!first || first.kind === 'place' || listed(first)) return null
  const at = tokens.findIndex((t) => t.end > first.start)
  if (at < 0 || at > SUBJECT_REACH) return null
  for (let k = 0; k < at; k++) {
    const norm = tokens[k]!.norm
    if (PREPOSITIONS.has(norm) || SAY_BEFORE.has(norm)) return null
  }
  return first
}

/** The kind of unnamed subject a sentence opens with, for the measures: a pronoun or a description. */
export type CarryKind = 'it' | 'description'

/**
 * "Het eiste excuses", "Daarna eiste het excuses", "De regering eiste excuses", "Verder weigerde de regering ...":
 * a sentence whose subject, at its start or after a continuing adverb and the verb, is a pronoun or a bare
 * description of a state names no doer of its own; it goes on with the subject of the sentence before. Returns
 * a mention of that subject at the pronoun or description, or null when the sentence names its subject, the
 * description is named by an actor ("de regering van Peru"), or the sentence before opened with none.
 */
export function carriedSubject(
  text: string,
  tokens: Token[],
  mentions: Mention[],
  topic: Mention | null,
  /** Whether a verb of an act starts at the token. */
  actVerb: (k: number) => boolean,
): { mention: Mention; kind: CarryKind } | null {
  if (!topic || tokens.length < 2) return null
  let i = 0
  // (a verb of an act in a finite form: "het eiste", "het dreigt"; not the noun "het verzoek")
  const finite = (k: number) =>
    CARRY_VERBS.has(tokens[k]?.norm ?? '') || (actVerb(k) && FINITE_ENDING.test(tokens[k]!.norm))
  if (CARRY_ADVERBS.has(tokens[0]!.norm)) {
    // the verb comes second, the subject third
    const verb = tokens[1]!
    if (verb.capital || ARTICLE_WORDS.has(verb.norm) || PREPOSITIONS.has(verb.norm)) return null
    i = 2
  }
  const t = tokens[i]
  if (!t) return null
  let end = -1
  let kind: CarryKind = 'it'
  if (DESCRIPTION_ARTICLES.has(t.norm)) {
    // the article, at most two inflected adjectives of small letters, the noun
    let j = i + 1
    while (
      j < i + 3 &&
      tokens[j] &&
      !tokens[j]!.capital &&
      !CARRY_DESCRIPTIONS.has(tokens[j]!.norm) &&
      /^[a-zà-ÿ]+e$/.test(tokens[j]!.norm)
    )
      j++
    const noun = tokens[j]
    if (noun && !noun.capital && CARRY_DESCRIPTIONS.has(noun.norm) && !tokens[j + 1]?.joined) {
      // "de regering van Peru", "de regering in Lima": named by what follows.
      if (NAMERS.has(tokens[j + 1]?.norm ?? '') && tokens[j + 2]?.capital) return null
      // "de premier Wim Kok": a name after the noun says who it is.
      if (tokens[j + 1]?.capital) return null
      end = j
      kind = 'description'
    }
  }
  if (end === -1 && t.norm === IT) {
    // "het" stands for a state only next to a verb of an act or of what it means to do: "Het eiste", "Daarna
    // wil het"; not "Het team", "Het is onduidelijk".
    // (the verb is the second word either way: "Het eiste", "Daarna eiste het")
    if (!finite(1)) return null
    if (topic.kind !== 'state' && topic.kind !== 'org') return null
    end = i
    kind = 'it'
  }
  if (end === -1) return null
  const start = t.start
  const stop = tokens[end]!.end
  if (mentions.some((m) => m.code && m.start < stop && m.end > start)) return null
  return {
    mention: {
      start,
      end: stop,
      text: text.slice(start, stop),
      code: topic.code,
      kind: topic.kind,
      rule: 'carry/subject',
    },
    kind,
  }
}

/**
 * The cue is in the clause the carried subject stands in, or in one joined to it by "en" or "maar" that names no
 * subject of its own ("Het sloot de grens en eiste excuses").
 */
export function carriedClause(text: string, tokens: Token[], at: number, cue: CueMatch): boolean {
  const clauseOf = clauses(text, tokens)
  const first = cue.tokens[0]!
  // not inside a relative or that-clause further on: "Het hoopt de mannen te vinden die de aanslag pleegden"
  for (let k = at + 1; k < first; k++) if (RELATIVES.has(tokens[k]!.norm)) return false
  for (let c = clauseOf[at]!; c <= clauseOf[first]!; c++) {
    if (c === clauseOf[at]) continue
    const start = clauseOf.indexOf(c)
    const opener = tokens[start]?.norm ?? ''
    if (!JOINERS.has(opener)) return false
    const next = tokens[start + 1]
    if (!next || next.capital || ARTICLE_WORDS.has(next.norm) || SUBJECT_PRONOUNS.has(next.norm)) return false
  }
  return true
}
