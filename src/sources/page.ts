// Build a Page from decoded text: the one constructor every reader uses.

import { createHash } from 'node:crypto'
import type { ObservedAtSource, Page, PageFormat, PageMeta, PageSource } from '../core/doc.js'
import type { Message } from '../core/message.js'

export interface ReadOptions {
  /** Crawl time given by the user (ISO), applied when the container gives none. */
  observedAt?: string | null
  observedAtSource?: ObservedAtSource
}

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex')
}

export function makePage(init: {
  source: PageSource
  format: PageFormat
  bytes: Uint8Array | string
  text: string
  encoding: string
  messages?: Message[]
  meta?: PageMeta
  observedAt?: string | null
  observedAtSource?: ObservedAtSource
}): Page {
  const observedAt = init.observedAt ?? null
  return {
    source: init.source,
    format: init.format,
    hash: sha256(init.bytes),
    encoding: init.encoding,
    text: init.text,
    observedAt,
    observedAtSource: observedAt ? (init.observedAtSource ?? null) : null,
    meta: init.meta ?? {},
    language: null,
    articles: [],
    messages: init.messages ?? [],
  }
}
