// DEV ONLY: answers the dashboard's API calls from the fixture world, computing aggregates with the same
// graph functions the server uses (src/graph), in the shapes of src/read/contract.ts.

import type {
  ActorResponse,
  ErrorResponse,
  EventsResponse,
  GraphResponse,
  RelationsResponse,
  StatsResponse,
} from '../../src/read/contract.js'
import { actorCounts, actorSummary } from '../../src/graph/actors.js'
import { dyadTimeline, inWindow, type GraphEvent, type Period } from '../../src/graph/aggregate.js'
import { edges, graphOf } from '../../src/graph/blocs.js'
import { NAMES, makeWorld } from './fixtures.js'

const world = makeWorld()
const graphEvents: GraphEvent[] = world.events
  .filter((e) => e.source)
  .map((e) => ({
    story: String(e.story),
    date: e.date,
    source: e.source!,
    target: e.target,
    type: e.type as GraphEvent['type'],
    quad: e.quad as GraphEvent['quad'],
    score: e.score,
    goldstein: e.goldstein,
    polarity: e.polarity,
    modality: e.modality,
  }))

const fail = (status: number, code: string, message: string): { status: number; body: ErrorResponse } => ({
  status,
  body: { error: { status, code, message } },
})

export function answer(method: string, url: string): { status: number; body: unknown } {
  if (method !== 'GET') return fail(405, 'method_not_allowed', 'Only GET.')
  const u = new URL(url, 'http://mock')
  const q = u.searchParams
  const parts = u.pathname.split('/').filter(Boolean)
  const from = q.get('from') ?? undefined
  const to = q.get('to') ?? undefined
  if (parts[0] === 'stats') {
    const dates = world.events.map((e) => e.date!).sort()
    const eventsByType: Record<string, number> = {}
    const inside = world.events.filter((e) => inWindow(e.date, from, to))
    for (const e of inside) eventsByType[e.type] = (eventsByType[e.type] ?? 0) + 1
    const body: StatsResponse = {
      pages: world.articles.reduce((n, a) => n + (a.story?.sightings.length ?? 1), 0),
      articles: world.articles.length,
      stories: world.articles.length,
      mentions: world.articles.reduce((n, a) => n + a.mentions.length, 0),
      events: inside.length,
      eventsByType,
      firstDate: dates[0] ?? null,
      lastDate: dates[dates.length - 1] ?? null,
    }
    return { status: 200, body }
  }
  if (parts[0] === 'graph') {
    const g = graphOf(
      edges(graphEvents, { from, to }),
      actorCounts(graphEvents, { from, to }),
      (id) => NAMES[id] ?? id,
    )
    const body: GraphResponse = {
      from: from ?? null,
      to: to ?? null,
      nodes: g.nodes.map(({ bloc: _, ...n }) => n),
      edges: g.edges,
      blocs: g.blocs,
    }
    return { status: 200, body }
  }
  if (parts[0] === 'actors' && parts[1]) {
    const code = parts[1].toUpperCase()
    if (!NAMES[code]) return fail(404, 'unknown_actor', `No actor ${code}.`)
    const recent = world.events
      .filter((e) => (e.source === code || e.target === code) && inWindow(e.date, from, to))
      .sort((x, y) => (y.date ?? '').localeCompare(x.date ?? '') || y.id - x.id)
      .slice(0, 10)
    const body: ActorResponse = {
      ...actorSummary(graphEvents, { actor: code, from, to }),
      name: NAMES[code]!,
      recent,
    }
    return { status: 200, body }
  }
  if (parts[0] === 'relations' && parts[1] && parts[2]) {
    const [a, b] = [parts[1].toUpperCase(), parts[2].toUpperCase()]
    const by = (q.get('by') ?? 'month') as Period
    if (!['day', 'week', 'month'].includes(by))
      return fail(400, 'bad_request', 'by must be day, week or month.')
    const t = dyadTimeline(graphEvents, { a, b, by, from, to, ordered: q.get('ordered') === 'true' })
    const body: RelationsResponse = { ...t, names: { [a]: NAMES[a] ?? a, [b]: NAMES[b] ?? b } }
    return { status: 200, body }
  }
  if (parts[0] === 'events') {
    const limit = Math.min(200, Number(q.get('limit') ?? 50))
    const offset = Number(q.get('offset') ?? 0)
    const actor = q.get('actor')
    const a = q.get('a')
    const b = q.get('b')
    const text = q.get('q')?.toLowerCase()
    const list = world.events
      .filter(
        (e) =>
          (!actor || e.source === actor || e.target === actor) &&
          (!a || !b || (e.source === a && e.target === b) || (e.source === b && e.target === a)) &&
          (!q.get('type') || e.type === q.get('type')) &&
          (!q.get('polarity') || e.polarity === q.get('polarity')) &&
          (!q.get('modality') || e.modality === q.get('modality')) &&
          inWindow(e.date, from, to) &&
          (!text || `${e.evidence} ${e.headline}`.toLowerCase().includes(text)),
      )
      .sort((x, y) => (y.date ?? '').localeCompare(x.date ?? '') || y.id - x.id)
    const body: EventsResponse = {
      total: list.length,
      limit,
      offset,
      items: list.slice(offset, offset + limit),
    }
    return { status: 200, body }
  }
  if (parts[0] === 'articles' && parts[1]) {
    const article = world.articles.find((x) => x.id === Number(parts[1]))
    return article ? { status: 200, body: article } : fail(404, 'not_found', `No article ${parts[1]}.`)
  }
  return fail(404, 'not_found', `No route ${u.pathname}.`)
}
