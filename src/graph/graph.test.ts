import { describe, expect, it } from 'vitest'
import { loadMapping } from '../events/scores.js'
import type { EventType } from '../events/lexicon.js'
import { actorSummary, previousWindow } from './actors.js'
import { dyadTimeline, periodOf, type GraphEvent } from './aggregate.js'
import { blocs, changes, edges } from './blocs.js'

const mapping = loadMapping()

let n = 0
function ev(
  source: string,
  target: string | null,
  type: EventType,
  date: string | null,
  more: Partial<GraphEvent> = {},
): GraphEvent {
  const f = mapping.get(type)!
  return {
    story: more.story ?? `s${n++}`,
    date,
    source,
    target,
    type,
    quad: f.quad,
    score: f.score,
    goldstein: f.goldstein,
    polarity: 'asserted',
    modality: 'actual',
    ...more,
  }
}

describe('periodOf', () => {
  it('buckets by day, ISO week and month', () => {
    expect(periodOf('2025-05-12T10:00:00Z', 'day')).toBe('2025-05-12')
    expect(periodOf('2025-05-12', 'month')).toBe('2025-05')
    // ISO weeks: 2024-12-30 is in week 1 of 2025; 2021-01-03 in week 53 of 2020.
    expect(periodOf('2024-12-30', 'week')).toBe('2025-W01')
    expect(periodOf('2021-01-03', 'week')).toBe('2020-W53')
    expect(periodOf('2025-05-12', 'week')).toBe('2025-W20')
  })
})

describe('dyadTimeline', () => {
  const events = [
    ev('RUS', 'CHN', 'COOPERATE', '2025-01-05'),
    ev('CHN', 'RUS', 'CONSULT', '2025-01-20'),
    ev('RUS', 'CHN', 'AGREE', '2025-02-01'),
    ev('RUS', 'CHN', 'COOPERATE', '2025-02-03', { polarity: 'negated' }),
    ev('RUS', 'CHN', 'AID', '2025-02-04', { modality: 'alleged' }),
    ev('RUS', 'CHN', 'AGREE', null),
    ev('RUS', 'USA', 'ACCUSE', '2025-01-05'),
  ]

  it('counts asserted events by type and quad per period, scores only the asserted ones', () => {
    const t = dyadTimeline(events, { a: 'RUS', b: 'CHN', by: 'month' })
    expect(t.points.map((p) => [p.period, p.events, p.byQuad[1], p.byQuad[2]])).toEqual([
      ['2025-01', 2, 1, 1],
      ['2025-02', 1, 1, 0],
    ])
    const feb = t.points[1]!
    expect(feb.byType).toEqual({ AGREE: 1 })
    expect([feb.negated, feb.alleged, feb.scoreSum, feb.scoreMean]).toEqual([1, 1, 2.5, 2.5])
    expect(t.points[0]!.scoreSum).toBe(9.5 + 2.5)
    expect(t.points[0]!.goldsteinMean).toBe((mapping.get('COOPERATE')!.goldstein + 1) / 2)
    // The undated event is in the total, in no point.
    expect([t.undated, t.total.events, t.total.negated, t.total.alleged]).toEqual([1, 4, 1, 1])
  })

  it('an ordered dyad keeps one direction; a window keeps its dates', () => {
    const t = dyadTimeline(events, { a: 'CHN', b: 'RUS', ordered: true, by: 'day' })
    expect(t.points.map((p) => [p.period, p.byType])).toEqual([['2025-01-20', { CONSULT: 1 }]])
    const w = dyadTimeline(events, { a: 'RUS', b: 'CHN', from: '2025-01-10', to: '2025-02-01' })
    expect(w.total.events).toBe(2)
    expect(w.undated).toBe(0)
  })
})

describe('actorSummary', () => {
  it('ranks partners and adversaries by summed score, with the trend against the window before', () => {
    const events = [
      // The window before: RUS and CHN only consulted.
      ev('RUS', 'CHN', 'CONSULT', '2024-12-10'),
      // The window: cooperation with CHN, attacks on UKR, an accusation from USA.
      ev('RUS', 'CHN', 'COOPERATE', '2025-01-05'),
      ev('CHN', 'RUS', 'AID', '2025-01-06'),
      ev('RUS', 'UKR', 'ASSAULT', '2025-01-07'),
      ev('USA', 'RUS', 'ACCUSE', '2025-01-08'),
      ev('RUS', 'UKR', 'ASSAULT', '2025-01-09', { polarity: 'negated' }),
    ]
    const s = actorSummary(events, { actor: 'RUS', from: '2025-01-01', to: '2025-01-31' })
    expect(s.partners.map((c) => [c.actor, c.events, c.scoreSum])).toEqual([['CHN', 2, 19.5]])
    expect(s.partners[0]!.trend).toBe(9.75 - 2.5)
    expect(s.adversaries.map((c) => c.actor)).toEqual(['UKR', 'USA'])
    expect(s.adversaries[0]!.events).toBe(1)
    expect([s.total.events, s.total.negated]).toEqual([4, 1])
  })

  it('the window before has the same length and ends the day before', () => {
    expect(previousWindow('2025-02-01', '2025-02-28')).toEqual({ from: '2025-01-04', to: '2025-01-31' })
  })
})

describe('blocs and changes', () => {
  const coop = (a: string, b: string, date = '2025-01-10') => [
    ev(a, b, 'COOPERATE', date),
    ev(b, a, 'AGREE', date),
  ]
  const events = [
    ...coop('RUS', 'CHN'),
    ...coop('CHN', 'IRN'),
    ...coop('IRN', 'RUS'),
    ...coop('USA', 'GBR'),
    ...coop('GBR', 'FRA'),
    ...coop('FRA', 'USA'),
    ev('RUS', 'USA', 'ASSAULT', '2025-01-10'),
    ev('USA', 'RUS', 'SANCTION', '2025-01-10'),
  ]

  it('finds the two cooperating camps; conflict edges join no bloc', () => {
    const b = blocs(edges(events))
    expect(b.map((x) => x.members)).toEqual([
      ['CHN', 'IRN', 'RUS'],
      ['FRA', 'GBR', 'USA'],
    ])
    expect(edges(events).find((e) => e.a === 'RUS' && e.b === 'USA')!.conflict).toBe(2)
  })

  it('names new, gone and reversed ties between two windows', () => {
    const later = [
      ...events,
      ...coop('RUS', 'USA', '2025-03-01'),
      ...coop('RUS', 'CHN', '2025-03-01'),
      ev('IND', 'CHN', 'CONSULT', '2025-03-02'),
    ]
    const c = changes(
      later,
      { from: '2025-01-01', to: '2025-01-31' },
      { from: '2025-03-01', to: '2025-03-31' },
    )
    const kinds = Object.fromEntries(c.map((x) => [`${x.a}-${x.b}`, x.kind]))
    expect(kinds['RUS-USA']).toBe('reversed')
    expect(kinds['CHN-IND']).toBe('new')
    expect(kinds['CHN-IRN']).toBe('gone')
    expect(kinds['CHN-RUS']).toBeUndefined()
  })
})
