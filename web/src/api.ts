// The dashboard's only window on the data: typed GETs to the same-origin API (`/api/...`), with the API's
// error JSON turned into an ApiError the views show. Shapes come from src/read/contract.ts.

import type {
  ActorResponse,
  ArticleResponse,
  ErrorResponse,
  EventsResponse,
  GraphResponse,
  RelationsResponse,
  StatsResponse,
} from '../../src/read/contract.js'
import type { EventItem } from '../../src/read/contract.js'
import { apiQuery, type By, type EventFilters, type Window } from './route.js'

export type {
  ActorResponse,
  ArticleResponse,
  EventItem,
  EventsResponse,
  GraphResponse,
  RelationsResponse,
  StatsResponse,
} from '../../src/read/contract.js'

/** Lists are always paged; the dashboard never asks for more than this many rows at once. */
export const PAGE = 50

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

function isErrorResponse(x: unknown): x is ErrorResponse {
  const e = (x as ErrorResponse | null)?.error
  return !!e && typeof e === 'object' && typeof e.message === 'string'
}

async function get<T>(
  path: string,
  params: Parameters<typeof apiQuery>[0],
  signal?: AbortSignal,
): Promise<T> {
  let res: Response
  try {
    res = await fetch(`/api/${path}${apiQuery(params)}`, { signal, headers: { accept: 'application/json' } })
  } catch (e) {
    if (signal?.aborted) throw e
    throw new ApiError(0, 'network', `The API did not answer (${(e as Error).message}).`)
  }
  let body: unknown = null
  try {
    body = await res.json()
  } catch {
    if (res.ok)
      throw new ApiError(res.status, 'bad_json', 'The API answered with something that is not JSON.')
  }
  if (!res.ok) {
    if (isErrorResponse(body)) throw new ApiError(body.error.status, body.error.code, body.error.message)
    throw new ApiError(res.status, 'http', `The API answered ${res.status} ${res.statusText}.`)
  }
  return body as T
}

/** The store's counts; with a window, its stories and events are those dated in the window. */
export const getStats = (w: Window, signal?: AbortSignal) =>
  get<StatsResponse>('stats', { from: w.from, to: w.to }, signal)

export const getGraph = (w: Window, signal?: AbortSignal) =>
  get<GraphResponse>('graph', { from: w.from, to: w.to }, signal)

export const getActor = (code: string, w: Window, signal?: AbortSignal) =>
  get<ActorResponse>(`actors/${encodeURIComponent(code)}`, { from: w.from, to: w.to }, signal)

export const getRelations = (a: string, b: string, by: By, w: Window, signal?: AbortSignal) =>
  get<RelationsResponse>(
    `relations/${encodeURIComponent(a)}/${encodeURIComponent(b)}`,
    { by, ordered: false, from: w.from, to: w.to },
    signal,
  )

export interface EventQuery extends EventFilters {
  a?: string
  b?: string
}

export const getEvents = (q: EventQuery, offset: number, signal?: AbortSignal) =>
  get<EventsResponse>(
    'events',
    {
      actor: q.actor,
      a: q.a,
      b: q.b,
      type: q.type,
      polarity: q.polarity,
      modality: q.modality,
      from: q.from,
      to: q.to,
      q: q.q,
      country: q.country,
      limit: PAGE,
      offset,
    },
    signal,
  )

/** The map reads events in larger pages, up to this many in all (the API's page limit is 500). */
export const MAP_PAGE = 500
export const MAP_MAX = 2000

/** Every event the filters select, up to MAP_MAX (the map's points): pages of MAP_PAGE. */
export async function getMapEvents(
  q: EventFilters,
  signal?: AbortSignal,
): Promise<{ total: number; items: EventItem[] }> {
  const items: EventItem[] = []
  let total = 0
  for (let offset = 0; offset < MAP_MAX; offset += MAP_PAGE) {
    const page = await get<EventsResponse>('events', { ...q, limit: MAP_PAGE, offset }, signal)
    total = page.total
    items.push(...page.items)
    if (items.length >= total || page.items.length < MAP_PAGE) break
  }
  return { total, items }
}

export const getArticle = (id: number, signal?: AbortSignal) =>
  get<ArticleResponse>(`articles/${id}`, {}, signal)
