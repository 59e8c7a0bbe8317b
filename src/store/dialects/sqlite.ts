// The embedded store: SQLite through better-sqlite3, in WAL mode. One writer at a time is SQLite's own rule,
// so a write transaction already serialises story assignment.

import SqliteDatabase from 'better-sqlite3'
import { Kysely, SqliteAdapter, SqliteDialect, sql, type DialectAdapter, type SqlBool } from 'kysely'
import type { Database } from '../schema.js'
import { sqliteInserter } from './insert.js'
import { searchStems } from '../search.js'
import type { Dialect, Store } from './types.js'

export const sqliteDialect: Dialect = {
  name: 'sqlite',
  createTableWithId: (db, table) =>
    db.schema.createTable(table).addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement()),
  async createOwnTables() {},
  async createFullTextIndex(db) {
    // Filled with Snowball stems by catchUpFullText before a search.
    await sql`create virtual table articles_fts using fts5(body, tokenize = 'unicode61 remove_diacritics 2')`.execute(
      db,
    )
  },
  async dropFullTextIndex(db) {
    await sql`drop table if exists articles_fts`.execute(db)
  },
  async catchUpFullText(db) {
    let added = 0
    for (;;) {
      const last = await sql<{ n: number | null }>`select max(rowid) as n from articles_fts`.execute(db)
      const after = Number(last.rows[0]?.n ?? 0)
      const rows = await db
        .selectFrom('articles')
        .select(['id', 'headline', 'text'])
        .where('id', '>', after)
        .orderBy('id')
        .limit(500)
        .execute()
      if (rows.length === 0) return added
      await db.transaction().execute(async (trx) => {
        for (const r of rows) {
          const body = searchStems(`${r.headline ?? ''} ${r.text}`).join(' ')
          // "or replace": another process serving the same file may have indexed this article meanwhile.
          await sql`insert or replace into articles_fts (rowid, body) values (${r.id}, ${body})`.execute(trx)
        }
      })
      added += rows.length
    }
  },
  // One JSON parameter: the statement's text is the same for any number of values, so the statement cache
  // keeps one compiled statement instead of one per list length.
  inList: (column, values) =>
    sql<SqlBool>`${sql.ref(column)} in (select value from json_each(${JSON.stringify(values)}))`,
  fullTextMatch(q) {
    const terms = searchStems(q)
    // Each stem quoted: FTS5 syntax characters in the query are words, not operators.
    const match = terms.length ? terms.map((t) => `"${t.replace(/"/g, '""')}"`).join(' ') : '""'
    return sql<SqlBool>`a.id in (select rowid from articles_fts where articles_fts match ${match})`
  },
}

/**
 * SQLite runs DDL in transactions, though Kysely's adapter says not, so its migrator would run migrations
 * one statement at a time: a process killed inside a migration left half a schema that the next run could not
 * migrate ('table "pages" already exists'). Told the truth, the migrator runs all pending migrations in one
 * transaction.
 */
class TransactionalDdlAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true
  }
}
class TransactionalSqliteDialect extends SqliteDialect {
  override createAdapter(): DialectAdapter {
    return new TransactionalDdlAdapter()
  }
}

export function openSqlite(path: string): Store {
  const raw = new SqliteDatabase(path)
  raw.pragma('journal_mode = WAL')
  // In WAL mode NORMAL loses no committed transaction when the process dies, only on power loss.
  raw.pragma('synchronous = NORMAL')
  raw.pragma('foreign_keys = ON')
  // Checkpoint the WAL every ~40 MB rather than every 4 MB: pages carry their text, and each checkpoint syncs.
  raw.pragma('wal_autocheckpoint = 10000')
  raw.pragma('busy_timeout = 10000')
  // Kysely prepares every query anew; a statement cache keyed by SQL saves that work on the hot path.
  // Safe because Kysely runs one query at a time on its single connection.
  const statements = new Map<string, SqliteDatabase.Statement>()
  const database = {
    close: () => raw.close(),
    prepare(query: string) {
      let stmt = statements.get(query)
      if (!stmt) {
        stmt = raw.prepare(query)
        if (statements.size >= 1000) statements.clear()
        statements.set(query, stmt)
      }
      return stmt
    },
  }
  const db = new Kysely<Database>({ dialect: new TransactionalSqliteDialect({ database }) })
  // Kysely runs one query at a time on this one connection, so within a transaction of ours the raw handle
  // writes into that same transaction, without building a query per row.
  const insert = sqliteInserter((query) => database.prepare(query))
  return {
    db,
    dialect: sqliteDialect,
    location: path,
    schema: null,
    insertRows: (_trx, table, rows) => insert(table, rows),
    async setStories(_trx, pairs) {
      // One compiled statement run per article, inside the transaction Kysely holds on this connection.
      const stmt = database.prepare('update articles set story_id = ? where id = ?')
      for (const [id, story] of pairs) stmt.run(story, id)
    },
    async lockStories() {},
    async close() {
      await db.destroy()
    },
  }
}
