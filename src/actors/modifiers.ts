// Mentions that name no actor or another actor than their entry says: a nationality adjective or place that
// only describes a newspaper, agency, company, group or clock time ("de Russische krant", "het Franse
// persbureau", "de Minsk-groep", "Nederlandse tijd"), and a seat that stands for an organisation where its
// sentence speaks of that organisation ("Brussel" for the EU). The words are data: data/nl/modifier-nouns.tsv
// and data/nl/place-contexts.tsv.

import type { KnowledgeBase } from './kb.js'
import type { Match } from './matcher.js'
import { spacesOnly, type Token } from './normalize.js'

const DESCRIBING = new Set(['adjective', 'demonym'])
const PLACES = new Set(['name', 'capital', 'city', 'region', 'seat'])

/**
 * The match only describes the noun after it: an adjective before a modifier noun (over one lowercase
 * adjective: "de Russische onafhankelijke krant"), or a place joined by a hyphen to one ("Minsk-groep").
 */
export function isModifier(kb: KnowledgeBase, text: string, tokens: Token[], m: Match): boolean {
  if (kb.modifierNouns.size === 0) return false
  const kind = m.entries[0]!.kind
  const next = tokens[m.last]
  if (!next) return false
  if (PLACES.has(kind) && next.joined) return kb.modifierNouns.has(next.norm)
  if (!DESCRIBING.has(kind) || !spacesOnly(text, m.end, next.start)) return false
  if (kb.modifierNouns.get(next.norm) === 'adjective') return true
  const after = tokens[m.last + 1]
  return (
    !next.capital &&
    next.norm.endsWith('e') &&
    after !== undefined &&
    spacesOnly(text, next.end, after.start) &&
    kb.modifierNouns.get(after.norm) === 'adjective'
  )
}

/** The sentence around a position: from after the last full stop, question mark or line break before it. */
function sentenceAround(text: string, at: number, from: number, to: number): [number, number] {
  let s = at
  while (s > from && !/[.!?\n]/.test(text[s - 1]!)) s--
  let e = at
  while (e < to && !/[.!?\n]/.test(text[e]!)) e++
  return [s, e]
}

const cueMatches = (cue: string, word: string) =>
  cue.endsWith('*') ? word.startsWith(cue.slice(0, -1)) : word === cue

/**
 * The organisation a seat stands for here ("Brussel": EU), when its sentence names a cue word or a mention of
 * that organisation and the seat is not a location after a preposition; null when it keeps its own code.
 */
export function contextCode(
  kb: KnowledgeBase,
  text: string,
  tokens: Token[],
  matches: Match[],
  m: Match,
): string | null {
  const contexts = kb.placeContexts.get(tokens[m.first]!.norm)
  if (!contexts || m.last - m.first !== 1) return null
  // "in Brussel", "naar Brussel": a location, the state's.
  const before = tokens[m.first - 1]
  if (before && kb.locativeWords.has(before.norm)) return null
  const [s, e] = sentenceAround(text, m.start, tokens[0]!.start, tokens[tokens.length - 1]!.end)
  for (const ctx of contexts) {
    if (matches.some((x) => x !== m && x.start >= s && x.end <= e && x.entries[0]!.code === ctx.code))
      return ctx.code
    for (const t of tokens) {
      if (t.start < s || t.end > e || t === tokens[m.first]) continue
      if (ctx.cues.some((c) => cueMatches(c, t.text))) return ctx.code
    }
  }
  return null
}
