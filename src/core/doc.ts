// The document that flows through every stage: a page, its decoded text and what each stage found in it.

import type { Message } from './message.js'
import type { Span } from './span.js'

export type PageFormat = 'text' | 'html' | 'warc' | 'wet' | 'rss' | 'atom'

/** Where the crawl time of a page came from. */
export type ObservedAtSource = 'warc' | 'flag' | 'file' | 'feed' | null

export interface PageSource {
  /** The input as the user named it (file path, `-` for stdin). */
  input: string
  /** The page's file name used for gold output and eval pairing. */
  name: string
  /** Position of the record inside a container (WARC record number, feed item), when there is one. */
  record?: number
  url?: string
}

export interface Page {
  source: PageSource
  format: PageFormat
  /** sha256 of the raw bytes of the page (the record payload for containers). */
  hash: string
  encoding: string
  /** The decoded text (after safe repairs); every span points into it. */
  text: string
  /** ISO time the page was crawled, or null when unknown. */
  observedAt: string | null
  observedAtSource: ObservedAtSource
  /** Title and metadata the container gave, e.g. an HTML <title> or feed item fields. */
  meta: PageMeta
  language: string | null
  articles: Article[]
  messages: Message[]
}

export interface PageMeta {
  title?: string
  /** The page's own publication date, as written by the source (ISO date, possibly month precision). */
  published?: string
  /** Items from a feed: their spans in `text` and their own metadata. */
  items?: FeedItemMeta[]
  /** Main-article body located by an HTML reader (Readability) when the text has no dateline. */
  mainText?: string
  /** The article's own headline from page metadata (JSON-LD, OpenGraph, <h1>), trusted above the text's shape. */
  headline?: string
  /** When the page says it was last changed (JSON-LD dateModified, article:modified_time). */
  modified?: string
  author?: string
  section?: string
}

export interface FeedItemMeta {
  span: Span
  title: string | null
  published: string | null
  url: string | null
  /** A teaser card on a section page, not an article of its own (default: main). */
  kind?: ArticleKind
}

export type ArticleKind = 'main' | 'teaser'

export interface Age {
  /** As written on the page: "14 minuten geleden". */
  text: string
  span: Span
  amount: number
  unit: 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year'
  /** The interval the age stands for, when the crawl time is known ("1 uur geleden" = 1 to 2 hours before). */
  interval: { from: string; to: string } | null
}

export interface Dateline {
  places: string[]
  agencies: string[]
  span: Span
}

export interface Article {
  kind: ArticleKind
  headline: string | null
  headlineSpan: Span | null
  dateline: Dateline | null
  /** The body without the dateline: from the first word after " - " to the last body character. */
  body: Span
  /** The body's lines without chrome inside it (photo credits, share buttons): the text later stages read. */
  paragraphs: Span[]
  age: Age | null
  /** The article's own publication date, only when the page states it. */
  published: string | null
  language: string | null
  /** First 8 whitespace-separated words of the body, as written. */
  lead: string
}

/** Where an event happened (the places stage, src/places): the most specific place its sentence names. */
export interface EventPlace {
  /** The gazetteer's name of the place (GeoNames' name, our Dutch form for seas and regions, or the state code). */
  name: string
  /** The words as written, and their span in the page text. */
  text: string
  span: Span
  /** city, region (also seas and straits), country, or dateline (no place in the sentence). */
  precision: 'city' | 'region' | 'country' | 'dateline'
  feature: 'city' | 'region' | 'sea' | 'strait' | 'country'
  /** ISO 3166-1 alpha-3 of the state the place lies in; null for seas and straits. */
  country: string | null
  lat: number
  lon: number
}
