// The event stage's decisions: for each sentence, the rules propose; every candidate pair is scored by the
// learned type model; a candidate above its type's threshold becomes an event, with polarity and modality
// from their own models. The same event told twice in an article is kept once, at its surest sentence.

import type { Article } from '../core/doc.js'
import type { Span } from '../core/span.js'
import type { Mention } from '../actors/index.js'
import { tokenIndex, type Token } from '../actors/normalize.js'
import { readTsv } from '../actors/kb.js'
import { fileURLToPath } from 'node:url'
import { DEFAULT_BITS, hashFeature, predictParts, softmax } from '../learn/linear.js'
import {
  candidateFeatureStrings,
  candidates,
  sentenceFeatureStrings,
  sentenceHashes,
  type Candidate,
  type MarkerWords,
  type Proposal,
  type Side,
} from './candidates.js'
import { codedSentences, readingContext } from './coder.js'
import type { CodedEvent, EventLexicon } from './coded.js'
import type { Modality } from './polarity.js'
import type { CueMatch } from './lexicon.js'
import { MODALITIES, type EventModel } from './model.js'
import { codedEvent, quoted } from './coded.js'
import { EVENT_TYPES, MUTUAL_TYPES, type EventType } from './types.js'

const MARKERS_FILE = fileURLToPath(new URL('../../data/nl/event-markers.tsv', import.meta.url))

export function loadMarkers(path = MARKERS_FILE): MarkerWords {
  const sets: Record<string, Set<string>> = {}
  for (const r of readTsv(path)) sets[r.kind!] = new Set(r.word!.split('|').map((w) => w.toLowerCase()))
  const get = (k: string) => sets[k] ?? new Set<string>()
  return {
    negation: get('negation'),
    modal: get('modal'),
    hearsay: get('hearsay'),
    condition: get('condition'),
    passive: get('passive'),
    say: get('say'),
  }
}

/** One sentence of an article with everything the decisions read. */
export interface SentenceUnit {
  sentence: Span
  headline: boolean
  tokens: Token[]
  cues: CueMatch[]
  /** The sentence's features, hashed. */
  hashed: number[]
  readonly candidates: Candidate[]
  proposals: CodedEvent[]
  /** What `hashed` and each candidate's `hashed` stand for, as feature strings (tests, debugging). */
  featureStrings(): { sentence: string[]; candidates: string[][] }
}

/** A sentence unit whose candidates are built when first read: most sentences state no type. */
class Unit implements SentenceUnit {
  private built: Candidate[] | null = null
  constructor(
    readonly sentence: Span,
    readonly headline: boolean,
    readonly tokens: Token[],
    readonly cues: CueMatch[],
    readonly hashed: number[],
    readonly proposals: CodedEvent[],
    private readonly read: {
      text: string
      markers: MarkerWords
      props: Proposal[]
      own: Side[]
      context: Side[]
      actorsAt: number[]
      bits: number
    },
  ) {}

  get candidates(): Candidate[] {
    const r = this.read
    this.built ??= candidates(
      r.text,
      this.sentence,
      this.tokens,
      this.cues,
      r.markers,
      r.props,
      r.own,
      r.context,
      r.bits,
    )
    return this.built
  }

  featureStrings(): { sentence: string[]; candidates: string[][] } {
    const r = this.read
    return {
      sentence: sentenceFeatureStrings(this.tokens, this.cues, r.markers, this.headline, r.props, r.actorsAt),
      candidates: candidateFeatureStrings(
        r.text,
        this.sentence,
        this.tokens,
        this.cues,
        r.markers,
        r.props,
        r.own,
        r.context,
      ),
    }
  }
}

