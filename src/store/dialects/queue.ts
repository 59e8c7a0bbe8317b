// The job queue on PostgreSQL, through pg-boss (docs/decisions/0013-job-queue.md): pages that `enqueue` read,
// waiting for `work`, and feed polls that `watch` schedules so that one process polls a feed at a time.
// pg-boss keeps its tables in a schema of its own beside the store's, and brings retries with backoff,
// expiry of jobs held by a dead process, dead letters and graceful stops.

import { CompiledQuery, type Transaction } from 'kysely'
import pg from 'pg'
import PgBoss from 'pg-boss'
import type { Page } from '../../core/doc.js'
import type { Database } from '../schema.js'

const PAGES = 'entente_pages'
const DEAD = 'entente_pages_dead'
const FEEDS = 'entente_feeds'

/** Retries of a failing page before it goes to the dead letters; the wait (seconds) doubles each time. */
export const PAGE_RETRIES = { retryLimit: 3, retryDelay: 2, retryBackoff: true }

export interface QueueCounts {
  /** Waiting for a worker, retries waiting out their backoff included. */
  queued: number
  /** Of those, retries after a failure or a worker that died. */
  retrying: number
  /** Held by a worker now (or by one that died, until its lease runs out). */
  active: number
  done: number
  /** Pages that failed every attempt. */
  dead: number
}

export interface DeadLetter {
  name: string
  error: string
}

export interface Job<T> {
  id: string
  data: T
}

export interface JobQueue {
  /** Queue pages as read; a page queued before (same hash) is not queued again. Returns how many are new. */
  addPages(pages: Page[], leaseSeconds: number): Promise<number>
  /** Take up to `limit` pages. */
  takePages(limit: number): Promise<Job<Page>[]>
  /** Mark pages done, inside the transaction that stored them. */
  completePages(ids: string[], trx: Transaction<Database>): Promise<void>
  /** Give pages back as failed (inside a transaction, when given): retried after a backoff, then dead letters. */
  failPages(ids: string[], error: string, trx?: Transaction<Database>): Promise<void>
  /** Hand back the jobs of workers whose lease ran out. */
  expire(): Promise<void>
  counts(): Promise<QueueCounts>
  deadLetters(limit: number): Promise<DeadLetter[]>
  /** Schedule a poll of a feed after `seconds`, unless one is waiting already (any process). */
  scheduleFeed<T extends { url: string }>(state: T, seconds: number): Promise<void>
  /** Take feed polls that are due, each with the state its last poll left. */
  takeFeeds<T extends { url: string }>(limit: number): Promise<Job<T>[]>
  completeFeeds(ids: string[]): Promise<void>
  close(): Promise<void>
}

/** The queue's own schema beside the store's: `<schema>_queue`, or `entente_queue` for the default schema. */
export function queueSchema(storeSchema: string | null): string {
  return storeSchema && storeSchema !== 'public' ? `${storeSchema}_queue` : 'entente_queue'
}

