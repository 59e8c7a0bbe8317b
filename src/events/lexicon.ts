// The Dutch cue lexicon (data/nl/event-cues.tsv) compiled into token patterns: each alternative is a
// sequence of word alternatives with "..." gaps for separable verbs ("wijst ... af") and split phrases.

import { fileURLToPath } from 'node:url'
import { readTsv } from '../actors/kb.js'
import { normalizeWord, tokenize, type Token } from '../actors/normalize.js'

import { EVENT_TYPES, type EventType } from './types.js'
import { readWordSets } from '../actors/words.js'
import { WORDS } from './words.js'

export { EVENT_TYPES, type EventType }
/** A cue type for phrases that contain a cue word but state no event ("uit te leveren"). */
export type CueType = EventType | 'NONE'

export interface Cue {
  type: CueType
  mode: string | null
  /** Word sequences; null stands for a gap of up to GAP words. */
  steps: (string | null)[]
  kind: string
  source: string
  /** The type the event takes when it is only intended ("gaan samenwerken" is AGREE in PLOVER). */
  intended: EventType | null
}

export interface CueMatch {
  cue: Cue
  /** Token indexes of the matched words (gaps excluded). */
  tokens: number[]
  start: number
  end: number
}

const GAP = 8
/** The mode of cues of being behind an act, read apart by the event rules (src/events/coder.ts and acts.ts). */
export const BLAME = 'blame'
/** The mode of cues of calling someone or their act names ("noemt ... onaanvaardbaar"), read by the event rules. */
export const NAMING = 'naming'
export const CUES_FILE = fileURLToPath(new URL('../../data/nl/event-cues.tsv', import.meta.url))

/**
 * The cues of the lexicon. A separable verb's infinitive ("aanvallen", "terugtrekken") also gives its
 * te-infinitive, which splits it ("aan te vallen", "terug te trekken"), for the separable particles of `words`.
 */
export function loadCues(path = CUES_FILE, words = WORDS): Cue[] {
  const cues: Cue[] = []
  const particles = words.get('separable-particles')
  const ending = words.one('infinitive-ending')
  const infinitive = words.one('infinitive')
  const split = (word: string): string[] | null => {
    if (!word.endsWith(ending)) return null
    for (const p of particles)
      if (word.startsWith(p) && word.length - p.length >= 4) return [p, infinitive, word.slice(p.length)]
    return null
  }
  for (const r of readTsv(path)) {
    const type = r.type as CueType
    if (type !== 'NONE' && !EVENT_TYPES.includes(type))
      throw new Error(`${path}: unknown event type "${r.type}"`)
    for (const alt of r.pattern!.split('|')) {
      const steps = alt
        .trim()
        .split(/\s+/)
        .map((w) => (w === '...' ? null : normalizeWord(w)))
      const intended = (r.intended || null) as EventType | null
      if (intended && !EVENT_TYPES.includes(intended))
        throw new Error(`${path}: unknown event type "${r.intended}" in column intended`)
      cues.push({ type, mode: r.mode || null, steps, kind: r.kind ?? 'verb', source: alt.trim(), intended })
      const te = type !== 'NONE' && steps.length === 1 ? split(steps[0]!) : null
      if (te)
        cues.push({
          type,
          mode: r.mode || null,
          steps: te,
          kind: r.kind ?? 'verb',
          source: te.join(' '),
          intended,
        })
    }
  }
  return cues
}

/** An index from a cue's first word to its cues, so matching is one map lookup per token. */
export function indexCues(cues: Cue[]): Map<string, Cue[]> {
  const index = new Map<string, Cue[]>()
  for (const c of cues) {
    // Multi-word steps ("staakt-het-vuren") are tokenised the way text is.
    const first = tokenize(c.steps[0]!)[0]?.norm ?? c.steps[0]!
    index.set(first, [...(index.get(first) ?? []), c])
  }
  return index
}

const expanded = new WeakMap<Cue, (string | null)[]>()

