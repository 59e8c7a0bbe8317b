// The bulk inserts against the plain paths they replace: PostgreSQL's COPY stores what the multi-row
// statements store, text with COPY's special characters included, inside the caller's transaction; and both
// dialects hand back every row's id in row order.

import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createDefaultPipeline } from '../../index.js'
import { corpus, readCorpusPage } from '../../../test/helpers/corpus.js'
import { tempDir } from '../../../test/helpers/build.js'
import { dropSchemas, pgAvailable, pgSchemaUrl } from '../../../test/helpers/pg.js'
import { canonicalDump } from '../repositories/dump.js'
import { storePages } from '../repositories/pages.js'
import { openStore, type Store } from './index.js'
import { insertJson, insertMultiRow } from './insert.js'

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
  it('stores by COPY the same rows as multi-row insert statements and the JSON document', async () => {
    const fast = await openStore(pgSchemaUrl('insert_copy'))
    const plain = await openStore(pgSchemaUrl('insert_values'))
    const json = await openStore(pgSchemaUrl('insert_json'))
    try {
      await storeAll(fast)
      await storeAll({
        ...plain,
        insertRows: (trx, table, rows, ids) => insertMultiRow(trx, table, rows, !!ids),
      })
      await storeAll({ ...json, insertRows: (trx, table, rows, ids) => insertJson(trx, table, rows, !!ids) })
      const dump = await canonicalDump(fast.db)
      expect(dump.pages).toHaveLength(24)
      expect(dump.rollups.length).toBeGreaterThan(0)
      expect(dump).toEqual(await canonicalDump(plain.db))
      expect(dump).toEqual(await canonicalDump(json.db))
    } finally {
      await fast.close()
      await plain.close()
      await json.close()
    }
  })

  // Written for this test: every character COPY's text format treats specially, a literal \N, and nulls.
  const awkward = [
    'tab\there',
    'two\nlines',
    'carriage\r\nreturn',
    'back\\slash and \\N',
    '\\N',
    'Curaçao – “quotes” 🙂',
    '',
  ]
  const rowsOf = () =>
    awkward.map((text, i) => ({
      story_id: i + 1,
      source: text,
      target: i % 2 ? null : text,
      type: 'CONSULT',
      polarity: 'asserted',
      modality: 'actual',
      quad: i,
      score: i / 3,
      goldstein: -(i + 0.25),
      event_id: 1000 + i,
      date: i === 3 ? null : `2025-03-0${i + 1}`,
    }))

  it('keeps text with tabs, line ends, backslashes and \\N as it was, and nulls as null', async () => {
    const store = await openStore(pgSchemaUrl('insert_awkward'))
    try {
      await store.db.transaction().execute((trx) => store.insertRows(trx, 'story_event_rows', rowsOf()))
      const back = await store.db.selectFrom('story_event_rows').selectAll().orderBy('story_id').execute()
      expect(back.map((r) => ({ ...r, story_id: Number(r.story_id), event_id: Number(r.event_id) }))).toEqual(
        rowsOf(),
      )
    } finally {
      await store.close()
    }
  })

  it('fails a batch whose rows the server refuses, and leaves the connection fit for the next one', async () => {
    const store = await openStore(pgSchemaUrl('insert_refused'))
    try {
      const bad = rowsOf().map((r, i) => (i === 5 ? { ...r, quad: 'not a number' as unknown as number } : r))
      await expect(
        store.db.transaction().execute((trx) => store.insertRows(trx, 'story_event_rows', bad)),
      ).rejects.toThrow(/integer/)
      await store.db.transaction().execute((trx) => store.insertRows(trx, 'story_event_rows', rowsOf()))
      expect(await store.db.selectFrom('story_event_rows').selectAll().execute()).toHaveLength(awkward.length)
    } finally {
      await store.close()
    }
  })

  it("writes on the transaction's own connection: rows copied in a batch that fails are gone", async () => {
    const store = await openStore(pgSchemaUrl('insert_atomic'))
    try {
      await expect(
        store.db.transaction().execute(async (trx) => {
          await store.insertRows(trx, 'story_event_rows', rowsOf())
          await store.insertRows(trx, 'stories', [{ first_seen: null }], true)
          // Seen inside the transaction...
          const inside = await trx.selectFrom('story_event_rows').select('story_id').execute()
          expect(inside).toHaveLength(awkward.length)
          throw new Error('the batch fails after its rows were copied')
        }),
      ).rejects.toThrow('the batch fails')
      // ...and rolled back with it.
      expect(await store.db.selectFrom('story_event_rows').selectAll().execute()).toEqual([])
      expect(await store.db.selectFrom('stories').selectAll().execute()).toEqual([])
    } finally {
      await store.close()
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
