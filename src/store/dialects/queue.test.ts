// The job queue on PostgreSQL (pg-boss): pages queued once by hash, a failing page retried and then listed as
// a dead letter with its error, and feed polls kept to one waiting poll per feed.

import { afterAll, describe, expect, it } from 'vitest'
import { readText } from '../../sources/text.js'
import { dropSchemas, pgAvailable, pgSchemaUrl } from '../../../test/helpers/pg.js'
import { openStore } from './index.js'
import { parsePostgresUrl } from './postgres.js'
import { openQueue } from './queue.js'

afterAll(dropSchemas)

const page = (text: string) => readText(Buffer.from(text), { input: 'q.txt', name: 'q.txt' })

describe.skipIf(!pgAvailable)('the job queue', () => {
  it('queues a page once, retries a failing one, then keeps it as a dead letter with its error', async () => {
    const url = pgSchemaUrl('queue')
    const store = await openStore(url)
    const { connectionString, schema } = parsePostgresUrl(url)
    // One retry after a second, so the test does not wait out the real backoff.
    const queue = (await openQueue(connectionString, schema, false, { retryLimit: 1, retryDelay: 1 }))!
    try {
      const p = page('OSLO (ANP) - Noorwegen en Zweden werken samen.')
      expect(await queue.addPages([p], 60)).toBe(1)
      expect(await queue.addPages([p], 60)).toBe(0)
      const [job] = await queue.takePages(5)
      expect(job!.data.hash).toBe(p.hash)
      await queue.failPages([job!.id], 'the pipeline failed')
      expect(await queue.counts()).toMatchObject({ queued: 1, retrying: 1, active: 0, dead: 0 })
      let again = await queue.takePages(5)
      for (let i = 0; again.length === 0 && i < 50; i++) {
        await new Promise((r) => setTimeout(r, 100))
        again = await queue.takePages(5)
      }
      expect(again.map((j) => j.id)).toEqual([job!.id])
      await queue.failPages([job!.id], 'the pipeline failed again')
      expect(await queue.counts()).toMatchObject({ queued: 0, active: 0, done: 0, dead: 1 })
      expect(await queue.deadLetters(10)).toEqual([{ name: 'q.txt', error: 'the pipeline failed again' }])

      // Feed polls: of two schedules for one feed, one waits.
      await queue.scheduleFeed({ url: 'http://127.0.0.1/feed' }, 0)
      await queue.scheduleFeed({ url: 'http://127.0.0.1/feed' }, 0)
      const polls = await queue.takeFeeds(10)
      expect(polls.map((j) => j.data.url)).toEqual(['http://127.0.0.1/feed'])
    } finally {
      await queue.close()
      await store.close()
    }
  }, 60_000)
})
