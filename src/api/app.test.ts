// The HTTP API through app.request(), on a real store of each dialect filled with the synthetic corpus:
// every route, its validation and errors, counting by story, full-text search, writes behind the token,
// and an OpenAPI document that validates and lists exactly the routes.

import { join } from 'node:path'
import { Validator } from '@seriousme/openapi-schema-validator'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { portalPage, story, fullArticle } from '../../test/helpers/corpus.js'
import { corpusApi } from '../../test/helpers/api.js'
import { tempDir } from '../../test/helpers/build.js'
import { dropSchemas, pgAvailable, pgSchemaUrl } from '../../test/helpers/pg.js'
import { createDefaultPipeline } from '../index.js'
import type { Store } from '../store/dialects/index.js'
import { readModel } from '../store/read.js'
import { stats } from '../store/repositories/stats.js'
import { canonicalDump } from '../store/repositories/dump.js'
import { rebuildRollups } from '../store/repositories/rollups.js'
import { storyEventSelect } from '../store/repositories/stories.js'
import { actorSummary } from '../graph/actors.js'
import { dyadTimeline } from '../graph/aggregate.js'
import { createApp } from './app.js'
import type {
  ActorResponse,
  ArticleResponse,
  ErrorResponse,
  EventsResponse,
  GraphResponse,
  RelationsResponse,
  StatsResponse,
} from '../read/contract.js'

const pipeline = createDefaultPipeline()
const dialects = [
  { name: 'sqlite', skip: false, url: () => join(tempDir(), 'api.db') },
  { name: 'postgres', skip: !pgAvailable, url: () => pgSchemaUrl('api') },
]

afterAll(dropSchemas)

