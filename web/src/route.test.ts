import { describe, expect, it } from 'vitest'
import { apiQuery, formatRoute, pairKey, parseRoute, safeHref, type Route } from './route.js'

describe('parseRoute', () => {
  it('reads every view', () => {
    expect(parseRoute('')).toEqual({ view: 'graph' })
    expect(parseRoute('#/')).toEqual({ view: 'graph' })
    expect(parseRoute('#/?from=2025-01-01&to=2025-06-30')).toEqual({
      view: 'graph',
      from: '2025-01-01',
      to: '2025-06-30',
    })
    expect(parseRoute('#/actor/RUS')).toEqual({ view: 'actor', code: 'RUS' })
    expect(parseRoute('#/actor/nato?from=2025-02-01')).toEqual({
      view: 'actor',
      code: 'NATO',
      from: '2025-02-01',
    })
    expect(parseRoute('#/dyad/RUS/CHN?by=week&period=2025-W20')).toEqual({
      view: 'dyad',
      a: 'RUS',
      b: 'CHN',
      by: 'week',
      period: '2025-W20',
    })
    expect(parseRoute('#/dyad/RUS/CHN')).toMatchObject({ by: 'month' })
    expect(
      parseRoute('#/events?actor=RUS&type=accuse&polarity=negated&modality=alleged&q=gas&offset=50'),
    ).toEqual({
      view: 'events',
      filters: { actor: 'RUS', type: 'ACCUSE', polarity: 'negated', modality: 'alleged', q: 'gas' },
      offset: 50,
    })
    expect(parseRoute('#/article/123?event=456')).toEqual({ view: 'article', id: 123, event: 456 })
    expect(parseRoute('#/article/123')).toEqual({ view: 'article', id: 123 })
  })

  it('drops bad values and rejects bad paths', () => {
    expect(parseRoute('#/?from=yesterday&to=2025-13')).toEqual({ view: 'graph' })
    expect(parseRoute('#/dyad/RUS/CHN?by=year&period=<x>')).toEqual({
      view: 'dyad',
      a: 'RUS',
      b: 'CHN',
      by: 'month',
    })
    expect(parseRoute('#/events?polarity=maybe&offset=-5&actor=<script>')).toEqual({
      view: 'events',
      filters: {},
      offset: 0,
    })
    expect(parseRoute('#/actor/<img>').view).toBe('notfound')
    expect(parseRoute('#/article/abc').view).toBe('notfound')
    expect(parseRoute('#/nowhere').view).toBe('notfound')
    expect(parseRoute('#/actor/%E0%A4%A').view).toBe('notfound')
  })

  it('round-trips through formatRoute', () => {
    const routes: Route[] = [
      { view: 'graph' },
      { view: 'graph', from: '2025-01-01', to: '2025-02-01' },
      { view: 'actor', code: 'HAMAS', to: '2025-02-01' },
      { view: 'dyad', a: 'CHN', b: 'RUS', by: 'day', period: '2025-05-12' },
      { view: 'events', filters: { actor: 'USA', q: 'gas & olie?', from: '2025-01-01' }, offset: 100 },
      { view: 'events', filters: {}, offset: 0 },
      { view: 'events', filters: { country: 'UKR', type: 'ASSAULT' }, offset: 0 },
      { view: 'map', filters: { country: 'UKR', from: '2025-01-01', to: '2025-02-01', modality: 'actual' } },
      { view: 'map', filters: {} },
      { view: 'article', id: 7, event: 9 },
    ]
    for (const r of routes) expect(parseRoute(formatRoute(r))).toEqual(r)
    expect(formatRoute({ view: 'events', filters: {}, offset: 0 })).toBe('#/events')
    expect(formatRoute({ view: 'map', filters: {} })).toBe('#/map')
  })

  it('keeps only a valid state code as the map’s and list’s place filter', () => {
    expect(parseRoute('#/map?country=ukr&actor=RUS')).toEqual({
      view: 'map',
      filters: { country: 'UKR', actor: 'RUS' },
    })
    expect(parseRoute('#/map?country=Oekraine')).toEqual({ view: 'map', filters: {} })
    expect(parseRoute('#/map/x')).toEqual({ view: 'notfound', path: '/map/x' })
  })
})

describe('helpers', () => {
  it('sorts pair keys', () => {
    expect(pairKey('RUS', 'CHN')).toBe('CHN-RUS')
    expect(pairKey('CHN', 'RUS')).toBe('CHN-RUS')
  })
  it('builds API queries from set values only', () => {
    expect(apiQuery({ a: 'RUS', b: undefined, c: '', d: null, limit: 50, ordered: false })).toBe(
      '?a=RUS&limit=50&ordered=false',
    )
    expect(apiQuery({})).toBe('')
    expect(apiQuery({ q: 'a&b=c' })).toBe('?q=a%26b%3Dc')
  })
  it('lets only web links through', () => {
    expect(safeHref('https://nos.nl/x?a=1')).toBe('https://nos.nl/x?a=1')
    expect(safeHref('javascript:alert(1)')).toBeNull()
    expect(safeHref('data:text/html,<script>')).toBeNull()
    expect(safeHref('not a url')).toBeNull()
    expect(safeHref(null)).toBeNull()
  })
})
