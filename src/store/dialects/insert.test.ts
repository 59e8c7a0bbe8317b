// The bulk inserts against the plain paths they replace: PostgreSQL's JSON-document insert stores what the
// multi-row statements store, and both dialects hand back every row's id in row order.

import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createDefaultPipeline } from '../../index.js'
import { corpus, readCorpusPage } from '../../../test/helpers/corpus.js'
import { tempDir } from '../../../test/helpers/build.js'
import { dropSchemas, pgAvailable, pgSchemaUrl } from '../../../test/helpers/pg.js'
import { canonicalDump } from '../repositories/dump.js'
import { storePages } from '../repositories/pages.js'
import { openStore, type Store } from './index.js'
import { insertMultiRow } from './insert.js'

afterAll(dropSchemas)

const pipeline = createDefaultPipeline()
// The corpus twice, the second copy with its own crawl times: repeated texts, stories that gain sightings.
const pages = () =>
  [0, 1].flatMap((k) =>
    corpus().map((p) =>
      pipeline.run(
        readCorpusPage({
          ...p,
          name: `${k}-${p.name}`,
          observedAt: new Date(Date.parse(p.observedAt) + k * 86_400_000).toISOString(),
          text: `${p.text}\nBijgewerkt om ${10 + k}.00 uur\n`,
        }),
      ),
    ),
  )

async function storeAll(store: Store): Promise<void> {
  const all = pages()
  for (let i = 0; i < all.length; i += 5) await storePages(store, all.slice(i, i + 5))
}

describe.skipIf(!pgAvailable)('the PostgreSQL bulk insert', () => {
  it('stores the same rows as multi-row insert statements', async () => {
    const fast = await openStore(pgSchemaUrl('insert_json'))
    const plain = await openStore(pgSchemaUrl('insert_values'))
    try {
      await storeAll(fast)
      await storeAll({
        ...plain,
        insertRows: (trx, table, rows, ids) => insertMultiRow(trx, table, rows, !!ids),
      })
      const dump = await canonicalDump(fast.db)
      expect(dump.pages).toHaveLength(24)
      expect(dump.rollups.length).toBeGreaterThan(0)
      expect(dump).toEqual(await canonicalDump(plain.db))
    } finally {
      await fast.close()
      await plain.close()
    }
  })
})

describe.each([
  { name: 'sqlite', skip: false, url: () => join(tempDir(), 'insert.db') },
  { name: 'postgres', skip: !pgAvailable, url: () => pgSchemaUrl('insert_ids') },
])('bulk insert ids on $name', ({ skip, url }) => {
  it.skipIf(skip)('come back in row order', async () => {
    const store = await openStore(url())
    try {
      const rows = Array.from({ length: 70 }, (_, i) => ({
        first_seen: `2025-01-01T00:00:${String(i).padStart(2, '0')}`,
      }))
      const ids = await store.db.transaction().execute((trx) => store.insertRows(trx, 'stories', rows, true))
      expect(new Set(ids).size).toBe(70)
      const stored = await store.db.selectFrom('stories').selectAll().execute()
      const seen = new Map(stored.map((s) => [s.id, s.first_seen]))
      expect(ids.map((id) => seen.get(id))).toEqual(rows.map((r) => r.first_seen))
    } finally {
      await store.close()
    }
  })
})
