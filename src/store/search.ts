// Full-text search over articles with Dutch stemming, on both dialects: PostgreSQL's `dutch` text search
// configuration (Snowball) over an expression index, and on SQLite an FTS5 table of the same Snowball
// stems (computed here, since FTS5 has no Dutch stemmer). The SQLite index catches up with new articles
// before each search, so ingest needs no change and a crash leaves nothing half-indexed.

import { stemmer } from '@orama/stemmers/dutch'
import { sql, type Expression, type SqlBool } from 'kysely'
import { normalizeWords } from '../stories/fingerprint.js'
import type { Store } from './dialects/types.js'

/** Lowercase words without diacritics, stemmed: what SQLite's index holds and a query looks for. */
export function dutchStems(text: string): string[] {
  return normalizeWords(text).map((w) => stemmer(w))
}

// One catch-up at a time per store: the server starts several requests per turn, and their searches would
// otherwise all find the same articles missing and insert them twice.
const syncing = new WeakMap<Store, Promise<number>>()

/** Adds the articles the SQLite index lacks; a no-op on PostgreSQL. Concurrent calls share one catch-up. */
export function syncFullText(store: Store): Promise<number> {
  if (store.dialect !== 'sqlite') return Promise.resolve(0)
  let running = syncing.get(store)
  if (!running) {
    running = catchUp(store).finally(() => syncing.delete(store))
    syncing.set(store, running)
  }
  return running
}

async function catchUp(store: Store): Promise<number> {
  let added = 0
  for (;;) {
    const last = await sql<{ n: number | null }>`select max(rowid) as n from articles_fts`.execute(store.db)
    const after = Number(last.rows[0]?.n ?? 0)
    const rows = await store.db
      .selectFrom('articles')
      .select(['id', 'headline', 'text'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(500)
      .execute()
    if (rows.length === 0) return added
    await store.db.transaction().execute(async (trx) => {
      for (const r of rows) {
        const body = dutchStems(`${r.headline ?? ''} ${r.text}`).join(' ')
        // "or replace": another process serving the same file may have indexed this article meanwhile.
        await sql`insert or replace into articles_fts (rowid, body) values (${r.id}, ${body})`.execute(trx)
      }
    })
    added += rows.length
  }
}

/** A condition on `a.id` (articles as a) that holds for articles matching every word of `q`. */
export function fullTextMatch(store: Store, q: string): Expression<SqlBool> {
  if (store.dialect === 'postgres') {
    return sql<SqlBool>`to_tsvector('dutch', coalesce(a.headline, '') || ' ' || a.text) @@ plainto_tsquery('dutch', ${q})`
  }
  const terms = dutchStems(q)
  // Each stem quoted: FTS5 syntax characters in the query are words, not operators.
  const match = terms.length ? terms.map((t) => `"${t.replace(/"/g, '""')}"`).join(' ') : '""'
  return sql<SqlBool>`a.id in (select rowid from articles_fts where articles_fts match ${match})`
}