/** The sentences of an article (body, then headline), with their candidates. */
export function articleUnits(
  text: string,
  article: Article,
  lexicon: EventLexicon,
  markers: MarkerWords,
  bits = DEFAULT_BITS,
): SentenceUnit[] {
  const mentions = (article.actors?.mentions ?? []).filter((m) => m.code && m.rule !== 'dateline')
  const counts = new Map<string, { n: number; first: Mention }>()
  for (const m of mentions) {
    const c = counts.get(m.code!)
    if (c) c.n++
    else counts.set(m.code!, { n: 1, first: m })
  }
  let main: Mention | null = null
  let best = 0
  for (const c of counts.values()) if (c.n > best && c.first.kind !== 'place') [main, best] = [c.first, c.n]
  const units: SentenceUnit[] = []
  const prior: CodedEvent[] = []
  const reading = readingContext(prior)
  let previous: Mention[] = []
  for (const unit of codedSentences(text, article, mentions, lexicon, reading)) {
    const { sentence, headline, tokens, matches, coded: proposals } = unit
    const inside = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end)
    const cues = matches.filter((c) => c.cue.type !== 'NONE')
    prior.push(...proposals)
    const own: Side[] = []
    for (const m of inside)
      if (!own.some((s) => s.code === m.code)) own.push({ code: m.code!, mention: m, origin: 'sentence' })
    const context: Side[] = []
    for (const m of [...previous].reverse()) {
      if (context.length >= 3) break
      if (!own.some((s) => s.code === m.code) && !context.some((s) => s.code === m.code))
        context.push({ code: m.code!, mention: m, origin: 'previous' })
    }
    if (main && !own.some((s) => s.code === main!.code) && !context.some((s) => s.code === main!.code))
      context.push({ code: main.code!, mention: main, origin: 'article' })
    if (inside.length > 0) previous = inside
    if (own.length === 0 && proposals.length === 0) continue
    const props = proposals.map((p) => ({
      source: p.source,
      target: p.target,
      type: p.type,
      polarity: p.polarity,
      modality: p.modality,
    }))
    const actorsAt = own.map((o) => tokenIndex(tokens, o.mention.start))
    const hashed = sentenceHashes(tokens, cues, markers, headline, props, actorsAt, bits)
    units.push(
      new Unit(sentence, headline, tokens, cues, hashed, proposals, {
        text,
        markers,
        props,
        own,
        context,
        actorsAt,
        bits,
      }),
    )
  }
  return units
}

/**
 * The bucket of a feature conjoined with a type: the feature's bucket mixed with the type's key
 * (`hashFeature(type, 31)`), so no string is built or hashed again.
 */
function conjoin(bucket: number, typeKey: number, mask: number): number {
  let h = Math.imul(bucket ^ typeKey, 0x85ebca6b)
  h ^= h >>> 13
  return Math.imul(h, 0xc2b2ae35) & mask
}

/** Argument features: the candidate's own, each conjoined with the type in question, and the type. */
export function argumentFeatures(hashed: ArrayLike<number>, type: string, bits: number): Int32Array {
  const out = new Int32Array(hashed.length * 2 + 1)
  for (let i = 0; i < hashed.length; i++) out[i] = hashed[i]!
  const k = hashFeature(type, 31)
  const mask = (1 << bits) - 1
  for (let i = 0; i < hashed.length; i++) out[hashed.length + i] = conjoin(hashed[i]!, k, mask)
  out[out.length - 1] = hashFeature(`type:${type}`, bits)
  return out
}

/** Polarity and modality read the sentence, the pair and the type decided. */
export function attributeFeatures(
  shared: ArrayLike<number>,
  own: ArrayLike<number>,
  type: string,
  bits: number,
): Int32Array {
  const out = new Int32Array(shared.length + own.length + 1)
  for (let i = 0; i < shared.length; i++) out[i] = shared[i]!
  for (let i = 0; i < own.length; i++) out[shared.length + i] = own[i]!
  out[out.length - 1] = hashFeature(`type:${type}`, bits)
  return out
}

/** Per type: its key for conjoined buckets (`hashFeature(type, 31)`), worked out once. */
const TYPE_KEYS = EVENT_TYPES.map((t) => hashFeature(t, 31))
const typeBuckets = new Map<number, number[]>()

/** Per type: the bucket of its own feature "type:<type>" in `bits` bits. */
function typeBucketsOf(bits: number): number[] {
  let b = typeBuckets.get(bits)
  if (!b) {
    b = EVENT_TYPES.map((t) => hashFeature(`type:${t}`, bits))
    typeBuckets.set(bits, b)
  }
  return b
}

