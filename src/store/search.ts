// Full-text search over articles with Dutch stemming, on both dialects: PostgreSQL's `dutch` text search
// configuration (Snowball) over an expression index, and on SQLite an FTS5 table of the same Snowball
// stems (computed here, since FTS5 has no Dutch stemmer). The index and its match are the dialect's
// (src/store/dialects); the SQLite index catches up with new articles before each search, so ingest needs
// no change and a crash leaves nothing half-indexed.

import { DEFAULT_PACK } from '../locales/index.js'
import { normalizeWords } from '../stories/fingerprint.js'
import type { Store } from './dialects/types.js'

/**
 * Lowercase words without diacritics, stemmed by the default language pack's stemmer (Dutch): what SQLite's
 * index holds and a query looks for. One stemmer for every article, since a query's language is unknown.
 */
export function searchStems(text: string): string[] {
  return normalizeWords(text).map((w) => DEFAULT_PACK.stem(w))
}

// One catch-up at a time per store: the server starts several requests per turn, and their searches would
// otherwise all find the same articles missing and insert them twice.
const syncing = new WeakMap<Store, Promise<number>>()

/** Adds the articles the index lacks (a no-op on PostgreSQL). Concurrent calls share one catch-up. */
export function syncFullText(store: Store): Promise<number> {
  let running = syncing.get(store)
  if (!running) {
    running = store.dialect.catchUpFullText(store.db).finally(() => syncing.delete(store))
    syncing.set(store, running)
  }
  return running
}
