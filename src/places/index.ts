// The places stage: runs after the events stage and gives each event the most specific place its own
// sentence names (a city, then a region, sea or strait, then a state), else the place of the article's
// dateline, else none. Words the actor stage read as an actor ("Moskou reageerde") are not a place unless
// a preposition of place puts them there ("in Moskou"); GeoNames names that are not ours need one too.

import type { Article, EventPlace, Page } from '../core/doc.js'
import type { Stage } from '../core/pipeline.js'
import type { Span } from '../core/span.js'
import type { Mention } from '../actors/index.js'
import { normalizeWord, tokenize, type Token } from '../actors/normalize.js'
import type { LanguagePack, PlaceWords } from '../core/language-pack.js'
import { packFor, PACKS } from '../locales/index.js'
import { loadGazetteer, placeKey, type Gazetteer, type Place, type PlaceNode } from './gazetteer.js'

export type { EventPlace } from '../core/doc.js'

export interface PlaceOptions {
  /** The gazetteer, or a function that loads it: called on the first page that has an event. */
  gazetteer?: Gazetteer | (() => Gazetteer)
  /** The language packs to choose from by each article's language (src/locales by default). */
  packs?: readonly LanguagePack[]
}

const RANK: Record<EventPlace['precision'], number> = { city: 3, region: 2, country: 1, dateline: 0 }

interface Candidate {
  span: Span
  text: string
  places: readonly Place[]
  precision: EventPlace['precision']
  /** The state the actor stage linked these words to, if any. */
  code: string | null
}

export function placeStage(options: PlaceOptions = {}): Stage {
  const source = options.gazetteer ?? (() => loadGazetteer())
  if (typeof source !== 'function' && typeof source?.lookup !== 'function')
    throw new TypeError('placeStage: gazetteer must be a Gazetteer or a function returning one')
  let gazetteer: Gazetteer | null = typeof source === 'function' ? null : source
  const packs = options.packs ?? PACKS
  return (page: Page) => {
    for (const article of page.articles) {
      if (!article.events?.length) continue
      gazetteer ??= (source as () => Gazetteer)()
      placeArticle(gazetteer, page.text, article, packFor(article.language, packs).places)
    }
  }
}

/** Sets `place` on each event of the article, reading the words of place of the article's language. */
export function placeArticle(gazetteer: Gazetteer, text: string, article: Article, words: PlaceWords): void {
  const mentions = article.actors?.mentions ?? []
  // The states the article names as states (not through a city it links to one: "Tripoli" is no vote for
  // Libya), gathered when a choice needs them.
  let namedOnce: Set<string> | null = null
  const named = () => {
    namedOnce ??= new Set(mentions.filter((m) => m.code && NAMING.has(m.rule)).map((m) => m.code!))
    return namedOnce
  }
  const bySentence = new Map<number, Candidate[]>()
  let dateline: EventPlace | null | undefined
  for (const event of article.events ?? []) {
    const scope: Span = event.sentence ?? event.evidence
    let found = bySentence.get(scope.start)
    if (!found) {
      found = candidates(gazetteer, text, scope, mentions, event.source, words)
      bySentence.set(scope.start, found)
    }
    const inEvidence = (c: Candidate) =>
      c.span.start >= event.evidence.start && c.span.end <= event.evidence.end ? 1 : 0
    // The most specific, then one inside the evidence, then the first.
    const order = (a: Candidate, b: Candidate) =>
      RANK[b.precision] - RANK[a.precision] || inEvidence(b) - inEvidence(a) || a.span.start - b.span.start
    let best: Candidate | undefined
    for (const c of found) if (!best || order(c, best) < 0) best = c
    if (best) {
      event.place = toPlace(best, choose(best.places, named, best.code))
      continue
    }
    if (dateline === undefined) dateline = datelinePlace(gazetteer, text, article, named)
    event.place = dateline
  }
}

const NAMING = new Set(['kb/name', 'kb/adjective', 'kb/demonym', 'kb/group'])

/** Of ambiguous places: one in a state the article names, else the one the words were linked to, else the first. */
function choose(places: readonly Place[], named: () => Set<string>, code: string | null): Place {
  if (places.length === 1) return places[0]!
  return (
    places.find((p) => p.country !== null && named().has(p.country)) ??
    (code ? places.find((p) => p.country === code) : undefined) ??
    places[0]!
  )
}

function toPlace(c: Candidate, p: Place): EventPlace {
  return {
    name: p.name,
    text: c.text,
    span: { start: c.span.start, end: c.span.end },
    precision: c.precision,
    feature: p.feature,
    country: p.country,
    lat: round(p.lat),
    lon: round(p.lon),
  }
}

const round = (x: number) => Math.round(x * 1e5) / 1e5

function precisionOf(p: Place): EventPlace['precision'] {
  return p.feature === 'city' ? 'city' : p.feature === 'country' ? 'country' : 'region'
}

