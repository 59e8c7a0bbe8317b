// What the API reads: the queries a store answers. The store implements it once over Kysely for SQLite and
// PostgreSQL; routes and CLI commands only call these functions.

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

export interface ReadModel {
  stats(): Promise<StatsResponse>
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

/** What ingesting one page through the API reports. */
export interface IngestReport {
  page: number | null
  duplicate: boolean
  articles: number
  events: number
}

export type PageIngester = (page: { bytes: Uint8Array; name: string; url?: string }) => Promise<IngestReport>
