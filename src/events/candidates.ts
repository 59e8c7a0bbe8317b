// Event candidates and their features. The rules propose generously: every ordered pair of actors a sentence
// names (and actors named in the sentence before, or the article's main actor, as the other side), each
// actor on itself and each actor with no target. Each candidate carries what the learned decisions read:
// words and cue hits of the sentence, where each actor stands and what comes before it, the words between
// them, negation and modal words around the cue, and the rule engine's own proposals.

import type { Span } from '../core/span.js'
import type { Mention } from '../actors/index.js'
import type { Token } from '../actors/normalize.js'
import type { CueMatch } from './lexicon.js'
import { stemmer } from '@orama/stemmers/dutch'
import { fnv, hashFeature } from '../learn/linear.js'
import { clauses } from './clauses.js'
import { loadWordSets } from './words.js'

/** Where a candidate's actor was found: in the sentence, in the one before, or as the article's main actor. */
export type Origin = 'sentence' | 'previous' | 'article'

export interface Side {
  code: string
  mention: Mention
  origin: Origin
}

export interface Candidate {
  source: Side
  /** null: an act with no addressee; the source itself: an act at home. */
  target: Side | null
  /**
   * Pair features, hashed (the sentence's own features are shared by all its candidates). A plain array:
   * typed arrays of this size are allocated outside V8's heap, which cost more than the scoring itself.
   */
  hashed: number[]
}

/** What the rule engine proposed in the sentence, as (source, target, type, polarity, modality). */
export interface Proposal {
  source: string | null
  target: string | null
  type: string
  polarity: string
  modality: string
}

/** Words that mark negation, modality, hearsay, condition and passive, read as features (data, not rules). */
export interface MarkerWords {
  negation: Set<string>
  modal: Set<string>
  hearsay: Set<string>
  condition: Set<string>
  passive: Set<string>
  say: Set<string>
}

const WORDS = loadWordSets()
const AND = WORDS.one('and')
/** Joins two actors of a list: a comma, "and", "or" or a hyphen, maybe with an article after it. */
const COORDINATION = new RegExp(
  `^\\s*(,|${AND}|${WORDS.one('or')}|-|,\\s*${AND})\\s*(${[...WORDS.get('list-articles')].join('|')})?\\s*$`,
)

const stems = new Map<string, string>()
function stem(w: string): string {
  let s = stems.get(w)
  if (s === undefined) {
    s = w.length > 3 && !/\d/.test(w) ? stemmer(w) : w
    if (stems.size > 100_000) stems.clear()
    stems.set(w, s)
  }
  return s
}

const wordBuckets = new Map<string, number>()
const bigramStates = new Map<string, number>()

/**
 * The sentence's features hashed into `bits` bits: its stems ("w:<stem>") and bigrams ("b:<a>_<b>"), and
 * sentenceFeatures. The words and bigrams (most of the features) are hashed without building their strings,
 * into the buckets the strings would hash to: a word's bucket is kept per word, and a bigram continues the
 * hash of "b:<first>_".
 */
export function sentenceHashes(
  tokens: Token[],
  cues: CueMatch[],
  markers: MarkerWords,
  headline: boolean,
  proposals: Proposal[],
  actorsAt: number[],
  bits: number,
): number[] {
  const rest = sentenceFeatures(tokens, cues, markers, headline, proposals, actorsAt)
  const mask = (1 << bits) - 1
  const out: number[] = []
  if (wordBuckets.size > 100_000) wordBuckets.clear()
  if (bigramStates.size > 100_000) bigramStates.clear()
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.norm
    let b = wordBuckets.get(w)
    if (b === undefined) {
      b = (fnv(stem(w), fnv('w:')) >>> 0) & mask
      wordBuckets.set(w, b)
    }
    out.push(b)
    if (i > 0) {
      const a = tokens[i - 1]!.norm
      let st = bigramStates.get(a)
      if (st === undefined) {
        st = fnv('_', fnv(a, fnv('b:')))
        bigramStates.set(a, st)
      }
      out.push((fnv(w, st) >>> 0) & mask)
    }
  }
  for (const f of rest) out.push((fnv(f) >>> 0) & mask)
  return out
}