/** Scores every (candidate, type) of a sentence: P(type | sentence) x P(pair | type, sentence). */
export function scoreSentence(
  model: EventModel,
  types: Float64Array,
  /** Each candidate's features in consecutive parts, summed in order (as if joined). */
  candidates: { parts: readonly ArrayLike<number>[] }[],
  floor: number | number[],
): { candidate: number; type: number; p: number }[] {
  const bits = model.header.bits
  const mask = (1 << bits) - 1
  const w = model.argument.weights
  const ratio = model.header.ratio
  const choice = model.header.pairs === 'choice'
  const typeBucket = typeBucketsOf(bits)
  const n = candidates.length
  const out: { candidate: number; type: number; p: number }[] = []
  // The argument model's sum over a pair's own features is the same for every type: computed once per pair.
  let own: number[] | null = null
  let args: number[] | null = null
  for (let k = 0; k < types.length; k++) {
    // The pair's probability is at most the type's: below the floor no pair of the type can pass.
    if (types[k]! < (typeof floor === 'number' ? floor : floor[k]!)) continue
    if (!own || !args) {
      // Plain arrays: small Float64Arrays are allocated outside V8's heap, slowly.
      own = new Array<number>(n).fill(0)
      args = new Array<number>(n).fill(0)
      const bias = model.argument.bias[0]!
      for (let i = 0; i < n; i++) {
        const parts = candidates[i]!.parts
        let z = bias
        for (const h of parts) for (let j = 0; j < h.length; j++) z += w[h[j]!]!
        own[i] = z
      }
    }
    // The same buckets as argumentFeatures: each feature's bucket mixed with the type's, and the type itself.
    const t = TYPE_KEYS[k]!
    const typeWeight = w[typeBucket[k]!]!
    let top = -Infinity
    for (let i = 0; i < n; i++) {
      const parts = candidates[i]!.parts
      let z = own[i]! + typeWeight
      for (const h of parts) for (let j = 0; j < h.length; j++) z += w[conjoin(h[j]!, t, mask)]!
      const q = choice ? z : 1 / (1 + Math.exp(-z))
      args[i] = q
      if (q > top) top = q
    }
    if (choice) {
      // A softmax over the sentence's candidates: the pair's share of the choice.
      softmax(args, n, top)
      top = 0
      for (let i = 0; i < n; i++) if (args[i]! > top) top = args[i]!
    }
    const min = ratio * top
    for (let i = 0; i < n; i++)
      if (args[i]! >= min) out.push({ candidate: i, type: k, p: types[k]! * args[i]! })
  }
  return out
}

/** The sentence model's outputs, reused from sentence to sentence (read before the next is scored). */
let typeScratch = new Float64Array(EVENT_TYPES.length)

/**
 * Codes an article's events: the rules' proposals, and the model's own events above their type's
 * threshold. A rule's event keeps the rule's polarity, modality and evidence; the
 * model's own take theirs from the polarity and modality models.
 */
export function decideArticle(
  text: string,
  article: Article,
  lexicon: EventLexicon,
  markers: MarkerWords,
  model: EventModel,
): CodedEvent[] {
  const { bits, thresholds } = model.header
  if (typeScratch.length !== model.sentence.outputs) typeScratch = new Float64Array(model.sentence.outputs)
  const scores = new Map<
    string,
    { p: number; best: number; unit: SentenceUnit; candidate: number; shared: number[] }
  >()
  // Scores combined over the sentences count every telling the training read (a type score at or above
  // SCORE_FLOOR); else a sentence below its type's threshold adds nothing.
  const noisyOr = model.header.combine === 'noisy-or'
  const floor = noisyOr ? thresholds.map(() => SCORE_FLOOR) : thresholds
  const rules: CodedEvent[] = []
  const ruleKeys = new Set<string>()
  const seen = new Set<string>()
  const units = articleUnits(text, article, lexicon, markers, bits)
  const T = EVENT_TYPES.length
  // Each sentence's type scores, and per type the most its pairs could reach over the article: a pair's
  // score in a sentence is at most the sentence's type score, so a type whose bound stays below its
  // threshold is not scored at all.
  const typeScores = new Array<number>(units.length * T)
  const bound = new Array<number>(T).fill(0)
  units.forEach((unit, u) => {
    for (const e of unit.proposals) {
      const key = eventKey(e.source, e.target, e.type)
      if (seen.has(`${key}|${e.polarity}`)) continue
      seen.add(`${key}|${e.polarity}`)
      ruleKeys.add(key)
      rules.push(e)
    }
    const types = model.sentence.predictInto(unit.hashed, typeScratch)
    for (let k = 0; k < T; k++) {
      typeScores[u * T + k] = types[k]!
      if (types[k]! >= floor[k]!) bound[k] = combineScores(noisyOr, bound[k]!, types[k]!)
    }
  })
  const at = floor.map((f, k) => (bound[k]! >= thresholds[k]! ? f : Infinity))
  units.forEach((unit, u) => {
    for (let k = 0; k < T; k++) typeScratch[k] = typeScores[u * T + k]!
    if (!typeScratch.some((p, k) => p >= at[k]!)) return
    const shared = unit.hashed
    const cands = unit.candidates
    for (const { candidate, type: k, p } of scoreSentence(model, typeScratch, cands, at)) {
      const cand = cands[candidate]!
      const key = eventKey(cand.source.code, cand.target?.code ?? null, EVENT_TYPES[k]!)
      const was = scores.get(key)
      if (!was) scores.set(key, { p, best: p, unit, candidate, shared })
      else {
        was.p = combineScores(noisyOr, was.p, p)
        // The event's words come from its surest sentence.
        if (p > was.best) Object.assign(was, { best: p, unit, candidate, shared })
      }
    }
  })
  const out = [...rules]
  for (const [key, s] of scores) {
    const type = key.slice(key.lastIndexOf('|') + 1) as EventType
    if (ruleKeys.has(key) || s.p < thresholds[EVENT_TYPES.indexOf(type)]!) continue
    const cand = s.unit.candidates[s.candidate]!
    out.push(makeEvent(text, s.unit, cand, type, lexicon, model, s.shared, cand.hashed))
  }
  return out
}

