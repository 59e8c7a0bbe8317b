// What a dialect hands the rest of the store: a typed Kysely instance and the few operations that differ.

import type { Kysely, Transaction } from 'kysely'
import type { DialectName } from '../migrations.js'
import type { Database } from '../schema.js'
import type { BulkRow, BulkTable } from './insert.js'
import type { JobQueue } from './queue.js'

export interface Store {
  db: Kysely<Database>
  dialect: DialectName
  /** The file path or the URL without credentials, for messages. */
  location: string
  /** PostgreSQL schema holding the tables, when the URL named one. */
  schema: string | null
  /**
   * Insert many rows into a bulk table inside `trx`, the fastest way the driver allows; returns the new ids
   * in row order when `ids` is set.
   */
  insertRows<T extends BulkTable>(
    trx: Transaction<Database>,
    table: T,
    rows: BulkRow<T>[],
    ids?: boolean,
  ): Promise<number[]>
  /**
   * The job queue (PostgreSQL only: `enqueue`, `work`, feed polls shared by `watch` processes); with
   * `existing`, null when none was ever made.
   */
  openQueue?: (existing?: boolean) => Promise<JobQueue | null>
  /** Serialise story assignment across processes until the transaction ends. */
  lockStories(trx: Transaction<Database>): Promise<void>
  close(): Promise<void>
}
