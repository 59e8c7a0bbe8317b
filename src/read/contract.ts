// The shapes the HTTP API returns: one place that the server, the dashboard (web/) and the tests share.
// Every list is paged; every span is a half-open character range into the `text` it comes with.

import type { ActorSummary } from '../graph/actors.js'
import type { DyadTimeline, Period } from '../graph/aggregate.js'
import type { Bloc, Edge } from '../graph/blocs.js'
import type { EventPlace } from '../core/doc.js'

export type { ActorSummary, Bloc, DyadTimeline, Edge, Period }

/** GET /api/stats */
export interface StatsResponse {
  pages: number
  articles: number
  stories: number
  mentions: number
  events: number
  eventsByType: Record<string, number>
  /** Earliest and latest story date, for the time-window control. */
  firstDate: string | null
  lastDate: string | null
}

/** GET /api/graph?from&to */
export interface GraphResponse {
  from: string | null
  to: string | null
  /**
   * Actors with ties in the window. `events` counts every asserted event of the actor, as `actor` and the
   * actor list do (so it can exceed the sum of its edges); `selfLoops`, of those, the ones it did to itself.
   */
  nodes: { id: string; name: string; events: number; selfLoops: number }[]
  edges: Edge[]
  blocs: Bloc[]
}

/** GET /api/actors/{code}?from&to */
export interface ActorResponse extends ActorSummary {
  name: string
  recent: EventItem[]
}

/** GET /api/relations/{a}/{b}?from&to&by&ordered */
export type RelationsResponse = DyadTimeline & { names: Record<string, string> }

export interface EventItem {
  id: number
  story: number | null
  article: number
  /** The story's date (first seen) or the article's own date; null when unknown. */
  date: string | null
  source: string | null
  target: string | null
  type: string
  mode: string | null
  polarity: 'asserted' | 'negated'
  modality: 'actual' | 'intended' | 'hypothetical' | 'alleged'
  quad: number
  score: number
  goldstein: number
  evidence: string
  cue: string
  attribution: string | null
  headline: string | null
  lead: string
  /** Where it happened (see EventPlace in src/core/doc.ts), or null. */
  place: EventItemPlace | null
}

/** An event's place as the API gives it: the words as written, the place they name and its precision. */
export type EventItemPlace = Omit<EventPlace, 'span'>

/** GET /api/events?actor&a&b&type&polarity&modality&from&to&q&country&bbox&limit&offset */
export interface EventsResponse {
  total: number
  limit: number
  offset: number
  items: EventItem[]
}

/** GET /api/articles/{id}: spans are relative to `text`, the article from headline to last body character. */
export interface ArticleResponse {
  id: number
  kind: 'main' | 'teaser'
  headline: string | null
  dateline: string[]
  agencies: string[]
  date: string | null
  text: string
  mentions: { start: number; end: number; code: string | null; kind: string }[]
  events: (EventItem & { start: number; end: number })[]
  page: { id: number; name: string; url: string | null; observedAt: string | null }
  story: { id: number; firstSeen: string | null; sightings: Sighting[] } | null
}

export interface Sighting {
  article: number
  page: number
  pageName: string
  url: string | null
  seenAt: string | null
}

/** Every error: a status and a machine-readable code. */
export interface ErrorResponse {
  error: { status: number; code: string; message: string }
}