/** A cue's steps as the tokens text is read into (multi-word steps split), worked out once per cue. */
function expand(cue: Cue): (string | null)[] {
  let steps = expanded.get(cue)
  if (!steps) {
    steps = cue.steps.flatMap((s) => (s === null ? [null] : tokenize(s).map((t) => t.norm)))
    expanded.set(cue, steps)
  }
  return steps
}

export const COMPOUNDS_FILE = fileURLToPath(new URL('../../data/nl/event-compounds.tsv', import.meta.url))

/** The cue words that also end a compound naming the same event ("terreuraanslag", "wapenembargo"). */
let compoundHeads: ReadonlySet<string> | null = null
function heads(): ReadonlySet<string> {
  compoundHeads ??= readWordSets(COMPOUNDS_FILE).get('heads')
  return compoundHeads
}
/** The shortest first part of a compound read as one (shorter ones are prefixes: "tegen", "her"). */
const MODIFIER = 4

/**
 * The single-word cues a compound ends in: Dutch compounds are head-final, so a word that ends in a listed cue
 * word after a first part of its own names that cue's event.
 */
function compoundCues(index: Map<string, Cue[]>, word: string): Cue[] | undefined {
  let memo = compoundMemo.get(index)
  if (!memo) compoundMemo.set(index, (memo = new Map()))
  if (memo.has(word)) return memo.get(word) ?? undefined
  if (memo.size > 100_000) memo.clear()
  let found: Cue[] | null = null
  const h = heads()
  for (let k = MODIFIER; k <= word.length - 6 && !found; k++) {
    const head = word.slice(k)
    if (!h.has(head)) continue
    const cues = index.get(head)?.filter((c) => c.steps.length === 1)
    if (cues && cues.length > 0) found = cues
  }
  memo.set(word, found)
  return found ?? undefined
}
/** Per cue index, the compounds looked up so far (most long words recur from page to page). */
const compoundMemo = new WeakMap<Map<string, Cue[]>, Map<string, Cue[] | null>>()

/** Every cue occurrence among `tokens` (one sentence). Longer cues win where two overlap at the same start. */
export function matchCues(index: Map<string, Cue[]>, tokens: Token[]): CueMatch[] {
  const out: CueMatch[] = []
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!.norm
    const exact = index.get(word)
    const cands = exact ?? (word.length >= MODIFIER + 6 ? compoundCues(index, word) : undefined)
    if (!cands) continue
    let best: CueMatch | null = null
    for (const cue of cands) {
      const steps = expand(cue)
      const hit = exact ? matchSteps(steps, tokens, i) : [i]
      if (hit && (!best || hit.length > best.tokens.length)) {
        best = { cue, tokens: hit, start: tokens[hit[0]!]!.start, end: tokens[hit[hit.length - 1]!]!.end }
      }
    }
    if (best) out.push(best)
  }
  // A cue inside a longer one ("hulp" in "elkaar te hulp schieten") is part of it, not an event of its own.
  // Being behind an act (mode blame: "dat X achter de aanval zit") tells who did the act inside it, which stays;
  // so does an act named in a name called (mode naming: "noemt de sancties tegen X onaanvaardbaar").
  return out.filter(
    (c) =>
      !out.some(
        (o) =>
          o !== c &&
          o.cue.mode !== BLAME &&
          o.cue.mode !== NAMING &&
          o.tokens.length > c.tokens.length &&
          o.tokens[0]! <= c.tokens[0]! &&
          c.tokens[c.tokens.length - 1]! <= o.tokens[o.tokens.length - 1]!,
      ),
  )
}

function matchSteps(steps: (string | null)[], tokens: Token[], at: number): number[] | null {
  const hit: number[] = []
  let i = at
  for (let s = 0; s < steps.length; s++) {
    const step = steps[s]
    if (step === null) {
      const next = steps[s + 1]
      if (next === undefined || next === null) return null
      let found = -1
      for (let k = i; k < Math.min(tokens.length, i + GAP); k++) {
        if (tokens[k]!.norm === next) {
          found = k
          break
        }
      }
      if (found === -1) return null
      i = found
      continue
    }
    if (tokens[i]?.norm !== step) return null
    hit.push(i)
    i++
  }
  return hit
}
