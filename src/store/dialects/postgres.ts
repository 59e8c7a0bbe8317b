// The shared store: PostgreSQL through pg. A `schema` parameter in the URL (postgres://.../db?schema=name)
// puts every table in that schema, created if missing, so tests and tenants can share one database.

import { Kysely, sql, type SqlBool } from 'kysely'
import pg from 'pg'
import type { Database } from '../schema.js'
import { insertCopy } from './insert.js'
import { CopyPostgresDialect } from './postgres-driver.js'
import type { Dialect, Store } from './types.js'

// Row ids and counts are int8; they stay far below 2^53, so numbers are safe and keep one type per column.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v))

/**
 * Story assignment takes a transaction-scoped advisory lock: (this constant, "stor", and a hash of the schema),
 * so stores in different schemas of one database do not wait for each other.
 */
export const STORY_LOCK = 0x73746f72

export const postgresDialect: Dialect = {
  name: 'postgres',
  createTableWithId: (db, table) =>
    db.schema.createTable(table).addColumn('id', 'bigserial', (c) => c.primaryKey()),
  async createOwnTables(db) {
    await db.schema
      .createTable('queue')
      .addColumn('id', 'bigserial', (c) => c.primaryKey())
      .addColumn('hash', 'text', (c) => c.notNull().unique())
      .addColumn('payload', 'text', (c) => c.notNull())
      .addColumn('enqueued_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('claimed_by', 'text')
      .addColumn('claimed_at', 'timestamptz')
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('done_at', 'timestamptz')
      .addColumn('error', 'text')
      .execute()
    // Workers look for work not done, oldest first.
    await sql`create index queue_open on queue (id) where done_at is null`.execute(db)
  },
  async createFullTextIndex(db) {
    await sql`create index articles_fts on articles using gin (to_tsvector('dutch', coalesce(headline, '') || ' ' || text))`.execute(
      db,
    )
  },
  async dropFullTextIndex(db) {
    await sql`drop index if exists articles_fts`.execute(db)
  },
  // The expression index is kept by PostgreSQL itself.
  catchUpFullText: async () => 0,
  inList: (column, values) => sql<SqlBool>`${sql.ref(column)} = any(${[...values]})`,
  fullTextMatch: (q) =>
    sql<SqlBool>`to_tsvector('dutch', coalesce(a.headline, '') || ' ' || a.text) @@ plainto_tsquery('dutch', ${q})`,
}

export function parsePostgresUrl(url: string): {
  connectionString: string
  schema: string | null
  location: string
} {
  const u = new URL(url)
  const schema = u.searchParams.get('schema')
  if (schema !== null && !/^[a-z_][a-z0-9_]*$/.test(schema))
    throw new Error(`schema "${schema}" must be lowercase letters, digits and _`)
  u.searchParams.delete('schema')
  const location = `${u.protocol}//${u.hostname}${u.port ? `:${u.port}` : ''}${u.pathname}${schema ? `?schema=${schema}` : ''}`
  return { connectionString: u.toString(), schema, location }
}

export async function openPostgres(url: string): Promise<Store> {
  const { connectionString, schema, location } = parsePostgresUrl(url)
  if (schema) {
    const client = new pg.Client({ connectionString })
    await client.connect()
    try {
      await client.query(`create schema if not exists ${schema}`)
    } catch (e) {
      // Two processes creating the schema at once: the loser sees a duplicate, which is fine.
      if ((e as { code?: string }).code !== '23505') throw e
    } finally {
      await client.end()
    }
  }
  const pool = new pg.Pool({
    connectionString,
    max: 4,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  })
  const db = new Kysely<Database>({ dialect: new CopyPostgresDialect(pool) })
  // Without a schema in the URL, tables go where search_path puts them; name it so migrations look only there.
  const current =
    schema ?? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]?.s ?? null
  return {
    db,
    dialect: postgresDialect,
    location,
    schema: current,
    async openQueue(existing) {
      const { openQueue } = await import('./queue.js')
      return openQueue(connectionString, current, existing)
    },
    insertRows: (trx, table, rows, ids = false) => insertCopy(trx, table, rows, ids),
    async setStories(trx, pairs) {
      // Two array parameters, one statement, whatever the number of articles.
      if (pairs.length === 0) return
      await sql`update articles set story_id = v.story
        from unnest(${pairs.map((p) => p[0])}::bigint[], ${pairs.map((p) => p[1])}::bigint[]) as v(id, story)
        where articles.id = v.id`.execute(trx)
    },
    async lockStories(trx) {
      await sql`select pg_advisory_xact_lock(${STORY_LOCK}, hashtext(current_schema()))`.execute(trx)
    },
    async close() {
      await db.destroy()
    },
  }
}

/** Run `fn` holding a session advisory lock, so processes starting together migrate one at a time. */
export async function withMigrationLock<T>(url: string, fn: () => Promise<T>): Promise<T> {
  const { connectionString, schema } = parsePostgresUrl(url)
  const client = new pg.Client({
    connectionString,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  })
  await client.connect()
  try {
    await client.query('select pg_advisory_lock($1, hashtext(current_schema()))', [STORY_LOCK + 1])
    return await fn()
  } finally {
    await client.end()
  }
}
