// One truth for numbers, on SQLite and on PostgreSQL: the CLI (`actors`, `actor`, `events`, `stats`,
// `relations`) and the API the dashboard reads (/api/graph, /api/actors, /api/stats) count the same events
// for the same actor, window and filters; self-loops count once and are shown apart; a window changes the
// header counts; undated events come last on both stores; and actors are taken by code or by name.

import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../src/api/app.js'
import type { EventItem, GraphResponse, StatsResponse } from '../../src/read/contract.js'
import { openStore, type Store } from '../../src/store/dialects/index.js'
import { readModel } from '../../src/store/read.js'
import { tempDir } from '../helpers/build.js'
import { dropSchemas, pgAvailable, pgSchemaUrl } from '../helpers/pg.js'

const cli = 'dist/cli/main.js'
const env = () => {
  const e = { ...process.env }
  delete e.ENTENTE_DB
  return e
}
const run = (args: string[]) => spawnSync('node', [cli, ...args], { encoding: 'utf8', env: env() })
const json = <T>(args: string[]): T => {
  const r = run([...args, '--json'])
  expect(r.status, r.stderr).toBe(0)
  return JSON.parse(r.stdout) as T
}

interface ActorRow {
  code: string
  name: string
  events: number
  selfLoops: number
  stories: number
}
interface Timeline {
  total: { events: number; negated: number; alleged: number; hypothetical: number }
  points: { events: number; negated: number }[]
  undated: number
  undatedTally: { events: number; negated: number; alleged: number; hypothetical: number }
}

/** The event list of each store, to compare their order. */
const lists = new Map<string, string[]>()

const stores: [string, () => string][] = [
  ['SQLite', () => join(tempDir(), 'truth.db')],
  ['PostgreSQL', () => pgSchemaUrl('truth')],
]

afterAll(dropSchemas)