describe.each(dialects)('the API on $name', ({ skip, url }) => {
  describe.skipIf(skip)('over the synthetic corpus', () => {
    let store: Store
    let app: ReturnType<typeof createApp>
    const get = async <T>(path: string, status = 200): Promise<T> => {
      const r = await app.request(path)
      const body = await r.json()
      expect(r.status, `${path}: ${JSON.stringify(body)}`).toBe(status)
      return body as T
    }

    beforeAll(async () => {
      ;({ store, app } = await corpusApi(url(), pipeline))
    })
    afterAll(async () => store?.close())

    it('keeps the grouped story events equal to grouping every event now, merges and repeats included', async () => {
      const key = (r: Record<string, unknown>) =>
        [
          r.story_id,
          r.source,
          r.target,
          r.type,
          r.polarity,
          r.modality,
          r.event_id,
          r.date ?? r.first_seen,
        ].join('|')
      const kept = (await store.db.selectFrom('story_event_rows').selectAll().execute()).map(key).sort()
      const now = (await storyEventSelect(store.db).execute()).map(key).sort()
      expect(kept.length).toBeGreaterThan(0)
      expect(kept).toEqual(now)
    })

    it('keeps per-day totals equal to totals rebuilt from scratch, merges and repeats included', async () => {
      const kept = (await canonicalDump(store.db)).rollups
      expect(kept.filter((r) => r.startsWith('event ')).length).toBeGreaterThan(10)
      expect(kept.filter((r) => r.startsWith('dyad ')).length).toBeGreaterThan(5)
      await rebuildRollups(store.db)
      expect((await canonicalDump(store.db)).rollups).toEqual(kept)
    })

    it('answers dyad timelines and actor summaries from the totals exactly as from the story events', async () => {
      const read = readModel(store)
      const all = await read.graphEvents({})
      const dates = all
        .map((e) => e.date?.slice(0, 10))
        .filter((d): d is string => !!d)
        .sort()
      const mid = dates[Math.floor(dates.length / 2)]!
      const windows = [
        {},
        { from: mid },
        { to: mid },
        { from: dates[0], to: mid },
        { from: mid, to: '2100-01-01' },
      ]
      const pairs = new Set(all.filter((e) => e.target).map((e) => `${e.source}|${e.target}`))
      let checked = 0
      for (const pair of pairs) {
        const [a, b] = pair.split('|') as [string, string]
        for (const w of windows)
          for (const by of ['day', 'week', 'month'] as const)
            for (const ordered of [false, true]) {
              const q = { a, b, by, ordered, ...w }
              expect(await read.dyadTimeline(q), JSON.stringify(q)).toEqual(dyadTimeline(all, q))
              checked++
            }
      }
      for (const actor of new Set(all.flatMap((e) => [e.source, e.target ?? e.source])))
        for (const w of windows) {
          const q = { actor, limit: 50, ...w }
          expect(await read.actorSummary(q), JSON.stringify(q)).toEqual(actorSummary(all, q))
        }
      expect(checked).toBeGreaterThan(100)
      expect(await read.actorSummary({ actor: 'XXX' })).toBeNull()
    })

    it('GET /api/stats reports what the store holds, with its date range', async () => {
      const s = await get<StatsResponse>('/api/stats')
      const direct = await stats(store.db)
      expect([s.pages, s.articles, s.stories, s.events]).toEqual([
        direct.pages,
        direct.articles,
        direct.stories,
        direct.events,
      ])
      expect(s.firstDate! <= s.lastDate!).toBe(true)
    })

    it('GET /api/events counts an event once per story however many pages repeat it, and pages through them', async () => {
      const all = await get<EventsResponse>('/api/events?limit=500')
      expect(all.total).toBe((await stats(store.db)).events)
      expect(all.items).toHaveLength(all.total)
      const keys = all.items.map((e) => `${e.story}|${e.source}|${e.target}|${e.type}|${e.polarity}`)
      expect(new Set(keys).size).toBe(keys.length)
      // Newest first; pages do not overlap.
      const dates = all.items.map((e) => e.date ?? '')
      expect([...dates].sort().reverse()).toEqual(dates)
      const p1 = await get<EventsResponse>('/api/events?limit=2&offset=0')
      const p2 = await get<EventsResponse>('/api/events?limit=2&offset=2')
      expect(p1.items.map((e) => e.id)).toEqual(all.items.slice(0, 2).map((e) => e.id))
      expect(p2.items.map((e) => e.id)).toEqual(all.items.slice(2, 4).map((e) => e.id))
    })

    it('reads every event by key in pages, as exports do: the same events as the list, each once', async () => {
      const read = readModel(store)
      for (const filter of [{}, { actor: 'RUS' }, { type: 'SANCTION' }, { q: 'diplomaten' }]) {
        const listed = await read.events(filter, 1000, 0)
        const paged: number[] = []
        for (let after: number | null = null; ;) {
          const items = await read.eventsAfter(filter, after, 3)
          paged.push(...items.map((e) => e.id))
          if (items.length < 3) break
          after = items[items.length - 1]!.id
        }
        if (Object.keys(filter).length === 0) expect(listed.total).toBeGreaterThan(6)
        expect(paged).toHaveLength(listed.total)
        expect(paged).toEqual([...paged].sort((x, y) => x - y))
        expect([...paged].sort()).toEqual(listed.items.map((e) => e.id).sort())
      }
    })

    it('GET /api/events filters by actor, type and dates', async () => {
      const r = await get<EventsResponse>('/api/events?actor=RUS&type=SANCTION')
      expect(r.total).toBeGreaterThan(0)
      for (const e of r.items) {
        expect(e.type).toBe('SANCTION')
        expect([e.source, e.target]).toContain('RUS')
      }
      const all = await get<EventsResponse>('/api/events?limit=500')
      const day = all.items.find((e) => e.date)!.date!.slice(0, 10)
      const onDay = await get<EventsResponse>(`/api/events?from=${day}&to=${day}&limit=500`)
      expect(onDay.items.length).toBe(all.items.filter((e) => e.date?.slice(0, 10) === day).length)
    })

    it('GET /api/events?q= searches the articles with Dutch stemming', async () => {
      // The corpus says "diplomaten"; the query asks for one "diplomaat".
      const r = await get<EventsResponse>('/api/events?q=diplomaat')
      expect(r.total).toBeGreaterThan(0)
      const none = await get<EventsResponse>('/api/events?q=zonnebloemolie')
      expect(none.total).toBe(0)
    })

    it('GET /api/relations gives the dyad timeline, both directions or one', async () => {
      const r = await get<RelationsResponse>('/api/relations/RUS/NOR?by=day')
      expect(r.total.events).toBeGreaterThan(0)
      expect(r.names).toEqual({ RUS: 'Rusland', NOR: 'Noorwegen' })
      expect(r.points.map((p) => p.period)).toEqual([...r.points.map((p) => p.period)].sort())
      expect(r.points.reduce((n, p) => n + p.events, 0) + 0).toBeLessThanOrEqual(r.total.events)
      const one = await get<RelationsResponse>('/api/relations/NOR/RUS?ordered=true')
      const other = await get<RelationsResponse>('/api/relations/RUS/NOR?ordered=true')
      expect(one.total.events + other.total.events).toBe(r.total.events)
    })

    it('GET /api/actors/{code} ranks adversaries and partners; an unknown actor is 404', async () => {
      const a = await get<ActorResponse>('/api/actors/RUS')
      expect(a.name).toBe('Rusland')
      expect(a.adversaries.map((c) => c.actor)).toContain('NOR')
      expect(a.recent.length).toBeGreaterThan(0)
      const e = await get<ErrorResponse>('/api/actors/ZZZ', 404)
      expect(e.error.code).toBe('unknown_actor')
    })

    it('GET /api/graph gives nodes, edges and blocs of a window', async () => {
      const g = await get<GraphResponse>('/api/graph')
      const pair = g.edges.find((e) => e.a === 'NOR' && e.b === 'RUS')!
      expect(pair.conflict).toBeGreaterThan(0)
      expect(pair.scoreMean).toBeLessThan(0)
      expect(g.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['NOR', 'RUS']))
      for (const b of g.blocs) for (const m of b.members) expect(g.nodes.map((n) => n.id)).toContain(m)
      const empty = await get<GraphResponse>('/api/graph?from=1990-01-01&to=1990-12-31')
      expect([empty.nodes, empty.edges]).toEqual([[], []])
    })

    it('GET /api/changes names the ties that appeared between two windows', async () => {
      const s = await get<StatsResponse>('/api/stats')
      const r = await get<{ changes: { a: string; b: string; kind: string }[] }>(
        `/api/changes?beforeFrom=1990-01-01&beforeTo=1990-12-31&afterFrom=${s.firstDate}&afterTo=${s.lastDate}`,
      )
      const g = await get<GraphResponse>(`/api/graph?from=${s.firstDate}&to=${s.lastDate}`)
      expect(r.changes.map((c) => `${c.a}|${c.b}`).sort()).toEqual(g.edges.map((e) => `${e.a}|${e.b}`).sort())
      expect(new Set(r.changes.map((c) => c.kind))).toEqual(new Set(['new']))
      expect((await get<ErrorResponse>('/api/changes?beforeFrom=2025-01-01', 400)).error.code).toBe(
        'invalid_request',
      )
    })

    it('GET /api/articles/{id} gives the text with evidence and mention spans that point into it', async () => {
      const events = await get<EventsResponse>('/api/events?limit=500')
      for (const item of events.items.slice(0, 10)) {
        const a = await get<ArticleResponse>(`/api/articles/${item.article}`)
        const e = a.events.find((x) => x.id === item.id)!
        expect(a.text.slice(e.start, e.end)).toBe(e.evidence)
        for (const m of a.mentions) expect(m.start >= 0 && m.end <= a.text.length).toBe(true)
        expect(a.story!.sightings.map((s) => s.article)).toContain(a.id)
      }
      // A teaser repeated on several pages: its story lists every sighting.
      const many = await Promise.all(
        events.items.map((e) => get<ArticleResponse>(`/api/articles/${e.article}`)),
      )
      expect(Math.max(...many.map((a) => a.story!.sightings.length))).toBeGreaterThan(1)
      expect((await get<ErrorResponse>('/api/articles/999999', 404)).error.code).toBe('not_found')
    })

    it('answers bad input with 400 and the error shape, and unknown routes with 404', async () => {
      const bad = await get<ErrorResponse>('/api/events?from=yesterday', 400)
      expect(bad.error).toMatchObject({ status: 400, code: 'invalid_request' })
      expect(bad.error.message).toContain('from')
      expect((await get<ErrorResponse>('/api/events?type=DANCE', 400)).error.code).toBe('invalid_request')
      expect((await get<ErrorResponse>('/api/events?limit=100000', 400)).error.code).toBe('invalid_request')
      expect((await get<ErrorResponse>('/api/relations/rus/NOR', 400)).error.code).toBe('invalid_request')
      expect((await get<ErrorResponse>('/api/nothing', 404)).error.code).toBe('not_found')
    })

    it('POST /api/pages ingests a page with the bearer token, once', async () => {
      const page = portalPage(
        'trade',
        [],
        9,
        fullArticle(story('trade'), 'Een nieuwe eerste regel over handel.'),
      )
      const post = (auth?: string) =>
        app.request('/api/pages?name=posted.txt', {
          method: 'POST',
          body: page,
          headers: auth ? { authorization: auth } : {},
        })
      expect((await post()).status).toBe(401)
      expect((await post('Bearer wrong')).status).toBe(401)
      const before = await stats(store.db)
      const first = await post('Bearer sesame')
      expect(first.status).toBe(201)
      const report = (await first.json()) as { page: number; duplicate: boolean; articles: number }
      expect(report.duplicate).toBe(false)
      expect(report.articles).toBeGreaterThan(0)
      expect((await stats(store.db)).pages).toBe(before.pages + 1)
      const again = await post('Bearer sesame')
      expect(again.status).toBe(200)
      expect(((await again.json()) as { duplicate: boolean }).duplicate).toBe(true)
      expect((await stats(store.db)).pages).toBe(before.pages + 1)
      // Without a configured token writes are off altogether.
      const readOnly = createApp({ read: readModel(store) })
      const r = await readOnly.request('/api/pages?name=x.txt', { method: 'POST', body: page })
      expect(r.status).toBe(403)
    })
  })
})

describe('the OpenAPI document', () => {
  it('validates as OpenAPI 3.1 and lists exactly the API routes', async () => {
    const app = createApp({ read: {} as never })
    const doc = (await (await app.request('/openapi.json')).json()) as {
      openapi: string
      paths: Record<string, Record<string, unknown>>
    }
    const result = await new Validator().validate(doc as never)
    expect(result.errors ?? []).toEqual([])
    expect(result.valid).toBe(true)
    expect(doc.openapi).toBe('3.1.0')
    const documented = Object.entries(doc.paths)
      .flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`))
      .sort()
    const served = app.routes
      .filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL')
      .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`)
    expect([...new Set(served)].sort()).toEqual(documented)
  })
})
