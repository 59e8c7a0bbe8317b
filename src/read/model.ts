// The read port: the queries a store answers. The store implements it once over Kysely for SQLite and
// PostgreSQL; API routes and CLI commands only call these functions. It lives apart from both sides so the
// arrows run api -> read <- store and the store never imports the API.

import type { ActorQuery, ActorSummary } from '../graph/actors.js'
import type { DyadQuery, DyadTimeline, GraphEvent } from '../graph/aggregate.js'
import type { Edge } from '../graph/blocs.js'
import type { ArticleResponse, EventItem, StatsResponse } from './contract.js'

export interface EventFilter {
  /** Either side. */
  actor?: string
  /** Both sides, in either order (or a acting on b when `ordered`). */
  a?: string
  b?: string
  ordered?: boolean
  type?: string
  polarity?: string
  modality?: string
  from?: string
  to?: string
  /** Full text over the article (Dutch stemming where the store has it). */
  q?: string
  /** Events placed in this state (ISO 3166-1 alpha-3). */
  country?: string
  /** Events placed in this box: west, south, east, north in degrees (west > east crosses the date line). */
  bbox?: [number, number, number, number]
}

/** An actor's events in a window, counted as everywhere: asserted story events it is source or target of. */
export interface ActorCount {
  code: string
  /** Asserted events with the actor on either side; one it does to itself counts once. */
  events: number
  /** Of those, the events with the actor on both sides (shown apart; never an edge of the graph). */
  selfLoops: number
  /** Stories with any event of the actor, whatever its standing. */
  stories: number
}

export interface Window {
  from?: string
  to?: string
}

export interface ReadModel {
  /** What the store holds; with a window, stories and events are those dated in it. */
  stats(window?: Window): Promise<StatsResponse>
  /** Every actor with events in the window (or only `actor`), by code. */
  actors(window: Window & { actor?: string }): Promise<ActorCount[]>
  /** Whether the store holds any event of the actor (a cheap look-up, for checking arguments). */
  hasActor(code: string): Promise<boolean>
  /** Asserted story events aggregated per unordered pair in the window. */
  edges(window: { from?: string; to?: string }): Promise<Edge[]>
  /** Story events (one per distinct event of a story) that match the filter, for aggregation. */
  graphEvents(filter: EventFilter): Promise<GraphEvent[]>
  /** A dyad's timeline, from the per-day totals the store keeps (equal to `dyadTimeline` over graphEvents). */
  dyadTimeline(q: DyadQuery): Promise<DyadTimeline>
  /** An actor's summary from the per-day totals (equal to `actorSummary`); null when it has no events. */
  actorSummary(q: ActorQuery): Promise<ActorSummary | null>
  /** Event rows for lists, newest first, paged. */
  events(filter: EventFilter, limit: number, offset: number): Promise<{ total: number; items: EventItem[] }>
  /**
   * Event rows in id order, the `limit` after id `after` (from the start when null): for exports, which read
   * every event page by page. Each page continues where the last ended, with no count and no offset, so a
   * whole export reads the store once.
   */
  eventsAfter(filter: EventFilter, after: number | null, limit: number): Promise<EventItem[]>
  article(id: number): Promise<ArticleResponse | null>
}
