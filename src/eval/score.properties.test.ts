// Properties of the scorer for any gold (fast-check): gold against itself scores 1 everywhere, precision and
// recall stay in [0, 1] and swap when gold and prediction swap, F1 is their harmonic mean, and neither the
// order of pages, articles nor events changes a score.

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { GoldArticle, GoldEvent, GoldPage } from './gold.js'
import { score, type PRF } from './score.js'

const CODES = ['RUS', 'CHN', 'UKR', 'USA', 'NATO', 'NOR']
const codes = new Set(CODES.slice(0, 5))
const code = fc.constantFrom(...CODES)

const event: fc.Arbitrary<GoldEvent> = fc.record({
  source: fc.option(code, { nil: null }),
  target: fc.option(code, { nil: null }),
  type: fc.constantFrom('CONSULT', 'AGREE', 'ACCUSE', 'SANCTION', 'COOPERATE', 'THREATEN'),
  polarity: fc.constantFrom('asserted' as const, 'negated' as const),
  modality: fc.constantFrom('actual' as const, 'intended' as const, 'alleged' as const),
  evidence: fc.constant('x'),
})

const article: fc.Arbitrary<GoldArticle> = fc.record({
  kind: fc.constantFrom('main' as const, 'teaser' as const),
  headline: fc.option(fc.constantFrom('Kop', 'Andere kop'), { nil: null }),
  dateline: fc.array(fc.constantFrom('MOSKOU', 'OSLO'), { maxLength: 2 }),
  agencies: fc.array(fc.constantFrom('ANP', 'AFP'), { maxLength: 2 }),
  lead: fc.constantFrom('a b c', 'd e f', 'g h i', 'j  k l', 'm n o'),
  age: fc.option(fc.constantFrom('1 uur geleden', '2 dagen geleden'), { nil: null }),
  actors: fc.uniqueArray(code, { maxLength: 4 }),
  people: fc.array(
    fc.record({ name: fc.constantFrom('Poetin', 'Xi'), actor: fc.option(code, { nil: null }) }),
    { maxLength: 2 },
  ),
  events: fc.array(event, { maxLength: 4 }),
})

const page = (name: string): fc.Arbitrary<GoldPage> =>
  fc.record({ page: fc.constant(name), articles: fc.array(article, { maxLength: 4 }) })
const pages = fc
  .array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 3 })
  .chain((ids) => fc.tuple(...[...new Set(ids)].map((i) => page(`p${i}`))))
/** Gold and a prediction for the same pages. */
const pairs = pages.chain((golds) =>
  fc.tuple(fc.constant(golds), fc.tuple(...golds.map((g) => page(g.page)))),
)

const kinds = ['actors', 'people', 'events', 'eventsUntyped'] as const
const inUnit = (x: number) => x >= 0 && x <= 1

function shuffled<T>(xs: T[], seed: number): T[] {
  const out = [...xs]
  let s = seed
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648
    const j = s % (i + 1)
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

describe('properties of the scorer (fast-check)', () => {
  it('scores gold against itself as perfect', () => {
    fc.assert(
      fc.property(pages, (golds) => {
        const s = score(
          golds.map((g) => ({ gold: g, predicted: structuredClone(g) })),
          codes,
        )
        for (const k of kinds)
          expect([s[k].precision, s[k].recall, s[k].f1, s[k].fp, s[k].fn]).toEqual([1, 1, 1, 0, 0])
        expect([s.articles.recall, s.articles.precision, s.articles.spurious]).toEqual([1, 1, 0])
        for (const f of Object.values(s.fields)) expect(f.accuracy).toBe(1)
        expect(s.modality.accuracy).toBe(1)
        expect(s.errors).toEqual([])
      }),
      { numRuns: 300 },
    )
  })

  it('keeps P, R and F1 in [0, 1], F1 their harmonic mean, and counts consistent', () => {
    fc.assert(
      fc.property(pairs, ([golds, preds]) => {
        const s = score(
          golds.map((g, i) => ({ gold: g, predicted: preds[i]! })),
          codes,
        )
        for (const k of kinds) {
          const r: PRF = s[k]
          expect([r.precision, r.recall, r.f1].every(inUnit)).toBe(true)
          expect(r.tp >= 0 && r.fp >= 0 && r.fn >= 0).toBe(true)
          if (r.tp + r.fp > 0) expect(r.precision).toBeCloseTo(r.tp / (r.tp + r.fp), 12)
          if (r.tp + r.fn > 0) expect(r.recall).toBeCloseTo(r.tp / (r.tp + r.fn), 12)
          const h = r.precision + r.recall === 0 ? 0 : (2 * r.precision * r.recall) / (r.precision + r.recall)
          expect(r.f1).toBeCloseTo(h, 12)
          expect(r.f1).toBeLessThanOrEqual(Math.max(r.precision, r.recall) + 1e-12)
        }
        // Ignoring the type can only find more matches.
        expect(s.eventsUntyped.tp).toBeGreaterThanOrEqual(s.events.tp)
        expect(s.articles.found).toBeLessThanOrEqual(Math.min(s.articles.gold, s.articles.predicted))
        expect([s.articles.recall, s.articles.precision].every(inUnit)).toBe(true)
      }),
      { numRuns: 300 },
    )
  })

  it('swaps precision and recall when gold and prediction swap', () => {
    fc.assert(
      fc.property(pairs, ([golds, preds]) => {
        const ab = score(
          golds.map((g, i) => ({ gold: g, predicted: preds[i]! })),
          codes,
        )
        const ba = score(
          preds.map((p, i) => ({ gold: p, predicted: golds[i]! })),
          codes,
        )
        for (const k of ['events', 'eventsUntyped', 'people'] as const) {
          expect([ba[k].tp, ba[k].fp, ba[k].fn]).toEqual([ab[k].tp, ab[k].fn, ab[k].fp])
          expect(ba[k].precision).toBeCloseTo(ab[k].recall, 12)
          expect(ba[k].f1).toBeCloseTo(ab[k].f1, 12)
        }
        expect(ba.articles.found).toBe(ab.articles.found)
      }),
      { numRuns: 300 },
    )
  })

  it('does not depend on the order of pages or of events within an article', () => {
    fc.assert(
      fc.property(pairs, fc.integer({ min: 1, max: 1_000_000 }), ([golds, preds], seed) => {
        const base = score(
          golds.map((g, i) => ({ gold: g, predicted: preds[i]! })),
          codes,
        )
        const mixEvents = (p: GoldPage): GoldPage => ({
          ...p,
          articles: p.articles.map((a, i) => ({ ...a, events: shuffled(a.events, seed + i) })),
        })
        const order = shuffled(
          golds.map((_, i) => i),
          seed,
        )
        const mixed = score(
          order.map((i) => ({ gold: mixEvents(golds[i]!), predicted: mixEvents(preds[i]!) })),
          codes,
        )
        for (const k of kinds) expect(mixed[k]).toEqual(base[k])
        expect(mixed.articles).toEqual(base.articles)
        expect(mixed.fields).toEqual(base.fields)
      }),
      { numRuns: 300 },
    )
  })
})