/** A capitalised word: where a name can start. */
const CAPITALISED = /\p{Lu}[\p{L}\p{N}]*/gu
/** Some preposition of place shortly before: only then is it worth reading the words in between. */
const nearPrepositions = new WeakMap<PlaceWords, RegExp>()
function nearPreposition(words: PlaceWords): RegExp {
  let re = nearPrepositions.get(words)
  if (!re) {
    const all = [...words.prepositions, words.on, words.off].map((w) =>
      w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    )
    re = new RegExp(`(?:^|[^\\p{L}])(?:${all.join('|')})[^\\p{L}]`, 'iu')
    nearPrepositions.set(words, re)
  }
  return re
}
const LETTER = /[\p{L}\p{N}]/u

/**
 * The places a sentence names, with the words and the rule that lets them count as a place. Only the
 * words around a capitalised word the name trie starts with, or around a state named near a preposition,
 * are tokenised: most sentences name no place, and this stage must cost little beside the others.
 */
function candidates(
  gazetteer: Gazetteer,
  text: string,
  scope: Span,
  mentions: Mention[],
  source: string | null,
  words: PlaceWords,
): Candidate[] {
  const inScope: Mention[] = []
  for (const m of mentions) if (m.start >= scope.start && m.end <= scope.end) inScope.push(m)
  const out: Candidate[] = []
  const used = new Set<Mention>()
  const slice = text.slice(scope.start, scope.end)
  const firstWord = scope.start + Math.max(0, slice.search(LETTER))
  const nearRe = nearPreposition(words)
  const near = (at: number) => nearRe.test(text.slice(Math.max(scope.start, at - 60), at))
  let skipTo = scope.start
  CAPITALISED.lastIndex = 0
  let w: RegExpExecArray | null
  while ((w = CAPITALISED.exec(slice)) !== null) {
    const at = scope.start + w.index
    if (at < skipTo || (at > 0 && LETTER.test(text[at - 1]!))) continue
    const hit = longestName(gazetteer, text, at, scope.end)
    if (!hit) continue
    const span = { start: at, end: hit.end }
    skipTo = span.end
    const overlapping = inScope.filter((m) => m.start < span.end && m.end > span.start)
    overlapping.forEach((m) => used.add(m))
    // Our own longer name wins over an actor inside it ("Zuid-Chinese Zee" holds the adjective "Chinese").
    const ours = gazetteer.curated(hit.key)
    const inside = (m: Mention) =>
      ours && m.start >= span.start && m.end <= span.end && m.end - m.start < span.end - span.start
    const actor = overlapping.find((m) => m.kind !== 'place' && !inside(m)) ?? null
    const placeMention = overlapping.find((m) => m.kind === 'place') ?? null
    const before = near(at) ? prepositionAt(text, scope, at, inScope, words) : null
    const located = before !== null && before !== words.on
    let ok: boolean
    if (actor) {
      // A state, organisation or person: a place only where the text puts something there ("in Moskou");
      // an adjective ("Russische") never.
      ok = actor.kind === 'state' && LINKED_PLACE.has(actor.rule) && located
    } else if (placeMention || ours) {
      // Our own places: a place unless they open the sentence as the acting state ("Gaza kondigde ... aan").
      const opens = at === firstWord && placeMention !== null && placeMention.code === source
      ok = before !== null || !opens
    } else ok = located
    if (!ok) continue
    const places = hit.places
    out.push({
      span,
      text: text.slice(span.start, span.end),
      places,
      precision: precisionOf(places[0]!),
      code: (actor ?? placeMention)?.code ?? null,
    })
  }
  // States named after a preposition of place ("in Oekraïne"), and linked places the gazetteer lacks.
  for (const m of inScope) {
    if (used.has(m) || !m.code) continue
    const state = m.kind === 'state' && LINKED_PLACE.has(m.rule) && m.rule !== 'kb/seat'
    if (!state && m.kind !== 'place') continue
    if (state) {
      const before = near(m.start) ? prepositionAt(text, scope, m.start, inScope, words) : null
      if (before === null || before === words.on) continue
    }
    const centre = gazetteer.country(m.code)
    if (!centre) continue
    out.push({
      span: { start: m.start, end: m.end },
      text: m.text,
      places: [centre],
      precision: 'country',
      code: m.code,
    })
  }
  return out
}

/** Actor rules whose words name a place: a state by name, its capital or seat, a city or region. */
const LINKED_PLACE = new Set(['kb/name', 'kb/capital', 'kb/seat', 'kb/city', 'kb/region'])

/** The preposition of place before the word at `at` (see prepositionBefore), reading only the words before it. */
function prepositionAt(
  text: string,
  scope: Span,
  at: number,
  mentions: Mention[],
  words: PlaceWords,
): string | null {
  let from = Math.max(scope.start, at - 60)
  if (from > scope.start) {
    const space = text.indexOf(' ', from)
    from = space < 0 || space >= at ? at : space + 1
  }
  const tokens = tokenize(text, from, Math.min(scope.end, at + 40))
  const i = tokens.findIndex((t) => t.start === at)
  return i < 0 ? null : prepositionBefore(text, tokens, i, mentions, words)
}

