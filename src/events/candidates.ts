// Event candidates and their features. The rules propose generously: every ordered pair of actors a sentence
// names (and actors named in the sentence before, or the article's main actor, as the other side), each
// actor on itself and each actor with no target. Each candidate carries what the learned decisions read:
// words and cue hits of the sentence, where each actor stands and what comes before it, the words between
// them, negation and modal words around the cue, and the rule engine's own proposals.

import type { Span } from '../core/span.js'
import type { Mention } from '../actors/index.js'
import { tokenIndex, type Token } from '../actors/normalize.js'
import type { CueMatch } from './lexicon.js'
import { stemmer } from '@orama/stemmers/dutch'
import { fnv } from '../learn/linear.js'
import { clauses } from './clauses.js'
import { WORDS } from './words.js'

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
  /** `hashed` in consecutive parts (the bias, the source's, the target's, the pair's own), as scored. */
  readonly parts: readonly (readonly number[])[]
  /**
   * Pair features, hashed (the sentence's own features are shared by all its candidates). A plain array:
   * typed arrays of this size are allocated outside V8's heap, which cost more than the scoring itself.
   */
  readonly hashed: number[]
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

const AND = WORDS.one('and')
/** Joins two actors of a list: a comma, "and", "or" or a hyphen, maybe with an article after it. */
const COORDINATION = new RegExp(
  `^\\s*(,|${AND}|${WORDS.one('or')}|-|,\\s*${AND})\\s*(${[...WORDS.get('definite-articles')].join('|')})?\\s*$`,
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

/**
 * Where features go: as strings (what a feature is: `featureStrings` and the tests read them) or straight
 * into their buckets. A feature is given as its parts; hashing continues FNV-1a over each part, so the bucket
 * is the one the joined string hashes to, without building the string.
 */
interface Sink<T> {
  readonly out: T[]
  /** An empty sink of the same kind. */
  fresh(): Sink<T>
  add(a: string): void
  add2(a: string, b: string): void
  add3(a: string, b: string, c: string): void
  add4(a: string, b: string, c: string, d: string): void
  add5(a: string, b: string, c: string, d: string, e: string): void
}

class StringSink implements Sink<string> {
  readonly out: string[] = []
  fresh(): StringSink {
    return new StringSink()
  }
  add(a: string): void {
    this.out.push(a)
  }
  add2(a: string, b: string): void {
    this.out.push(a + b)
  }
  add3(a: string, b: string, c: string): void {
    this.out.push(a + b + c)
  }
  add4(a: string, b: string, c: string, d: string): void {
    this.out.push(a + b + c + d)
  }
  add5(a: string, b: string, c: string, d: string, e: string): void {
    this.out.push(a + b + c + d + e)
  }
}

class HashSink implements Sink<number> {
  readonly out: number[] = []
  constructor(readonly mask: number) {}
  fresh(): HashSink {
    return new HashSink(this.mask)
  }
  add(a: string): void {
    this.out.push((fnv(a) >>> 0) & this.mask)
  }
  add2(a: string, b: string): void {
    this.out.push((fnv(b, fnv(a)) >>> 0) & this.mask)
  }
  add3(a: string, b: string, c: string): void {
    this.out.push((fnv(c, fnv(b, fnv(a))) >>> 0) & this.mask)
  }
  add4(a: string, b: string, c: string, d: string): void {
    this.out.push((fnv(d, fnv(c, fnv(b, fnv(a)))) >>> 0) & this.mask)
  }
  add5(a: string, b: string, c: string, d: string, e: string): void {
    this.out.push((fnv(e, fnv(d, fnv(c, fnv(b, fnv(a))))) >>> 0) & this.mask)
  }
}

/** Small numbers as the strings features name them, without converting each time. */
const NUMBERS = Array.from({ length: 64 }, (_, i) => String(i))
function num(n: number): string {
  return (n >= 0 && n < 64 ? NUMBERS[n] : undefined) ?? String(n)
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
  const rest = new HashSink(mask)
  sentenceRest(tokens, cues, markers, headline, proposals, actorsAt, rest)
  for (const h of rest.out) out.push(h)
  return out
}

/** The features of `sentenceHashes`, in its order, as strings: what each bucket stands for. */
export function sentenceFeatureStrings(
  tokens: Token[],
  cues: CueMatch[],
  markers: MarkerWords,
  headline: boolean,
  proposals: Proposal[],
  actorsAt: number[],
): string[] {
  const out: string[] = []
  for (let i = 0; i < tokens.length; i++) {
    out.push(`w:${stem(tokens[i]!.norm)}`)
    if (i > 0) out.push(`b:${tokens[i - 1]!.norm}_${tokens[i]!.norm}`)
  }
  return out.concat(sentenceFeatures(tokens, cues, markers, headline, proposals, actorsAt))
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
  const sink = new StringSink()
  sentenceRest(tokens, cues, markers, headline, proposals, actorsAt, sink)
  return sink.out
}

function sentenceRest<T>(
  tokens: Token[],
  cues: CueMatch[],
  markers: MarkerWords,
  headline: boolean,
  proposals: Proposal[],
  actorsAt: number[],
  f: Sink<T>,
): void {
  f.add('bias:s')
  for (const p of proposals) {
    f.add2('srule:', p.type)
    f.add4('srule:', p.type, ':', p.polarity)
    if (p.source === p.target) f.add3('srule:', p.type, ':self')
  }
  if (headline) f.add('hl')
  for (const c of cues) {
    const type = c.cue.type
    f.add2('cue:', type)
    f.add4('cuek:', type, ':', c.cue.kind)
    if (c.cue.mode) f.add4('cuem:', type, ':', c.cue.mode)
    // The cue's sense shows in its neighbours ("staken de gevechten" is no strike) and in whether actors
    // stand on both sides of it.
    const first = c.tokens[0]!
    const last = c.tokens[c.tokens.length - 1]!
    f.add4('cuep:', type, ':', tokens[first - 1]?.norm ?? '^')
    f.add4('cuen:', type, ':', tokens[last + 1]?.norm ?? '$')
    let before = 0
    let after = 0
    for (const i of actorsAt) {
      if (i < first) before++
      if (i > last) after++
    }
    f.add5('cuea:', type, ':', num(Math.min(2, before)), ':' + num(Math.min(2, after)))
  }
  // Negation, modal, hearsay, condition and passive words, in that order for a word in several lists.
  const marked = markerPrefixes(markers)
  for (const t of tokens) {
    const prefixes = marked.get(t.norm)
    if (prefixes) for (const p of prefixes) f.add2(p, t.norm)
  }
  const n = Math.min(5, Math.floor(tokens.length / 8))
  f.add2('len:', num(n))
}

const markerIndexes = new WeakMap<MarkerWords, Map<string, string[]>>()

/** A marker word's feature prefixes ("neg:", "mod:", "hear:", "cond:", "pas:"): one look-up per token. */
function markerPrefixes(markers: MarkerWords): Map<string, string[]> {
  let index = markerIndexes.get(markers)
  if (!index) {
    index = new Map()
    const lists: [string, Set<string>][] = [
      ['neg:', markers.negation],
      ['mod:', markers.modal],
      ['hear:', markers.hearsay],
      ['cond:', markers.condition],
      ['pas:', markers.passive],
    ]
    for (const [prefix, words] of lists) {
      for (const w of words) {
        const prefixes = index.get(w)
        if (prefixes) prefixes.push(prefix)
        else index.set(w, [prefix])
      }
    }
    markerIndexes.set(markers, index)
  }
  return index
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
  /** Clause index per token (clauses.ts). */
  clauseOf: readonly number[]
}

const QUOTES = '"“”„'
const QUOTE_CODES = [...QUOTES].map((q) => q.charCodeAt(0))

/** Whether a code unit is one of QUOTES (compared as numbers: no one-character string per position). */
function isQuote(c: number): boolean {
  return c === QUOTE_CODES[0] || c === QUOTE_CODES[1] || c === QUOTE_CODES[2] || c === QUOTE_CODES[3]
}

function sideFeatures<T>(p: string, side: Side, c: Context, f: Sink<T>): void {
  const m = side.mention
  f.add3(p, 'o:', side.origin)
  f.add3(p, 'k:', m.kind)
  f.add3(p, 'r:', m.rule)
  if (side.origin !== 'sentence') return
  const i = tokenIndex(c.tokens, m.start)
  let j = i
  while (j < c.tokens.length && c.tokens[j]!.end <= m.end) j++
  const before = c.tokens[i - 1]?.norm ?? '^'
  const before2 = c.tokens[i - 2]?.norm ?? '^'
  const after = c.tokens[j]?.norm ?? '$'
  f.add3(p, 'p:', before)
  f.add5(p, 'pp:', before2, '_', before)
  f.add3(p, 'n:', after)
  f.add5(p, 'pk:', before, ':', m.kind)
  if (i === 0) f.add2(p, 'first')
  // Punctuation right before or after the mention: appositions, lists, quotes.
  const punctBefore = c.text.slice(c.tokens[i - 1]?.end ?? c.sentence.start, m.start).trim()
  const punctAfter = c.text.slice(m.end, c.tokens[j]?.start ?? c.sentence.end).trim()
  if (punctBefore) f.add3(p, 'pb:', punctBefore.slice(-1))
  if (punctAfter) f.add3(p, 'pa:', punctAfter[0]!)
  // The mention's place relative to each cue: before it (subject side) or after it (object side), and in the
  // cue's own clause or another.
  for (const cue of c.cues) {
    const rel = m.end <= cue.start ? 'b' : m.start >= cue.end ? 'a' : 'in'
    const dist = rel === 'b' ? cue.tokens[0]! - j : rel === 'a' ? i - cue.tokens[cue.tokens.length - 1]! : 0
    const near = dist <= 2 ? 'n' : dist <= 6 ? 'm' : 'f'
    const clause =
      c.clauseOf[Math.min(i, c.tokens.length - 1)] === c.clauseOf[cue.tokens[0]!] ? 'same' : 'other'
    const type = cue.cue.type
    f.add5(p, 'cue:', type, ':', rel)
    f.add5(p, 'cue:', type, ':', rel + ':' + near)
    f.add5(p, 'cl:', type, ':', rel + ':' + clause)
  }
  // Inside a quotation: someone else's words.
  let quotes = 0
  for (let k = c.sentence.start; k < m.start; k++) if (isQuote(c.text.charCodeAt(k))) quotes++
  if (quotes % 2 === 1) f.add2(p, 'quoted')
  // Words just before the mention that speak of it: "door", "tegen", "aan", "met", "van", "tussen".
  for (let k = Math.max(0, i - 4); k < i; k++) f.add3(p, 'w4:', c.tokens[k]!.norm)
  if (c.markers.say.has(after) || c.markers.say.has(before)) f.add2(p, 'say')
}

const PUNCT_BETWEEN = /[,;:]/

/**
 * Pair features: the bias, each side (worked out once per side, in `sides`), their order and distance, the
 * words and cues between them, the rules' proposals.
 */
function pairFeatures<T>(
  source: Side,
  target: Side | null,
  c: Context,
  sides: SideFeatures<T>,
): readonly (readonly T[])[] {
  const f = sides.sink.fresh()
  const self = target !== null && target.code === source.code
  // In the order the features were always hashed: the bias, the source, the target, the rest. The sides'
  // features are shared by every pair they stand in, not copied.
  const src = sides.of('s', source)
  const tgt = target === null ? sides.nullTarget : self ? sides.selfTarget : sides.of('t', target)
  f.add2('n:', num(Math.min(c.actors, 4)))
  if (target && !self && source.origin === 'sentence' && target.origin === 'sentence') {
    const a = source.mention
    const b = target.mention
    const forward = a.start < b.start
    f.add(forward ? 'ord:st' : 'ord:ts')
    const [x, y] = forward ? [a, b] : [b, a]
    const i = tokenIndex(c.tokens, x.end)
    const j = tokenIndex(c.tokens, y.start)
    const gap = j - i
    f.add2('gap:', gap <= 1 ? num(gap) : gap <= 3 ? '3' : gap <= 7 ? '7' : 'far')
    const between = c.text.slice(x.end, y.start)
    if (COORDINATION.test(between)) f.add('coord')
    if (PUNCT_BETWEEN.test(between)) f.add('punct-between')
    f.add(
      c.clauseOf[Math.min(i, c.tokens.length - 1)] === c.clauseOf[Math.min(j, c.tokens.length - 1)]
        ? 'cl:same'
        : 'cl:other',
    )
    const dir = forward ? 'f' : 'r'
    for (let k = i; k < j && k < i + 10; k++) {
      const w = stem(c.tokens[k]!.norm)
      f.add2('btw:', w)
      f.add4('btw', dir, ':', w)
    }
    for (const cue of c.cues) {
      if (cue.start >= x.end && cue.end <= y.start) f.add4('cueBtw:', cue.cue.type, ':', dir)
    }
    for (let k = i; k < j; k++) {
      const w = c.tokens[k]!.norm
      if (c.markers.negation.has(w)) f.add2('negBtw:', w)
      if (c.markers.passive.has(w)) f.add2('pasBtw:', dir)
    }
  }
  const s = source.code
  const t = target?.code ?? null
  for (const p of c.proposals) {
    if (p.source === s && p.target === t) {
      f.add2('rule:', p.type)
      f.add4('rule:', p.type, ':', p.polarity)
      f.add2('rulemod:', p.modality)
      f.add('rule:any')
    } else if (p.source === t && p.target === s) f.add2('rev:', p.type)
    else if (p.source === s) f.add2('ruleS:', p.type)
    else if (p.target === t && t !== null) f.add2('ruleT:', p.type)
    else f.add2('ruleO:', p.type)
  }
  return [sides.bias, src, tgt, f.out]
}

/** Each side's features, worked out once per sentence and role, for all the pairs it stands in. */
class SideFeatures<T> {
  private readonly cache: Map<Side, T[]>[] = [new Map(), new Map()]
  readonly bias: T[]
  readonly nullTarget: T[]
  readonly selfTarget: T[]
  constructor(
    readonly sink: Sink<T>,
    private readonly c: Context,
  ) {
    this.bias = this.one('bias:p')
    this.nullTarget = this.one('t:null')
    this.selfTarget = this.one('t:self')
  }
  private one(feature: string): T[] {
    const f = this.sink.fresh()
    f.add(feature)
    return f.out
  }
  of(role: 's' | 't', side: Side): T[] {
    const map = this.cache[role === 's' ? 0 : 1]!
    let h = map.get(side)
    if (!h) {
      const f = this.sink.fresh()
      sideFeatures(role, side, this.c, f)
      h = f.out
      map.set(side, h)
    }
    return h
  }
}

/** A candidate whose features are kept in parts (the sides' shared by all their pairs), joined when read. */
class Pair implements Candidate {
  private joined: number[] | null = null
  constructor(
    readonly source: Side,
    readonly target: Side | null,
    readonly parts: readonly (readonly number[])[],
  ) {}
  get hashed(): number[] {
    this.joined ??= ([] as number[]).concat(...this.parts)
    return this.joined
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
  const out: Candidate[] = []
  const sink = new HashSink((1 << bits) - 1)
  pairs(
    text,
    sentence,
    tokens,
    cues,
    markers,
    proposals,
    inSentence,
    context,
    sink,
    (source, target, parts) => out.push(new Pair(source, target, parts)),
  )
  return out
}

/** The features of each candidate of `candidates`, in the same order, as strings. */
export function candidateFeatureStrings(
  text: string,
  sentence: Span,
  tokens: Token[],
  cues: CueMatch[],
  markers: MarkerWords,
  proposals: Proposal[],
  inSentence: Side[],
  context: Side[],
): string[][] {
  const out: string[][] = []
  const sink = new StringSink()
  pairs(text, sentence, tokens, cues, markers, proposals, inSentence, context, sink, (_s, _t, parts) =>
    out.push(([] as string[]).concat(...parts)),
  )
  return out
}

function pairs<T>(
  text: string,
  sentence: Span,
  tokens: Token[],
  cues: CueMatch[],
  markers: MarkerWords,
  proposals: Proposal[],
  inSentence: Side[],
  context: Side[],
  sink: Sink<T>,
  emit: (source: Side, target: Side | null, parts: readonly (readonly T[])[]) => void,
): void {
  const c: Context = {
    text,
    sentence,
    tokens,
    cues,
    markers,
    proposals,
    actors: inSentence.length,
    clauseOf: clauses(text, tokens),
  }
  const sides = new SideFeatures(sink, c)
  const all = [...inSentence, ...context]
  for (const s of all) {
    for (const t of all) {
      if (s === t) continue
      if (s.origin !== 'sentence' && t.origin !== 'sentence') continue
      emit(s, t, pairFeatures(s, t, c, sides))
    }
  }
  for (const s of inSentence) {
    emit(s, s, pairFeatures(s, s, c, sides))
    emit(s, null, pairFeatures(s, null, c, sides))
  }
}
