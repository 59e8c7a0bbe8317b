// Cues that tell no act of their own where they stand: blocked by a word that undoes them, an act given up on,
// asked for, threatened, charged, lifted, received, feared or asked about, a noun used as an attribute, or an act
// named as one told before.

import { normalizeWord, type Token } from '../actors/normalize.js'
import { clauses } from './clauses.js'
import type { CueMatch } from './lexicon.js'
import { definite } from './phrases.js'
import { chargedWith, requested, threatenedWith } from './requests.js'
import { receivingVerb, PARTICIPLE_STARTS } from './arguments.js'
import { W, WORDS } from './words.js'

const ARTICLE_WORDS = WORDS.get('article-words')
const DEFINITES = WORDS.get('definites')
const PREPOSITIONS = WORDS.get('prepositions')
const SUBJECT_PRONOUNS = WORDS.get('subject-pronouns')
const PERFECT_AUX = WORDS.get('perfect-aux')

/** Words of lifting, ending or easing a measure: "de sancties worden ingetrokken". */
const LIFTINGS = new Set([...WORDS.get('liftings')].map(normalizeWord))
const OCCASIONS = WORDS.get('occasion-prepositions')
const PARTICLES = WORDS.get('particle-prepositions')

/** The cue tells no act of its own here: blocked, given up on, asked or feared, named as told before... */
export function dismissed(
  { text, tokens, cues, blocks }: { text: string; tokens: Token[]; cues: CueMatch[]; blocks: CueMatch[] },
  cue: CueMatch,
): boolean {
  return (
    blocked(cue, blocks) ||
    givenUpOn(tokens, cue, cues) ||
    requested(text, tokens, cue, cues) ||
    threatenedWith(tokens, cue, cues) ||
    chargedWith(tokens, cue, cues) ||
    toldByNoun(tokens, cue, cues) ||
    lifted(text, tokens, cue, cues) ||
    received(text, tokens, cue) ||
    attributive(text, tokens, cue) ||
    fearedAct(text, tokens, cue) ||
    questionNoun(tokens, cue) ||
    // "deze beschuldigingen", "dergelijke aanvallen": an act told before, not a new one.
    (cue.tokens.length === 1 && ANAPHORIC.has(tokens[cue.tokens[0]! - 1]?.norm ?? '')) ||
    // "het nucleaire akkoord met Iran", "de deal die ...": an agreement named with a definite article is one
    // that exists; concluding it is told by a verb of its own ("sloten", "tekenden"). One "tussen" two sides
    // still tells who agreed.
    (cue.cue.type === 'AGREE' &&
      cue.cue.kind === 'noun' &&
      definite(tokens, cue) &&
      tokens[cue.tokens[cue.tokens.length - 1]! + 1]?.norm !== W.between)
  )
}

/** "zag af van een gesprek" is the talk, negated; giving up is a concession only when nothing coded is given up. */
function givenUpOn(tokens: Token[], cue: CueMatch, cues: CueMatch[]): boolean {
  const last = cue.tokens[cue.tokens.length - 1]!
  if (tokens[last]?.norm !== W.off || tokens[last + 1]?.norm !== W.of) return false
  return cues.some((c) => c !== cue && c.tokens[0]! > last && c.tokens[0]! <= last + 5)
}

/**
 * "De VS heffen de sancties tegen Peru op", "het einde van de boycot", "versoepelt de strafmaatregelen": a sanction
 * that a cue of lifting, ending or easing (RETREAT, CONCEDE) in its own clause undoes is no sanction imposed; the
 * lifting is told by its own cue.
 */
function lifted(text: string, tokens: Token[], cue: CueMatch, cues: CueMatch[]): boolean {
  if (cue.cue.type !== 'SANCTION' || cue.cue.kind !== 'noun') return false
  const clauseOf = clauses(text, tokens)
  const clause = clauseOf[cue.tokens[0]!]
  return (
    cues.some(
      (c) =>
        (c.cue.type === 'RETREAT' || c.cue.type === 'CONCEDE') &&
        c.tokens.some((k) => clauseOf[k] === clause),
    ) || tokens.some((t, k) => clauseOf[k] === clause && LIFTINGS.has(t.norm))
  )
}

const COMPLEMENT_ENDS = WORDS.get('complement-ends')
const FEARS = WORDS.get('fears')
const FEAR_PREPOSITIONS = WORDS.get('fear-prepositions')

/**
 * "vrees voor nieuw geweld", "de dreiging van een aanslag": an act feared is no act done. Read back from a one-word
 * cue over at most three words of its noun phrase (articles, adjectives), with no punctuation or preposition between.
 */