/** Features of the sentence as a whole besides its words: the rules' proposals, cue hits, marker words. */
export function sentenceFeatures(
  tokens: Token[],
  cues: CueMatch[],
  markers: MarkerWords,
  headline: boolean,
  proposals: Proposal[] = [],
  actorsAt: number[] = [],
): string[] {
  const f: string[] = ['bias:s']
  for (const p of proposals) {
    f.push(`srule:${p.type}`, `srule:${p.type}:${p.polarity}`)
    if (p.source === p.target) f.push(`srule:${p.type}:self`)
  }
  if (headline) f.push('hl')
  for (const c of cues) {
    const type = c.cue.type
    f.push(`cue:${type}`, `cuek:${type}:${c.cue.kind}`)
    if (c.cue.mode) f.push(`cuem:${type}:${c.cue.mode}`)
    // The cue's sense shows in its neighbours ("staken de gevechten" is no strike) and in whether actors
    // stand on both sides of it.
    const first = c.tokens[0]!
    const last = c.tokens[c.tokens.length - 1]!
    f.push(`cuep:${type}:${tokens[first - 1]?.norm ?? '^'}`, `cuen:${type}:${tokens[last + 1]?.norm ?? '$'}`)
    const before = Math.min(2, actorsAt.filter((i) => i < first).length)
    const after = Math.min(2, actorsAt.filter((i) => i > last).length)
    f.push(`cuea:${type}:${before}:${after}`)
  }
  for (const t of tokens) {
    if (markers.negation.has(t.norm)) f.push(`neg:${t.norm}`)
    if (markers.modal.has(t.norm)) f.push(`mod:${t.norm}`)
    if (markers.hearsay.has(t.norm)) f.push(`hear:${t.norm}`)
    if (markers.condition.has(t.norm)) f.push(`cond:${t.norm}`)
    if (markers.passive.has(t.norm)) f.push(`pas:${t.norm}`)
  }
  const n = Math.min(5, Math.floor(tokens.length / 8))
  f.push(`len:${n}`)
  return f
}

interface Context {
  text: string
  sentence: Span
  tokens: Token[]
  cues: CueMatch[]
  markers: MarkerWords
  proposals: Proposal[]
  /** Number of distinct actors in the sentence. */
  actors: number
  bits: number
  /** Clause index per token (clauses.ts). */
  clauseOf: number[]
}

