import { describe, expect, it } from 'vitest'
import type { GoldArticle, GoldPage } from './gold.js'
import { score } from './score.js'

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