/** The job id of a page: derived from its hash, so queueing it twice is a conflict pg-boss ignores. */
function pageJobId(hash: string): string {
  const h = hash
    .replace(/[^0-9a-f]/gi, '')
    .padEnd(32, '0')
    .slice(0, 32)
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`
}

/** The store's queue; with `existing`, null when no queue was ever made (so `stats` makes none). */
export async function openQueue(
  connectionString: string,
  storeSchema: string | null,
  existing = false,
  retries: PgBoss.RetryOptions = PAGE_RETRIES,
): Promise<JobQueue | null> {
  const schema = queueSchema(storeSchema)
  if (existing) {
    const client = new pg.Client({ connectionString })
    await client.connect()
    try {
      const r = await client.query('select 1 from information_schema.schemata where schema_name = $1', [
        schema,
      ])
      if (r.rowCount === 0) return null
    } finally {
      await client.end()
    }
  }
  const boss = new PgBoss({ connectionString, schema, max: 2, supervise: true, schedule: false })
  // pg-boss reports connection trouble as events; without a listener Node would throw them.
  boss.on('error', () => {})
  await boss.start()
  await ensureQueue(boss, DEAD, {})
  await ensureQueue(boss, PAGES, { ...retries, deadLetter: DEAD })
  await ensureQueue(boss, FEEDS, { policy: 'stately' })
  const db = boss.getDb()
  const inTransaction = (trx: Transaction<Database>) => ({
    executeSql: async (text: string, values: unknown[]) => ({
      rows: (await trx.executeQuery(CompiledQuery.raw(text, values))).rows as unknown[],
    }),
  })
  return {
    async addPages(pages, leaseSeconds) {
      let added = 0
      for (const page of pages) {
        const id = await boss.send(
          PAGES,
          { page },
          { id: pageJobId(page.hash), expireInSeconds: leaseSeconds },
        )
        if (id) added++
      }
      return added
    },
    async takePages(limit) {
      const jobs = await boss.fetch<{ page: Page }>(PAGES, { batchSize: limit })
      return jobs.map((j) => ({ id: j.id, data: j.data.page }))
    },
    async completePages(ids, trx) {
      // pg-boss reads the third argument as the jobs' output whatever its typings say; the connection is fourth.
      if (ids.length > 0) await boss.complete(PAGES, ids as never, null as never, { db: inTransaction(trx) })
    },
    async failPages(ids, error, trx) {
      for (const id of ids)
        await boss.fail(PAGES, id, { message: error }, trx ? { db: inTransaction(trx) } : {})
    },
    async expire() {
      await boss.expire()
    },
    async counts() {
      const { rows } = await db.executeSql(
        `select name, state, count(*)::int as n from ${schema}.job where name in ($1, $2) group by name, state`,
        [PAGES, DEAD],
      )
      const c: QueueCounts = { queued: 0, retrying: 0, active: 0, done: 0, dead: 0 }
      for (const r of rows as { name: string; state: string; n: number }[]) {
        if (r.name === DEAD) c.dead += r.n
        else if (r.state === 'created') c.queued += r.n
        else if (r.state === 'retry') {
          c.queued += r.n
          c.retrying += r.n
        } else if (r.state === 'active') c.active += r.n
        else if (r.state === 'completed') c.done += r.n
      }
      return c
    },
    async deadLetters(limit) {
      const { rows } = await db.executeSql(
        `select data, output from ${schema}.job where name = $1 order by created_on limit $2`,
        [DEAD, limit],
      )
      return (rows as { data: { page: Page }; output: { message?: string } | null }[]).map((r) => ({
        name: r.data.page.source.record
          ? `${r.data.page.source.input}#${r.data.page.source.record}`
          : r.data.page.source.input,
        error: r.output?.message ?? 'unknown error',
      }))
    },
    async scheduleFeed(state, seconds) {
      // A poll held by a process that died expires and is retried by another, with the state it carried.
      await boss.sendAfter(
        FEEDS,
        state,
        { singletonKey: state.url, expireInSeconds: 120, retryLimit: 1_000_000, retryDelay: 1 },
        seconds,
      )
    },
    async takeFeeds<T>(limit: number) {
      const jobs = await boss.fetch<T>(FEEDS, { batchSize: limit })
      return jobs.map((j) => ({ id: j.id, data: j.data }))
    },
    async completeFeeds(ids) {
      if (ids.length > 0) await boss.complete(FEEDS, ids)
    },
    async close() {
      await boss.stop({ graceful: false, wait: true })
    },
  }
}

async function ensureQueue(boss: PgBoss, name: string, options: Omit<PgBoss.Queue, 'name'>): Promise<void> {
  // Two processes starting together may both create it: the loser's error says it exists.
  if (!(await boss.getQueue(name))) await boss.createQueue(name, { name, ...options }).catch(() => {})
}
