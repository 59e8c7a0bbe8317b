import { describe, expect, it } from 'vitest'
import type { GoldArticle, GoldPage } from './gold.js'
import { f1Interval, score } from './score.js'

const codes = new Set(['RUS', 'CHN', 'UKR', 'USA', 'NATO'])

function article(lead: string, extra: Partial<GoldArticle> = {}): GoldArticle {
  return {
    kind: 'teaser',
    headline: null,
    dateline: ['MOSKOU'],
    agencies: ['ANP'],
    lead,
    age: null,
    actors: [],
    people: [],
    events: [],
    ...extra,
  }
}

const ev = (
  source: string,
  target: string | null,
  type: string,
  polarity: 'asserted' | 'negated' = 'asserted',
) => ({
  source,
  target,
  type,
  polarity,
  modality: 'actual' as const,
  evidence: 'x',
})

describe('score', () => {
  it('aligns articles on lead and counts found, missed and spurious', () => {
    const gold: GoldPage = { page: 'p', articles: [article('a b c'), article('d e f')] }
    const pred: GoldPage = { page: 'p', articles: [article('a  b c'), article('x y z')] }
    const s = score([{ gold, predicted: pred }], codes)
    expect(s.articles).toMatchObject({ gold: 2, predicted: 2, found: 1, spurious: 1, recall: 0.5 })
    expect(s.errors.some((e) => e.includes('missed article "d e f"'))).toBe(true)
  })

  it('scores fields exactly on aligned articles', () => {
    const gold: GoldPage = { page: 'p', articles: [article('a', { headline: 'Kop', age: '1 uur geleden' })] }
    const pred: GoldPage = { page: 'p', articles: [article('a', { headline: 'Kop', age: null })] }
    const s = score([{ gold, predicted: pred }], codes)
    expect(s.fields.headline.accuracy).toBe(1)
    expect(s.fields.age.accuracy).toBe(0)
  })

  it('scores actors over article pairs, counting only known codes', () => {
    const gold: GoldPage = { page: 'p', articles: [article('a', { actors: ['RUS', 'CHN', 'XYZ'] })] }
    const pred: GoldPage = { page: 'p', articles: [article('a', { actors: ['RUS', 'UKR', 'ABC'] })] }
    const s = score([{ gold, predicted: pred }], codes)
    expect(s.actors).toMatchObject({ tp: 1, fp: 1, fn: 1 })
  })

  it('ignores source/target order for mutual types only, and scores polarity', () => {
    const gold: GoldPage = {
      page: 'p',
      articles: [
        article('a', { events: [ev('RUS', 'CHN', 'COOPERATE', 'negated'), ev('RUS', 'UKR', 'ACCUSE')] }),
      ],
    }
    const pred: GoldPage = {
      page: 'p',
      articles: [
        article('a', { events: [ev('CHN', 'RUS', 'COOPERATE', 'negated'), ev('UKR', 'RUS', 'ACCUSE')] }),
      ],
    }
    const s = score([{ gold, predicted: pred }], codes)
    expect(s.events).toMatchObject({ tp: 1, fp: 1, fn: 1 })
    expect(s.negated).toEqual({ gold: 1, foundNegated: 1, assertedWhereNegated: 0 })
  })

  it('reports an asserted event where gold says negated, and the untyped score ignores type', () => {
    const gold: GoldPage = {
      page: 'p',
      articles: [article('a', { events: [ev('RUS', 'CHN', 'AGREE', 'negated')] })],
    }
    const pred: GoldPage = { page: 'p', articles: [article('a', { events: [ev('RUS', 'CHN', 'AGREE')] })] }
    expect(score([{ gold, predicted: pred }], codes).negated.assertedWhereNegated).toBe(1)
    const typed: GoldPage = {
      page: 'p',
      articles: [article('a', { events: [ev('RUS', 'CHN', 'CONSULT', 'negated')] })],
    }
    const s = score([{ gold, predicted: typed }], codes)
    expect(s.events.tp).toBe(0)
    expect(s.eventsUntyped.tp).toBe(1)
  })

  it('counts everything of an unread page as missed', () => {
    const gold: GoldPage = { page: 'p', articles: [article('a', { actors: ['RUS'] })] }
    const s = score([{ gold, predicted: null }], codes)
    expect(s.articles.found).toBe(0)
    expect(s.actors.fn).toBe(1)
  })
})

describe('the F1 interval over pages', () => {
  // Ten pages: five scored well (4 right, 1 wrong, 1 missed), five badly (1 right, 3 wrong, 4 missed).
  const pages = [...Array(5).fill([4, 1, 1]), ...Array(5).fill([1, 3, 4])] as number[][]

  it('holds the F1 of all pages, is the same for the same pages, and moves little with the seed', () => {
    const [lo, hi] = f1Interval(pages)
    const all = (2 * 25) / (2 * 25 + 20 + 25)
    expect(lo).toBeLessThan(all)
    expect(hi).toBeGreaterThan(all)
    expect(f1Interval(pages)).toEqual([lo, hi])
    const more = Array.from({ length: 4 }, () => pages).flat()
    const [a, b] = [f1Interval(more), f1Interval(more, 1000, 7)]
    expect(Math.abs(a[0] - b[0])).toBeLessThan(0.03)
    expect(Math.abs(a[1] - b[1])).toBeLessThan(0.03)
  })

  it('narrows as there are more pages of the same kind, and is a point when every page scores alike', () => {
    const [lo, hi] = f1Interval(pages)
    const [lo4, hi4] = f1Interval(Array.from({ length: 4 }, () => pages).flat())
    expect(hi4 - lo4).toBeLessThan(hi - lo)
    const [a, b] = f1Interval(Array(8).fill([2, 1, 1]))
    expect(a).toBeCloseTo(2 / 3, 9)
    expect(b).toBeCloseTo(2 / 3, 9)
  })

  it("is given by score() for typed and untyped events, from each page's own counts", () => {
    const good: GoldPage = {
      page: 'g',
      articles: [article('a b c', { events: [ev('RUS', 'UKR', 'ASSAULT'), ev('USA', 'CHN', 'CONSULT')] })],
    }
    const bad: GoldPage = {
      page: 'b',
      articles: [article('d e f', { events: [ev('RUS', 'UKR', 'ACCUSE')] })],
    }
    const badPred: GoldPage = {
      page: 'b',
      articles: [article('d e f', { events: [ev('RUS', 'UKR', 'THREATEN')] })],
    }
    const s = score(
      [
        { gold: good, predicted: good },
        { gold: bad, predicted: badPred },
      ],
      codes,
    )
    // typed: a draw of only the bad page scores 0, of only the good one 1
    expect(s.intervals.events).toEqual([0, 1])
    // untyped: the bad page's pair is right too, so every draw scores 1
    expect(s.intervals.untyped).toEqual([1, 1])
  })
})
