// Scoring as ../shared/gold/README.md says: align articles on `lead`, then micro-average segmentation
// accuracy, actor and people P/R/F1 over article pairs, and event P/R/F1 over (article, source, target,
// type, polarity) tuples, with a looser score that ignores type. CONSULT, COOPERATE and AGREE are unordered.

import { seeded } from '../core/random.js'
import { MUTUAL_TYPES } from '../events/types.js'
import type { GoldArticle, GoldEvent, GoldPage } from './gold.js'

export interface PRF {
  tp: number
  fp: number
  fn: number
  precision: number
  recall: number
  f1: number
}

export interface Scores {
  pages: number
  articles: {
    gold: number
    predicted: number
    found: number
    spurious: number
    recall: number
    precision: number
  }
  fields: Record<
    'headline' | 'dateline' | 'agencies' | 'age' | 'kind',
    { correct: number; total: number; accuracy: number }
  >
  actors: PRF
  people: PRF
  events: PRF
  eventsUntyped: PRF
  negated: { gold: number; foundNegated: number; assertedWhereNegated: number }
  modality: { correct: number; total: number; accuracy: number }
  /** Typed events per PLOVER type. */
  byType: Record<string, PRF>
  /** Coded events from a state to itself, and those of them with no gold event on the same self-pair. */
  selfLoops: { events: number; self: number; unsupported: number }
  /**
   * How far typed and untyped event F1 could move on another draw of pages like these: the 5th and 95th
   * percentiles of F1 over pages resampled with replacement (a seeded bootstrap, so the same pages give the
   * same interval).
   */
  intervals: { events: [number, number]; untyped: [number, number]; rounds: number }
  /** Per page, what went wrong, for a person reading the report. */
  errors: string[]
}

/** ISO 3166-1 alpha-3 codes (and XKX); organisations come from actors.tsv. */
export interface CodeSet {
  has(code: string): boolean
}

function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp)
  const recall = tp + fn === 0 ? (fp === 0 ? 1 : 0) : tp / (tp + fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { tp, fp, fn, precision, recall, f1 }
}

const normLead = (s: string) => s.replace(/\s+/g, ' ').trim()

function eventKey(e: GoldArticle['events'][number], typed: boolean): string {
  let [s, t] = [e.source ?? '-', e.target ?? '-']
  if (MUTUAL_TYPES.has(e.type) && s > t) [s, t] = [t, s]
  return `${s}|${t}|${typed ? e.type : ''}|${e.polarity}`
}

function countMatches<T>(
  gold: T[],
  pred: T[],
  key: (x: T) => string,
): { tp: number; fp: number; fn: number } {
  const g = new Map<string, number>()
  for (const x of gold) g.set(key(x), (g.get(key(x)) ?? 0) + 1)
  let tp = 0
  let fp = 0
  for (const x of pred) {
    const k = key(x)
    const n = g.get(k) ?? 0
    if (n > 0) {
      tp++
      g.set(k, n - 1)
    } else fp++
  }
  let fn = 0
  for (const n of g.values()) fn += n
  return { tp, fp, fn }
}

/** How many times the pages are drawn again for an F1 interval. */
const INTERVAL_DRAWS = 1000

/** Event counts of one page, typed and untyped, as [tp, fp, fn]. */
type PageCounts = { events: number[]; untyped: number[] }

/**
 * The 5th and 95th percentiles of micro F1 over `rounds` resamples of the pages with replacement. Pages, not
 * events, are drawn: a page's events stand or fall together (one misread page loses all of them).
 */
export function f1Interval(
  pages: readonly (readonly number[])[],
  rounds = INTERVAL_DRAWS,
  seed = 1,
): [number, number] {
  if (pages.length === 0) return [0, 0]
  const random = seeded(seed)
  const f1s = new Float64Array(rounds)
  for (let r = 0; r < rounds; r++) {
    let tp = 0
    let fp = 0
    let fn = 0
    for (let i = 0; i < pages.length; i++) {
      const c = pages[Math.floor(random() * pages.length)]!
      tp += c[0]!
      fp += c[1]!
      fn += c[2]!
    }
    f1s[r] = prf(tp, fp, fn).f1
  }
  f1s.sort()
  const at = (q: number) => f1s[Math.min(rounds - 1, Math.floor(q * rounds))]!
  return [at(0.05), at(0.95)]
}