describe.each(stores)('one truth on %s', (kind, locate) => {
  const skip = kind === 'PostgreSQL' && !pgAvailable
  let db = ''
  let store: Store
  let app: ReturnType<typeof createApp>
  beforeAll(async () => {
    if (skip) return
    db = locate()
    const r = run(['ingest', 'examples/pages', '--db', db])
    expect(r.status, r.stderr).toBe(0)
    store = await openStore(db)
    app = createApp({ read: readModel(store) })
  }, 120_000)
  afterAll(async () => {
    await store?.close()
  })
  const api = async <T>(path: string): Promise<T> => {
    const res = await app.request(path)
    expect(res.status, path).toBe(200)
    return (await res.json()) as T
  }

  it.skipIf(skip)(
    'actors lists codes, names and the event counts `actor` and the dashboard show',
    async () => {
      const { actors } = json<{ actors: ActorRow[] }>(['actors', '--db', db])
      expect(actors.find((a) => a.code === 'RUS')).toMatchObject({ name: 'Rusland' })
      const withLoops = actors.filter((a) => a.selfLoops > 0)
      expect(withLoops.length).toBeGreaterThan(0)
      const text = run(['actors', '--db', db]).stdout
      expect(text).toMatch(/^code\s+events\s+self\s+stories\s+name$/m)
      const graph = await api<GraphResponse>('/api/graph')
      const nodes = new Map(graph.nodes.map((n) => [n.id, n]))
      for (const a of [...actors.slice(0, 6), ...withLoops]) {
        const summary = json<{ total: { events: number }; selfLoops: number }>(['actor', a.code, '--db', db])
        expect([a.code, summary.total.events, summary.selfLoops]).toEqual([a.code, a.events, a.selfLoops])
        const fromApi = await api<{ total: { events: number } }>(`/api/actors/${a.code}`)
        expect(fromApi.total.events).toBe(a.events)
        const node = nodes.get(a.code)
        if (node) expect([node.events, node.selfLoops]).toEqual([a.events, a.selfLoops])
      }
      const looped = withLoops[0]!
      expect(run(['actor', looped.code, '--db', db]).stdout).toContain(
        `of these, ${looped.selfLoops} on itself`,
      )
      // A node is never smaller than its ties: self-loops and one-sided events are in it, not in an edge.
      for (const n of graph.nodes) {
        const ties = graph.edges.filter((e) => e.a === n.id || e.b === n.id).reduce((s, e) => s + e.events, 0)
        expect(n.events).toBeGreaterThanOrEqual(ties)
      }
    },
  )

  it.skipIf(skip)(
    'a window changes every count alike: stats, the event list, the API header, the actors',
    async () => {
      const w = ['--from', '2025-03-01', '--to', '2025-03-03']
      const all = json<StatsResponse>(['stats', '--db', db, ...w])
      const listed = json<{ total: number }>(['events', '--db', db, ...w])
      const header = await api<StatsResponse>('/api/stats?from=2025-03-01&to=2025-03-03')
      expect(all.events).toBe(listed.total)
      expect(header.events).toBe(listed.total)
      expect(header.stories).toBe(all.stories)
      const whole = await api<StatsResponse>('/api/stats')
      expect(whole.events).toBeGreaterThan(header.events)
      expect(run(['stats', '--db', db, ...w]).stdout).toContain(
        'stories and events dated 2025-03-01 .. 2025-03-03',
      )
      const { actors } = json<{ actors: ActorRow[] }>(['actors', '--db', db, ...w])
      const graph = await api<GraphResponse>('/api/graph?from=2025-03-01&to=2025-03-03')
      for (const n of graph.nodes) expect(n.events).toBe(actors.find((a) => a.code === n.id)?.events)
    },
  )

  it.skipIf(skip)('the API refuses impossible days as the CLI does, with 400', async () => {
    for (const day of ['2025-13-45', '2025-02-30', 'gisteren'])
      for (const path of ['/api/events?from=', '/api/stats?to=', '/api/graph?from=']) {
        const res = await app.request(`${path}${day}`)
        expect(res.status, `${path}${day}`).toBe(400)
      }
    expect((await app.request('/api/events?from=2024-02-29')).status).toBe(200)
  })

  it.skipIf(skip)('undated events come last, and the relations summary adds up', () => {
    const { items, total } = json<{ items: EventItem[]; total: number }>([
      'events',
      '--db',
      db,
      '--limit',
      '1000',
    ])
    expect(items.length).toBe(total)
    const firstUndated = items.findIndex((e) => e.date === null)
    expect(firstUndated).toBeGreaterThan(0)
    expect(items.slice(firstUndated).every((e) => e.date === null)).toBe(true)
    lists.set(
      kind,
      items.map((e) => `${e.date} ${e.type} ${e.source} ${e.target} ${e.evidence}`),
    )
    const loose = items.find((e) => e.date === null && e.target && e.target !== e.source)!
    const t = json<Timeline>(['relations', loose.source!, loose.target!, '--db', db])
    const sum = (k: 'events' | 'negated') => t.points.reduce((s, p) => s + p[k], 0) + t.undatedTally[k]
    expect(sum('events')).toBe(t.total.events)
    expect(sum('negated')).toBe(t.total.negated)
    const u = t.undatedTally
    expect(t.undated).toBe(u.events + u.negated + u.alleged + u.hypothetical)
    const text = run(['relations', loose.source!, loose.target!, '--db', db]).stdout
    expect(text).toMatch(/^ {2}no date +\d+ events/m)
    expect(text).not.toContain('in the total only')
  })

  it.skipIf(skip)(
    'actors are taken by code or by a Dutch or English name; an unknown one is an error',
    () => {
      const byCode = json<Timeline>(['relations', 'RUS', 'NOR', '--db', db])
      expect(byCode.total.events).toBeGreaterThan(0)
      expect(json<Timeline>(['relations', 'Rusland', 'Noorwegen', '--db', db])).toEqual(byCode)
      expect(json<Timeline>(['relations', 'Russia', 'nor', '--db', db])).toEqual(byCode)
      expect(json<Timeline>(['relations', 'russische federatie', 'Norway', '--db', db])).toEqual(byCode)
      const e = json<{ total: number }>(['events', '--actor', 'Rusland', '--db', db])
      expect(e.total).toBe(json<{ total: number }>(['events', '--actor', 'RUS', '--db', db]).total)
      // A code the knowledge base knows but the store lacks is no error: it has no events.
      const none = run(['relations', 'CHE', 'Zwitserland', '--db', db])
      expect(none.status).toBe(0)
      expect(none.stdout).toContain('no events between them')
      for (const [bad, hint] of [
        ['XYZ', '`entente actors` lists the actors in the store'],
        ['Ruslnd', 'did you mean RUS (Rusland)?'],
      ]) {
        const r = run(['relations', bad!, 'NOR', '--db', db])
        expect(r.status).toBe(2)
        expect(r.stdout).toBe('')
        expect(r.stderr.trim()).toBe(
          `entente: unknown actor "${bad}" for the first actor; ${hint!.replace(/^; /, '')}`,
        )
      }
    },
  )
})

describe.skipIf(!pgAvailable)('both stores', () => {
  it('list the same events in the same order, undated last', () => {
    expect(lists.get('SQLite')?.length).toBeGreaterThan(0)
    expect(lists.get('PostgreSQL')).toEqual(lists.get('SQLite'))
  })
})