/**
 * The least type score of a sentence whose pairs are scored when scores are combined over an article's
 * sentences (and in training, out of fold). Out of fold 0.02 and 0.2 did alike (44.0 and 44.1 typed F1 over
 * three seeds each); 0.2 scores fewer sentences, and the model stage stays within twice its time with
 * logistic pairs and the surest sentence kept (1.6 times, measured).
 */
export const SCORE_FLOOR = 0.2

/**
 * One event's score from two sentences that tell it: with `noisyOr`, the chance that at least one of them
 * states it (1 - (1 - a)(1 - b)), so that an event told twice counts for more than once; else the surer.
 */
export function combineScores(noisyOr: boolean, a: number, b: number): number {
  return noisyOr ? 1 - (1 - a) * (1 - b) : Math.max(a, b)
}

/** An event's identity within an article: the pair (unordered for mutual types) and the type. */
export function eventKey(source: string | null, target: string | null, type: string): string {
  const s = source ?? ''
  // A mutual pair in the order Array.prototype.sort gives it (a missing source compares as "null"), built
  // without the array: the rules and the decisions ask for keys of every event they see.
  if (MUTUAL_TYPES.has(type) && target && target < (source ?? 'null')) return `${target}|${s}|${type}`
  return `${s}|${target ?? ''}|${type}`
}

/** The polarity and modality models' outputs, reused from event to event (read before the next). */
let polarityScratch = new Float64Array(1)
let modalityScratch = new Float64Array(MODALITIES.length)

function makeEvent(
  text: string,
  unit: SentenceUnit,
  cand: Candidate,
  type: EventType,
  lexicon: EventLexicon,
  model: EventModel,
  shared: number[],
  own: number[],
): CodedEvent {
  // The features of attributeFeatures, read in place: the sentence's, the pair's, then the type.
  const parts = [shared, own]
  const typeBucket = typeBucketsOf(model.header.bits)[EVENT_TYPES.indexOf(type)]!
  if (polarityScratch.length < model.polarity.outputs)
    polarityScratch = new Float64Array(model.polarity.outputs)
  if (modalityScratch.length < model.modality.outputs)
    modalityScratch = new Float64Array(model.modality.outputs)
  const negated =
    predictParts(model.polarity, parts, typeBucket, polarityScratch)[0]! >= model.header.negatedThreshold
  const mods = predictParts(model.modality, parts, typeBucket, modalityScratch)
  let m = 0
  for (let k = 1; k < model.modality.outputs; k++) if (mods[k]! > mods[m]!) m = k
  const modality: Modality = MODALITIES[m]!
  const source = cand.source.code
  const target = cand.target?.code ?? null
  const proposal = unit.proposals.find((p) => p.type === type && p.source === source && p.target === target)
  const cue = unit.cues.find((c) => c.cue.type === type) ?? proposal?.cue ?? unit.cues[0] ?? null
  const evidence = proposal?.evidence ?? evidenceSpan(text, unit.sentence, cand, cue)
  const mode = proposal?.mode ?? null
  return codedEvent(lexicon.mapping, {
    type,
    mode,
    source,
    target,
    polarity: negated ? 'negated' : 'asserted',
    modality,
    attribution: proposal?.attribution ?? null,
    evidence,
    sentence: unit.sentence,
    cue: cue
      ? quoted(text, cue.start, cue.end)
      : { start: evidence.start, end: evidence.end, text: evidence.text },
    context: proposal?.context ?? [],
  })
}

/** The words that state the event: from the first to the last of its actors and cue within the sentence. */
function evidenceSpan(
  text: string,
  sentence: Span,
  cand: Candidate,
  cue: Span | null,
): Span & { text: string } {
  const points: number[][] = []
  for (const side of [cand.source, cand.target]) {
    if (side && side.origin === 'sentence') points.push([side.mention.start, side.mention.end])
  }
  if (cue) points.push([cue.start, cue.end])
  if (points.length === 0) return { ...sentence, text: text.slice(sentence.start, sentence.end) }
  const start = Math.max(sentence.start, Math.min(...points.map((p) => p[0]!)))
  const end = Math.min(sentence.end, Math.max(...points.map((p) => p[1]!)))
  return { start, end, text: text.slice(start, end) }
}