export function score(pairs: { gold: GoldPage; predicted: GoldPage | null }[], codes: CodeSet): Scores {
  const fieldNames = ['headline', 'dateline', 'agencies', 'age', 'kind'] as const
  const fields = Object.fromEntries(
    fieldNames.map((f) => [f, { correct: 0, total: 0, accuracy: 0 }]),
  ) as Scores['fields']
  const acc = { actors: [0, 0, 0], people: [0, 0, 0], events: [0, 0, 0], untyped: [0, 0, 0] }
  const add = (k: keyof typeof acc, r: { tp: number; fp: number; fn: number }) => {
    acc[k][0]! += r.tp
    acc[k][1]! += r.fp
    acc[k][2]! += r.fn
  }
  let goldN = 0
  let predN = 0
  let found = 0
  const negated = { gold: 0, foundNegated: 0, assertedWhereNegated: 0 }
  const modality = { correct: 0, total: 0, accuracy: 0 }
  const errors: string[] = []
  const types = new Map<string, number[]>()
  const addType = (type: string, r: { tp: number; fp: number; fn: number }) => {
    const c = types.get(type) ?? [0, 0, 0]
    c[0]! += r.tp
    c[1]! += r.fp
    c[2]! += r.fn
    types.set(type, c)
  }
  const selfLoops = { events: 0, self: 0, unsupported: 0 }
  const perPage: PageCounts[] = []

  for (const { gold, predicted } of pairs) {
    const before = { events: [...acc.events], untyped: [...acc.untyped] }
    const preds = predicted?.articles ?? []
    goldN += gold.articles.length
    predN += preds.length
    const byLead = new Map<string, GoldArticle[]>()
    for (const p of preds) byLead.set(normLead(p.lead), [...(byLead.get(normLead(p.lead)) ?? []), p])
    const used = new Set<GoldArticle>()
    const aligned: [GoldArticle, GoldArticle | null][] = []
    for (const g of gold.articles) {
      const p = (byLead.get(normLead(g.lead)) ?? []).find((x) => !used.has(x)) ?? null
      if (p) used.add(p)
      aligned.push([g, p])
    }
    const spurious = preds.filter((p) => !used.has(p))
    for (const s of spurious) errors.push(`${gold.page}: spurious article "${s.lead}"`)

    for (const [g, p] of aligned) {
      if (!p) errors.push(`${gold.page}: missed article "${g.lead}"`)
      else {
        found++
        for (const f of fieldNames) {
          const ok = JSON.stringify(g[f]) === JSON.stringify(p[f])
          fields[f].total++
          if (ok) fields[f].correct++
          else
            errors.push(
              `${gold.page}: "${g.lead}" ${f}: gold ${JSON.stringify(g[f])}, got ${JSON.stringify(p[f])}`,
            )
        }
      }
      const pa = p ?? { actors: [], people: [], events: [] }
      const keep = (c: string | null) => c === null || codes.has(c)
      if (p) {
        const diff = (label: string, want: string[], got: string[]) => {
          const missed = want.filter((x) => !got.includes(x))
          const extra = got.filter((x) => !want.includes(x))
          if (missed.length || extra.length) {
            errors.push(`${label}: missed ${JSON.stringify(missed)}, extra ${JSON.stringify(extra)}`)
          }
        }
        const where = `${gold.page}: "${g.lead}"`
        diff(`${where} actors`, g.actors.filter(keep), pa.actors.filter(keep))
        const person = (x: { name: string; actor: string | null }) => `${x.name}|${x.actor ?? '-'}`
        diff(`${where} people`, g.people.map(person), pa.people.map(person))
        diff(
          `${where} events`,
          g.events.map((e) => eventKey(e, true)),
          pa.events.map((e) => eventKey(e, true)),
        )
      }
      add(
        'actors',
        countMatches(g.actors.filter(keep), pa.actors.filter(keep), (x) => x),
      )
      add(
        'people',
        countMatches(g.people, pa.people, (x) => `${x.name}|${x.actor ?? '-'}`),
      )
      add(
        'events',
        countMatches(g.events, pa.events, (e) => eventKey(e, true)),
      )
      add(
        'untyped',
        countMatches(g.events, pa.events, (e) => eventKey(e, false)),
      )
      for (const type of new Set([...g.events, ...pa.events].map((e) => e.type))) {
        const of = (es: GoldEvent[]) => es.filter((e) => e.type === type)
        addType(
          type,
          countMatches(of(g.events), of(pa.events), (e) => eventKey(e, true)),
        )
      }
      for (const e of pa.events) {
        selfLoops.events++
        if (e.source === null || e.source !== e.target) continue
        selfLoops.self++
        if (!g.events.some((x) => x.source === e.source && x.target === e.target)) selfLoops.unsupported++
      }
      // Each predicted event answers one gold event: first those agreeing in polarity and modality, then in
      // polarity, then any with the same source, target and type.
      const answer = new Map<GoldArticle['events'][number], GoldArticle['events'][number]>()
      const taken = new Set<GoldArticle['events'][number]>()
      const passes = [
        (ge: GoldEvent, pe: GoldEvent) => pe.polarity === ge.polarity && pe.modality === ge.modality,
        (ge: GoldEvent, pe: GoldEvent) => pe.polarity === ge.polarity,
        () => true,
      ]
      for (const fits of passes) {
        for (const ge of g.events) {
          if (answer.has(ge)) continue
          const pe = pa.events.find(
            (x) =>
              !taken.has(x) &&
              eventKey({ ...x, polarity: ge.polarity }, true) === eventKey(ge, true) &&
              fits(ge, x),
          )
          if (pe) {
            answer.set(ge, pe)
            taken.add(pe)
          }
        }
      }
      for (const ge of g.events) {
        const same = answer.get(ge)
        if (ge.polarity === 'negated') {
          negated.gold++
          if (same?.polarity === 'negated') negated.foundNegated++
          if (same?.polarity === 'asserted') negated.assertedWhereNegated++
        }
        if (same && same.polarity === ge.polarity) {
          modality.total++
          if (same.modality === ge.modality) modality.correct++
        }
      }
    }
    for (const s of spurious) {
      add('actors', { tp: 0, fp: s.actors.filter((c) => codes.has(c)).length, fn: 0 })
      add('people', { tp: 0, fp: s.people.length, fn: 0 })
      add('events', { tp: 0, fp: s.events.length, fn: 0 })
      add('untyped', { tp: 0, fp: s.events.length, fn: 0 })
      for (const e of s.events) addType(e.type, { tp: 0, fp: 1, fn: 0 })
    }
    perPage.push({
      events: acc.events.map((x, i) => x - before.events[i]!),
      untyped: acc.untyped.map((x, i) => x - before.untyped[i]!),
    })
  }
  for (const f of fieldNames) fields[f].accuracy = fields[f].total ? fields[f].correct / fields[f].total : 1
  modality.accuracy = modality.total ? modality.correct / modality.total : 1
  const mk = (k: keyof typeof acc) => prf(acc[k][0]!, acc[k][1]!, acc[k][2]!)
  return {
    pages: pairs.length,
    articles: {
      gold: goldN,
      predicted: predN,
      found,
      spurious: predN - found,
      recall: goldN ? found / goldN : 1,
      precision: predN ? found / predN : 1,
    },
    fields,
    actors: mk('actors'),
    people: mk('people'),
    events: mk('events'),
    eventsUntyped: mk('untyped'),
    negated,
    modality,
    byType: Object.fromEntries([...types].sort().map(([t, c]) => [t, prf(c[0]!, c[1]!, c[2]!)])),
    selfLoops,
    intervals: {
      events: f1Interval(perPage.map((c) => c.events)),
      untyped: f1Interval(perPage.map((c) => c.untyped)),
      rounds: INTERVAL_DRAWS,
    },
    errors,
  }
}