/** The index of the first token at or after `offset` (tokens.length when none). */
function tokenIndex(tokens: Token[], offset: number): number {
  let lo = 0
  let hi = tokens.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (tokens[mid]!.start < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

function sideFeatures(p: string, side: Side, c: Context, f: string[]): void {
  const m = side.mention
  f.push(`${p}o:${side.origin}`, `${p}k:${m.kind}`, `${p}r:${m.rule}`)
  if (side.origin !== 'sentence') return
  const i = tokenIndex(c.tokens, m.start)
  let j = i
  while (j < c.tokens.length && c.tokens[j]!.end <= m.end) j++
  const before = c.tokens[i - 1]?.norm ?? '^'
  const before2 = c.tokens[i - 2]?.norm ?? '^'
  const after = c.tokens[j]?.norm ?? '$'
  f.push(`${p}p:${before}`, `${p}pp:${before2}_${before}`, `${p}n:${after}`, `${p}pk:${before}:${m.kind}`)
  if (i === 0) f.push(`${p}first`)
  // Punctuation right before or after the mention: appositions, lists, quotes.
  const punctBefore = c.text.slice(c.tokens[i - 1]?.end ?? c.sentence.start, m.start).trim()
  const punctAfter = c.text.slice(m.end, c.tokens[j]?.start ?? c.sentence.end).trim()
  if (punctBefore) f.push(`${p}pb:${punctBefore.slice(-1)}`)
  if (punctAfter) f.push(`${p}pa:${punctAfter[0]}`)
  // The mention's place relative to each cue: before it (subject side) or after it (object side), and in the
  // cue's own clause or another.
  for (const cue of c.cues) {
    const rel = m.end <= cue.start ? 'b' : m.start >= cue.end ? 'a' : 'in'
    const dist = rel === 'b' ? cue.tokens[0]! - j : rel === 'a' ? i - cue.tokens[cue.tokens.length - 1]! : 0
    const near = dist <= 2 ? 'n' : dist <= 6 ? 'm' : 'f'
    const clause =
      c.clauseOf[Math.min(i, c.tokens.length - 1)] === c.clauseOf[cue.tokens[0]!] ? 'same' : 'other'
    f.push(
      `${p}cue:${cue.cue.type}:${rel}`,
      `${p}cue:${cue.cue.type}:${rel}:${near}`,
      `${p}cl:${cue.cue.type}:${rel}:${clause}`,
    )
  }
  // Inside a quotation: someone else's words.
  const quotes = (c.text.slice(c.sentence.start, m.start).match(/["“”„]/g) ?? []).length
  if (quotes % 2 === 1) f.push(`${p}quoted`)
  // Words just before the mention that speak of it: "door", "tegen", "aan", "met", "van", "tussen".
  for (let k = Math.max(0, i - 4); k < i; k++) f.push(`${p}w4:${c.tokens[k]!.norm}`)
  if (c.markers.say.has(after) || c.markers.say.has(before)) f.push(`${p}say`)
}

/**
 * Pair features: each side (hashed once per side, in `sides`), their order and distance, the words and cues
 * between them, the rules' proposals.
 */
function pairFeatures(source: Side, target: Side | null, c: Context, sides: SideHashes): number[] {
  const f: string[] = []
  const self = target !== null && target.code === source.code
  f.push(`n:${Math.min(c.actors, 4)}`)
  if (target && !self && source.origin === 'sentence' && target.origin === 'sentence') {
    const a = source.mention
    const b = target.mention
    const forward = a.start < b.start
    f.push(forward ? 'ord:st' : 'ord:ts')
    const [x, y] = forward ? [a, b] : [b, a]
    const i = tokenIndex(c.tokens, x.end)
    const j = tokenIndex(c.tokens, y.start)
    const gap = j - i
    f.push(`gap:${gap <= 1 ? gap : gap <= 3 ? 3 : gap <= 7 ? 7 : 'far'}`)
    const between = c.text.slice(x.end, y.start)
    if (COORDINATION.test(between)) f.push('coord')
    if (/[,;:]/.test(between)) f.push('punct-between')
    f.push(
      c.clauseOf[Math.min(i, c.tokens.length - 1)] === c.clauseOf[Math.min(j, c.tokens.length - 1)]
        ? 'cl:same'
        : 'cl:other',
    )
    const dir = forward ? 'f' : 'r'
    for (let k = i; k < j && k < i + 10; k++) {
      const w = c.tokens[k]!.norm
      f.push(`btw:${stem(w)}`, `btw${dir}:${stem(w)}`)
    }
    for (const cue of c.cues) {
      if (cue.start >= x.end && cue.end <= y.start) f.push(`cueBtw:${cue.cue.type}:${dir}`)
    }
    for (let k = i; k < j; k++) {
      const w = c.tokens[k]!.norm
      if (c.markers.negation.has(w)) f.push(`negBtw:${w}`)
      if (c.markers.passive.has(w)) f.push(`pasBtw:${dir}`)
    }
  }
  const s = source.code
  const t = target?.code ?? null
  for (const p of c.proposals) {
    if (p.source === s && p.target === t) {
      f.push(`rule:${p.type}`, `rule:${p.type}:${p.polarity}`, `rulemod:${p.modality}`, 'rule:any')
    } else if (p.source === t && p.target === s) f.push(`rev:${p.type}`)
    else if (p.source === s) f.push(`ruleS:${p.type}`)
    else if (p.target === t && t !== null) f.push(`ruleT:${p.type}`)
    else f.push(`ruleO:${p.type}`)
  }
  // In the order the features were always hashed: the bias, the source, the target, the rest.
  const src = sides.of('s', source)
  const tgt = target === null ? sides.nullTarget : self ? sides.selfTarget : sides.of('t', target)
  const out = [sides.bias]
  for (let k = 0; k < src.length; k++) out.push(src[k]!)
  for (let k = 0; k < tgt.length; k++) out.push(tgt[k]!)
  for (let k = 0; k < f.length; k++) out.push(hashFeature(f[k]!, c.bits))
  return out
}

/** Each side's features, hashed once per sentence and role, for all the pairs it stands in. */
interface SideHashes {
  bias: number
  nullTarget: number[]
  selfTarget: number[]
  of(role: 's' | 't', side: Side): number[]
}

function sideHashes(c: Context): SideHashes {
  const cache: Map<Side, number[]>[] = [new Map(), new Map()]
  return {
    bias: hashFeature('bias:p', c.bits),
    nullTarget: [hashFeature('t:null', c.bits)],
    selfTarget: [hashFeature('t:self', c.bits)],
    of(role, side) {
      const map = cache[role === 's' ? 0 : 1]!
      let h = map.get(side)
      if (!h) {
        const f: string[] = []
        sideFeatures(role, side, c, f)
        h = []
        for (let k = 0; k < f.length; k++) h.push(hashFeature(f[k]!, c.bits))
        map.set(side, h)
      }
      return h
    },
  }
}

/** The ordered pairs, self-acts and untargeted acts of a sentence, with their pair features. */
export function candidates(
  text: string,
  sentence: Span,
  tokens: Token[],
  cues: CueMatch[],
  markers: MarkerWords,
  proposals: Proposal[],
  inSentence: Side[],
  context: Side[],
  bits: number,
): Candidate[] {
  const c: Context = {
    text,
    sentence,
    tokens,
    cues,
    markers,
    proposals,
    actors: inSentence.length,
    bits,
    clauseOf: clauses(text, tokens),
  }
  const sides = sideHashes(c)
  const out: Candidate[] = []
  const all = [...inSentence, ...context]
  for (const s of all) {
    for (const t of all) {
      if (s === t) continue
      if (s.origin !== 'sentence' && t.origin !== 'sentence') continue
      out.push({ source: s, target: t, hashed: pairFeatures(s, t, c, sides) })
    }
  }
  for (const s of inSentence) {
    out.push({ source: s, target: s, hashed: pairFeatures(s, s, c, sides) })
    out.push({ source: s, target: null, hashed: pairFeatures(s, null, c, sides) })
  }
  return out
}
