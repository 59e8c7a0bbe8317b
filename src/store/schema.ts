// The store's one typed schema: a Kysely `Database` interface over the tables the migrations create. Times
// are ISO-8601 UTC strings (sortable as text on both dialects); lists are JSON text.

import type { Generated, Insertable, Selectable } from 'kysely'

export interface PagesTable {
  id: Generated<number>
  /** sha256 of the page's raw bytes: a page already stored is never stored again. */
  hash: string
  input: string
  name: string
  record: number | null
  url: string | null
  format: string
  encoding: string
  observed_at: string | null
  observed_at_source: string | null
  language: string | null
  title: string | null
  text: string
  article_count: number
  ingested_at: string
}

/** An article is also a sighting of its story: which page, when. */
export interface ArticlesTable {
  id: Generated<number>
  page_id: number
  /** Position of the article in its page (0 = first). */
  ordinal: number
  kind: string
  headline: string | null
  /** JSON list of places. */
  dateline_places: string | null
  /** JSON list of agencies. */
  agencies: string | null
  body_start: number
  body_end: number
  lead: string
  /** The article's text (its paragraphs), what story matching compares. */
  text: string
  age_text: string | null
  age_from: string | null
  age_to: string | null
  published: string | null
  language: string | null
  /** When this sighting happened: the page's crawl time, else the article's own date. */
  seen_at: string | null
  story_id: number | null
}

export interface MentionsTable {
  id: Generated<number>
  article_id: number
  span_start: number
  span_end: number
  text: string
  code: string | null
  kind: string
  rule: string
  person: string | null
}

export interface EventsTable {
  id: Generated<number>
  article_id: number
  type: string
  mode: string | null
  source: string | null
  target: string | null
  polarity: string
  modality: string
  evidence_start: number
  evidence_end: number
  evidence_text: string
  cue_text: string
  attribution_text: string | null
  attribution_code: string | null
  /** JSON list of PLOVER contexts. */
  context: string
  quad: number
  score: number
  cameo: string
  goldstein: number
  mapping_version: number
  /** Where the event happened (src/places): null when neither its sentence nor a dateline placed it. */
  place_name: string | null
  place_text: string | null
  place_start: number | null
  place_end: number | null
  place_precision: string | null
  place_feature: string | null
  place_country: string | null
  place_lat: number | null
  place_lon: number | null
}

export interface StoriesTable {
  id: Generated<number>
  first_seen: string | null
}

/** LSH band keys (and lead and exact keys) of each article, indexed by key for candidate search. */
export interface FingerprintsTable {
  article_id: number
  band: number
  key: string
}

/** A story's events counted once: distinct (source, target, type, polarity) over its articles (a view). */
export interface StoryEventsView {
  story_id: number
  source: string | null
  target: string | null
  type: string
  polarity: string
}

/** PostgreSQL only: pages read by `enqueue`, waiting for a worker. */
export interface QueueTable {
  id: Generated<number>
  hash: string
  /** The page as read (JSON), before the pipeline ran. */
  payload: string
  enqueued_at: Generated<Date>
  claimed_by: string | null
  claimed_at: Date | null
  attempts: Generated<number>
  done_at: Date | null
  /** Why processing failed, for an item done without a stored page. */
  error: string | null
}

/** Story events stored grouped (see refreshStoryEvents): one row per (story, source, target, type, polarity). */
export interface StoryEventRowsTable {
  story_id: number
  source: string | null
  target: string | null
  type: string
  polarity: string
  modality: string
  quad: number
  score: number
  goldstein: number
  /** The first event row of the group, for lists and evidence. */
  event_id: number
  /** The story's first-seen time. */
  date: string | null
}

/** Per-day totals of story events (see repositories/rollups.ts); '' stands for no target or no date. */
export interface RollupEventsTable {
  source: string
  target: string
  day: string
  type: string
  quad: number
  polarity: string
  modality: string
  events: number
  score: number
  goldstein: number
}

/** Per unordered pair (lo < hi) and day: stories with events only lo → hi, only hi → lo, or both. */
export interface RollupDyadStoriesTable {
  lo: string
  hi: string
  day: string
  ab: number
  ba: number
  abba: number
}

/** Per actor and day: the stories in which it is source or target. */
export interface RollupActorStoriesTable {
  actor: string
  day: string
  stories: number
}

export interface Database {
  pages: PagesTable
  articles: ArticlesTable
  mentions: MentionsTable
  events: EventsTable
  stories: StoriesTable
  fingerprints: FingerprintsTable
  story_events: StoryEventsView
  story_event_rows: StoryEventRowsTable
  rollup_events: RollupEventsTable
  rollup_dyad_stories: RollupDyadStoriesTable
  rollup_actor_stories: RollupActorStoriesTable
  queue: QueueTable
}

export type PageRow = Selectable<PagesTable>
export type NewArticle = Insertable<ArticlesTable>
export type NewMention = Insertable<MentionsTable>
export type NewEvent = Insertable<EventsTable>
export type NewFingerprint = Insertable<FingerprintsTable>