function fearedAct(text: string, tokens: Token[], cue: CueMatch): boolean {
  if (cue.tokens.length !== 1) return false
  let i = cue.tokens[0]! - 1
  for (let skipped = 0; i >= 0; i--, skipped++) {
    if (/[,;:.!?()"“”]/.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start))) return false
    const w = tokens[i]!.norm
    if (PREPOSITIONS.has(w)) break
    if (skipped >= 3 || tokens[i]!.capital) return false
  }
  if (i < 0) return false
  return FEAR_PREPOSITIONS.has(tokens[i]!.norm) && i > 0 && FEARS.has(tokens[i - 1]!.norm)
}

const QUESTION_NOUNS = WORDS.get('question-nouns')
const NOUN_OPENERS = WORDS.get('noun-openers')

/**
 * "de vragen van de Kamer", "kritische vragen", "vijf vragen", "leidde tot vragen", "op vragen van X": a verb of
 * asking that doubles as the plural noun (questions) asks nothing after an article, a number or quantity, an
 * inflected adjective or a preposition.
 */
function questionNoun(tokens: Token[], cue: CueMatch): boolean {
  if (cue.tokens.length !== 1 || !QUESTION_NOUNS.has(tokens[cue.tokens[0]!]!.norm)) return false
  const before = tokens[cue.tokens[0]! - 1]
  if (!before) return false
  const w = before.norm
  // (an inflected adjective: a small word ending in -e, not an article or a pronoun: "kritische", "nieuwe")
  const inflected =
    !before.capital &&
    /^[a-zà-ÿ]{3,}e$/.test(w) &&
    (w.length >= 5 || (!DEFINITES.has(w) && !SUBJECT_PRONOUNS.has(w)))
  return ARTICLE_WORDS.has(w) || NOUN_OPENERS.has(w) || /^\d/.test(w) || PREPOSITIONS.has(w) || inflected
}

/**
 * "voor afgewezen asielzoekers", "een gesloten deur": a participle between a determiner or preposition and the
 * noun it describes tells no act.
 */
function attributive(text: string, tokens: Token[], cue: CueMatch): boolean {
  if (cue.tokens.length !== 1 || cue.cue.kind === 'noun') return false
  const i = cue.tokens[0]!
  const word = tokens[i]!.norm
  if (!PARTICIPLE_STARTS.some((p) => word.startsWith(p))) return false
  const before = tokens[i - 1]?.norm ?? ''
  // Not a preposition that doubles as the verb's particle ("erop aangedrongen").
  const preposition = PREPOSITIONS.has(before) && !PARTICLES.has(before)
  if (!(ARTICLE_WORDS.has(before) || DEFINITES.has(before) || preposition || /^\d/.test(before))) return false
  const next = tokens[i + 1]
  if (!next || next.capital || /[,;:.]/.test(text.slice(tokens[i]!.end, next.start))) return false
  return (
    /^[a-zà-ÿ]+$/.test(next.norm) &&
    !PREPOSITIONS.has(next.norm) &&
    !COMPLEMENT_ENDS.has(next.norm) &&
    !PERFECT_AUX.has(next.norm) &&
    !ARTICLE_WORDS.has(next.norm)
  )
}

/**
 * "kreeg veel kritiek", "werd bedolven onder kritiek": criticism that the subject gets is aimed at it, by someone
 * the clause does not name; it is not the subject's own.
 */
function received(text: string, tokens: Token[], cue: CueMatch): boolean {
  if (cue.cue.type !== 'ACCUSE' || cue.tokens.length !== 1) return false
  // "kreeg kritiek van Y": the giver is named, and the act is Y's (receivedFrom).
  if (tokens[cue.tokens[0]! + 1]?.norm === W.of) return false
  return receivingVerb(text, tokens, cue) !== -1
}

/**
 * "werden gedood bij een Israëlische luchtaanval": a verb whose act a noun of the same type after "bij" or "door"
 * tells is that act, told once, with the noun's doer.
 */
function toldByNoun(tokens: Token[], cue: CueMatch, cues: CueMatch[]): boolean {
  const last = cue.tokens[cue.tokens.length - 1]!
  const at = tokens.findIndex((t, i) => i > last && i <= last + 2 && OCCASIONS.has(t.norm))
  if (at === -1) return false
  return cues.some(
    (c) => c !== cue && c.cue.type === cue.cue.type && c.tokens[0]! > at && c.tokens[0]! <= at + 4,
  )
}

/** A cue inside a blocking phrase ("uit te leveren" is no delivery) is no event. */
function blocked(cue: CueMatch, blocks: CueMatch[]): boolean {
  return blocks.some((b) => b.start <= cue.start && cue.end <= b.end)
}

const ANAPHORIC = WORDS.get('anaphoric')
