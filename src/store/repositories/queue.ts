// The work queue (PostgreSQL only): pages read once by `enqueue`, claimed by any number of workers with
// FOR UPDATE SKIP LOCKED and a lease. A worker that dies leaves its claims; when their lease runs out any
// worker takes them again. Finishing an item happens in the page's own transaction, and storing a page is
// idempotent, so an item processed twice (a lease that ran out on a slow worker) is still stored once.

import { sql, type Kysely, type Transaction } from 'kysely'
import type { Page } from '../../core/doc.js'
import type { Database } from '../schema.js'

type Db = Kysely<Database> | Transaction<Database>

/** Queue a page as read (before the pipeline). Returns false when a page with that hash is queued already. */
export async function enqueuePage(db: Db, page: Page): Promise<boolean> {
  const row = await db
    .insertInto('queue')
    .values({
      hash: page.hash,
      payload: JSON.stringify(page),
      claimed_by: null,
      claimed_at: null,
      done_at: null,
      error: null,
    })
    .onConflict((oc) => oc.column('hash').doNothing())
    .returning('id')
    .executeTakeFirst()
  return row !== undefined
}

export interface Claim {
  id: number
  page: Page
}

/** Claim up to `limit` items that are open and unclaimed or whose lease ran out. */
export async function claimPages(
  db: Db,
  worker: string,
  limit: number,
  leaseSeconds: number,
): Promise<Claim[]> {
  const rows = await sql<{ id: number; payload: string }>`
    update queue set claimed_by = ${worker}, claimed_at = now(), attempts = attempts + 1
    where id in (
      select id from queue
      where done_at is null
        and (claimed_at is null or claimed_at < now() - make_interval(secs => ${leaseSeconds}))
      order by id
      limit ${limit}
      for update skip locked
    )
    returning id, payload`.execute(db)
  return rows.rows.sort((a, b) => a.id - b.id).map((r) => ({ id: r.id, page: JSON.parse(r.payload) as Page }))
}

/** Mark an item done, with the error that stopped it if any; call inside the transaction that stores its page. */
export async function completeClaim(db: Db, id: number, error: string | null = null): Promise<void> {
  await db
    .updateTable('queue')
    .set({ done_at: sql`now()`, error })
    .where('id', '=', id)
    .execute()
}

/** Open items, those of them claimed (by a live worker or one whose lease will run out), and done items. */
export async function queueCounts(db: Db): Promise<{ open: number; claimed: number; done: number }> {
  const row = await sql<{ open: number; claimed: number; done: number }>`
    select count(*) filter (where done_at is null) as open,
           count(*) filter (where done_at is null and claimed_at is not null) as claimed,
           count(*) filter (where done_at is not null) as done
    from queue`.execute(db)
  const r = row.rows[0]!
  return { open: Number(r.open), claimed: Number(r.claimed), done: Number(r.done) }
}