/** A word as the tokenizer reads it (a genitive "'s" aside), after the separators allowed inside a name. */
const NEXT_WORD = /[\s\-‑'’.]{1,3}([\p{L}\p{N}]+(?:['’][\p{L}]+)?)/uy
const FIRST_WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/uy

/** Whether a word ends in a genitive "'s" (what `.replace(/['’]s$/u, '')` takes off), without a regex. */
function genitive(w: string): boolean {
  const n = w.length
  if (n < 2 || w.charCodeAt(n - 1) !== 115) return false
  const a = w.charCodeAt(n - 2)
  return a === 39 || a === 0x2019
}

const firstSteps = new WeakMap<Gazetteer, Map<string, PlaceNode | null>>()

/**
 * The trie's node for a name's first word as written: the same capitalised words open sentences and names
 * on page after page, and a small map of them is quicker to ask than the trie's root of every name's first word.
 */
function firstStep(gazetteer: Gazetteer, word: string): PlaceNode | undefined {
  let steps = firstSteps.get(gazetteer)
  if (!steps) firstSteps.set(gazetteer, (steps = new Map()))
  let node = steps.get(word)
  if (node === undefined) {
    node = gazetteer.root.next?.get(normalizeWord(word)) ?? null
    if (steps.size > 20_000) steps.clear()
    steps.set(word, node)
  }
  return node ?? undefined
}

/**
 * The longest gazetteer name starting at `at`, its words written together: a walk down the name trie over
 * the text itself, so that the many capitalised words no name starts with cost one lookup.
 */
function longestName(
  gazetteer: Gazetteer,
  text: string,
  at: number,
  end: number,
): { end: number; key: string; places: readonly Place[] } | null {
  let best: { end: number; key: string; places: readonly Place[] } | null = null
  let node: PlaceNode = gazetteer.root
  let pos = at
  for (let k = 0; node.next && pos < end; k++) {
    const re = k === 0 ? FIRST_WORD : NEXT_WORD
    re.lastIndex = pos
    const m = re.exec(text)
    if (!m || m.index + m[0].length > end) break
    const raw = k === 0 ? m[0] : m[1]!
    const word = genitive(raw) ? raw.slice(0, -2) : raw
    const next = k === 0 ? firstStep(gazetteer, word) : node.next.get(normalizeWord(word))
    if (!next) break
    node = next
    pos = m.index + m[0].length - (genitive(m[0]) ? 2 : 0)
    // The last word of a name is written with a capital ("Straat van Hormuz", not "Gaza en").
    if (node.places && node.key !== null && /^\p{Lu}/u.test(word))
      best = { end: pos, key: node.key, places: node.places }
  }
  return best
}

/**
 * The preposition of place before token i, over words such as "het oosten van", "de Oekraïense stad" (an
 * adjective the actor stage read), and nothing else; "voor" only before a coast ("voor de kust van").
 */
function prepositionBefore(
  text: string,
  tokens: Token[],
  i: number,
  mentions: Mention[],
  words: PlaceWords,
): string | null {
  let coast = false
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    const t = tokens[k]!
    if (!/^[\s\-‑]*$/u.test(text.slice(t.end, tokens[k + 1]!.start))) return null
    if (words.prepositions.has(t.norm) || t.norm === words.on) return t.norm
    if (t.norm === words.off && coast) return t.norm
    if (t.norm === words.coast) coast = true
    if (words.between.has(t.norm) || t.norm === words.coast) continue
    if (!mentionAt(mentions, t, 'adjective')) return null
  }
  return null
}

function mentionAt(mentions: Mention[], t: Token, rule: string): boolean {
  return mentions.some((m) => m.start <= t.start && m.end >= t.end && m.rule.includes(rule))
}

const datelineNames = new WeakMap<Gazetteer, Map<string, readonly Place[]>>()

/** The places a dateline's name may be, looked up once per name: datelines name the same few places. */
function datelinePlaces(gazetteer: Gazetteer, name: string): readonly Place[] {
  let names = datelineNames.get(gazetteer)
  if (!names) datelineNames.set(gazetteer, (names = new Map()))
  let places = names.get(name)
  if (!places) {
    places = gazetteer.lookup(placeKey(name))
    if (names.size > 10_000) names.clear()
    names.set(name, places)
  }
  return places
}

/** The article's dateline place ("KYIV -"), as the place of events whose sentence names none. */
function datelinePlace(
  gazetteer: Gazetteer,
  text: string,
  article: Article,
  named: () => Set<string>,
): EventPlace | null {
  const d = article.dateline
  const name = d?.places[0]
  if (!d || !name) return null
  const at = text.indexOf(name, d.span.start)
  const span = { start: at < 0 ? d.span.start : at, end: at < 0 ? d.span.start : at + name.length }
  const mention = article.actors?.mentions.find((m) => m.rule === 'dateline' && m.text === name)
  const code = mention?.code ?? null
  const places = datelinePlaces(gazetteer, name)
  const p = places.length > 0 ? choose(places, named, code) : code ? gazetteer.country(code) : null
  if (!p) return null
  return toPlace({ span, text: name, places: [p], precision: 'dateline', code }, p)
}
