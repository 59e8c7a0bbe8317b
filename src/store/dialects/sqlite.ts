// The embedded store: SQLite through better-sqlite3, in WAL mode. One writer at a time is SQLite's own rule,
// so a write transaction already serialises story assignment.

import SqliteDatabase from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import type { Database } from '../schema.js'
import { sqliteInserter } from './insert.js'
import type { Store } from './types.js'

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
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) })
  // Kysely runs one query at a time on this one connection, so within a transaction of ours the raw handle
  // writes into that same transaction, without building a query per row.
  const insert = sqliteInserter((query) => database.prepare(query))
  return {
    db,
    dialect: 'sqlite',
    location: path,
    schema: null,
    insertRows: (_trx, table, rows) => insert(table, rows),
    async lockStories() {},
    async close() {
      await db.destroy()
    },
  }
}
