// What a dialect hands the rest of the store: a typed Kysely instance and the few operations that differ
// between SQLite and PostgreSQL. Only this folder knows which database it talks to; migrations and queries
// call these operations instead of branching on the dialect's name.

import type { CreateTableBuilder, Expression, Kysely, SqlBool, Transaction } from 'kysely'
import type { Database } from '../schema.js'
import type { BulkRow, BulkTable } from './insert.js'
import type { JobQueue } from './queue.js'

export type DialectName = 'sqlite' | 'postgres'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run on the schema as it was then
export type AnyDb = Kysely<any>

/** The dialect-specific SQL: id columns, the full-text index and its match, the tables only one dialect has. */
export interface Dialect {
  name: DialectName
  /** A new table whose first column is `id`, an auto-incrementing integer primary key. */
  createTableWithId(db: AnyDb, table: string): CreateTableBuilder<string, 'id'>
  /** Tables the first migration makes on this dialect only (PostgreSQL's old work queue, dropped by 0007). */
  createOwnTables(db: AnyDb): Promise<void>
  /** The full-text index over articles' headline and text. */
  createFullTextIndex(db: AnyDb): Promise<void>
  dropFullTextIndex(db: AnyDb): Promise<void>
  /**
   * Brings the full-text index up to date with the articles and says how many it added: SQLite's index is
   * filled here, PostgreSQL's expression index keeps itself current (0).
   */
  catchUpFullText(db: Kysely<Database>): Promise<number>
  /** A condition on `a.id` (articles as a) that holds for articles matching every word of `q`. */
  fullTextMatch(q: string): Expression<SqlBool>
  /** `column in (values)`: on PostgreSQL one array parameter (`= any($1)`), so the statement's text never changes. */
  inList(column: string, values: readonly (string | number)[]): Expression<SqlBool>
}

export interface Store {
  db: Kysely<Database>
  dialect: Dialect
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
  /** Set the story of each of these articles ([article id, story id] pairs) inside `trx`. */
  setStories(trx: Transaction<Database>, pairs: readonly (readonly [number, number])[]): Promise<void>
  /** Serialise story assignment across processes until the transaction ends. */
  lockStories(trx: Transaction<Database>): Promise<void>
  close(): Promise<void>
}
