// The ingest service's overlap of the pipeline with storing: the next batch is processed while the last is
// stored, but not while that batch holds the story lock, which every other writer of the store waits for.

import { afterAll, describe, expect, it } from 'vitest'
import { createDefaultPipeline } from '../index.js'
import type { Pipeline } from '../core/pipeline.js'
import { corpus, readCorpusPage } from '../../test/helpers/corpus.js'
import { dropSchemas, pgAvailable, pgSchemaUrl } from '../../test/helpers/pg.js'
import { openStore } from '../store/dialects/index.js'
import { Ingestor } from './service.js'

afterAll(dropSchemas)

const real = createDefaultPipeline()

// The corpus four times over, each copy with its own crawl times and last line: 48 distinct pages.
const pages = () =>
  [0, 1, 2, 3].flatMap((k) =>
    corpus().map((p) =>
      readCorpusPage({
        ...p,
        name: `${k}-${p.name}`,
        observedAt: new Date(Date.parse(p.observedAt) + k * 86_400_000).toISOString(),
        text: `${p.text}\nBijgewerkt om ${10 + k}.00 uur\n`,
      }),
    ),
  )

describe.skipIf(!pgAvailable)('the ingest service on PostgreSQL', () => {
  it('runs no page through the pipeline while a batch holds the story lock', async () => {
    const store = await openStore(pgSchemaUrl('ingest_lock'))
    const log: string[] = []
    const pipeline = {
      run(page) {
        log.push('run')
        return real.run(page)
      },
    } as Pipeline
    const lockStories = store.lockStories
    store.lockStories = async (trx) => {
      // Wait for the next batch's pipeline to have run a page (a batch of the test's small pages may
      // otherwise reach the lock first), so the test sees the overlap it keeps outside the lock.
      const runs = log.length
      const until = Date.now() + 1000
      while (log.length === runs && Date.now() < until) await new Promise((r) => setImmediate(r))
      await lockStories(trx)
      log.push('locked')
    }
    const ingestor = new Ingestor(store, pipeline, {
      beforeCommit: async () => {
        log.push('commit')
      },
    })
    try {
      const all = pages()
      for (let i = 0; i < all.length; i += 16) await ingestor.send(all.slice(i, i + 16), {}, 16)
      await ingestor.flush()
      expect(ingestor.report.stored).toBe(48)
      expect(log.filter((e) => e === 'locked')).toHaveLength(3)
      // The pipeline did run while batches were stored, before they took the lock...
      expect(log.join(' ')).toContain('run locked')
      // ...and never between a batch taking the lock and its commit.
      const inLock = log.join(' ').match(/locked( \w+)*? commit/g) ?? []
      expect(inLock).toHaveLength(3)
      for (const span of inLock) expect(span).toBe('locked commit')
    } finally {
      await ingestor.close()
      await store.close()
    }
  })
})
