// Bulk inserts, the way each driver does them fastest. A store's `insertRows` is one of these.

import type { Insertable, Kysely, Transaction } from 'kysely'
import type { Database } from '../schema.js'

/** The tables written in bulk at ingest. */
export type BulkTable = 'articles' | 'mentions' | 'events' | 'fingerprints'
export type BulkRow<T extends BulkTable> = Insertable<Database[T]>

/**
 * Multi-row statements in chunks kept well under the bound-parameter limit (PostgreSQL). Ids come back
 * sorted: one statement takes its ids from the sequence in the order of its rows, so sorted is row order.
 */
export async function insertMultiRow<T extends BulkTable>(
  db: Kysely<Database> | Transaction<Database>,
  table: T,
  rows: BulkRow<T>[],
  returnIds: boolean,
): Promise<number[]> {
  const ids: number[] = []
  const chunk = Math.max(1, Math.floor(30_000 / Math.max(1, Object.keys(rows[0] ?? {}).length)))
  for (let i = 0; i < rows.length; i += chunk) {
    const insert = db.insertInto(table).values(rows.slice(i, i + chunk) as never)
    if (!returnIds) await insert.execute()
    else {
      const out = (await insert.returning('id' as never).execute()) as unknown as { id: number }[]
      ids.push(...out.map((r) => Number(r.id)).sort((a, b) => a - b))
    }
  }
  return ids
}

/** Compiled SQLite statements, one per table and column list; rows run one by one inside the caller's transaction. */
export function sqliteInserter(
  prepare: (sql: string) => { run(...params: unknown[]): { lastInsertRowid: number | bigint } },
) {
  return async <T extends BulkTable>(table: T, rows: BulkRow<T>[]): Promise<number[]> => {
    if (rows.length === 0) return []
    const columns = Object.keys(rows[0]!)
    const stmt = prepare(
      `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values (${columns.map(() => '?').join(', ')})`,
    )
    const ids = new Array<number>(rows.length)
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] as Record<string, unknown>
      ids[i] = Number(stmt.run(...columns.map((c) => row[c] ?? null)).lastInsertRowid)
    }
    return ids
  }
}
