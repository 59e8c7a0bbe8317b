// Bulk inserts, the way each driver does them fastest. A store's `insertRows` is one of these.

import { CompiledQuery, type Insertable, type Kysely, type Transaction } from 'kysely'
import type { Database } from '../schema.js'
import { onConnection } from './postgres-driver.js'

/** The tables written in bulk at ingest. */
export type BulkTable = 'articles' | 'mentions' | 'events' | 'fingerprints' | 'stories' | 'story_event_rows'
export type BulkRow<T extends BulkTable> = Insertable<Database[T]>

/**
 * Multi-row statements in chunks kept well under the bound-parameter limit (PostgreSQL). Ids come back
 * sorted: one statement takes its ids from the sequence in the order of its rows, so sorted is row order.
 * Kept as the reference the faster path below is tested against.
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

/** Rows per JSON document sent to PostgreSQL: a few MB at most, so memory stays flat for any batch. */
const JSON_CHUNK = 5_000

/**
 * PostgreSQL: the rows as one JSON parameter, expanded by the server into the table's own row type
 * (`json_populate_recordset`). One statement per table whatever the number of rows, with a text that never
 * changes, so the server parses one short statement instead of a multi-row one with 30,000 parameters,
 * and the client builds no query. Ids come back in row order (`with ordinality`, then sorted by it).
 */
export async function insertJson<T extends BulkTable>(
  db: Kysely<Database> | Transaction<Database>,
  table: T,
  rows: BulkRow<T>[],
  returnIds: boolean,
): Promise<number[]> {
  if (rows.length === 0) return []
  const columns = Object.keys(rows[0]!)
  const list = columns.map((c) => `"${c}"`).join(', ')
  const ids: number[] = []
  for (let i = 0; i < rows.length; i += JSON_CHUNK) {
    const json = JSON.stringify(rows.slice(i, i + JSON_CHUNK))
    if (!returnIds) {
      await db.executeQuery(
        CompiledQuery.raw(
          `insert into "${table}" (${list}) select ${list} from json_populate_recordset(null::"${table}", $1::json)`,
          [json],
        ),
      )
      continue
    }
    // nextval() runs in the order rows are inserted, which is the order of the select: by ordinality.
    const out = await db.executeQuery<{ id: number }>(
      CompiledQuery.raw(
        `insert into "${table}" (${list}) select ${list} from json_populate_recordset(null::"${table}", $1::json)
         with ordinality as r order by r.ordinality returning id`,
        [json],
      ),
    )
    ids.push(...out.rows.map((r) => Number(r.id)).sort((a, b) => a - b))
  }
  return ids
}

/** Rows per piece of COPY text handed to the socket: a few hundred kB. */
const COPY_PIECE = 1_000

/** A value in COPY's text format: `\N` for null, and backslash escapes for the characters that end fields and rows. */
function copyValue(v: unknown): string {
  if (v === null || v === undefined) return '\\N'
  if (typeof v === 'number') return String(v)
  if (typeof v === 'string')
    return /[\\\t\n\r]/.test(v)
      ? v.replace(/[\\\t\n\r]/g, (c) =>
          c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r',
        )
      : v
  if (typeof v === 'boolean') return v ? 't' : 'f'
  throw new Error(`cannot COPY a value of type ${typeof v}`)
}

function* copyText(rows: Record<string, unknown>[], columns: string[]): Generator<string> {
  for (let i = 0; i < rows.length; i += COPY_PIECE) {
    let text = ''
    for (const row of rows.slice(i, i + COPY_PIECE)) {
      for (let c = 0; c < columns.length; c++) text += (c ? '\t' : '') + copyValue(row[columns[c]!])
      text += '\n'
    }
    yield text
  }
}

/**
 * PostgreSQL: the rows by `COPY ... FROM STDIN`, on the connection of the caller's transaction (our own driver,
 * postgres-driver.ts), so they commit or roll back with the batch. COPY returns no ids: when asked for, they are
 * taken from the table's sequence first (one query), in ascending order, and written with the rows.
 */
export async function insertCopy<T extends BulkTable>(
  trx: Transaction<Database>,
  table: T,
  rows: BulkRow<T>[],
  returnIds: boolean,
): Promise<number[]> {
  if (rows.length === 0) return []
  const columns = Object.keys(rows[0]!)
  let list = rows as Record<string, unknown>[]
  let ids: number[] = []
  if (returnIds) {
    const out = await trx.executeQuery<{ id: number }>(
      CompiledQuery.raw(
        `select nextval(pg_get_serial_sequence($1, 'id')) as id from generate_series(1, $2::int)`,
        [`"${table}"`, rows.length],
      ),
    )
    ids = out.rows.map((r) => Number(r.id)).sort((a, b) => a - b)
    list = list.map((r, i) => ({ ...r, id: ids[i] }))
    columns.push('id')
  }
  const statement = `copy "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) from stdin`
  await onConnection(trx as Transaction<unknown>, (c) => c.copyFrom(statement, copyText(list, columns)))
  return ids
}

/**
 * SQLite: one compiled statement per table and column list, run once per row inside the caller's
 * transaction, without building a query per row. (Statements of 32 rows were tried: no faster, measured
 * interleaved on 1,000 pages.)
 */
export function sqliteInserter(
  prepare: (sql: string) => { run(params: unknown[]): { lastInsertRowid: number | bigint } },
) {
  return async <T extends BulkTable>(table: T, rows: BulkRow<T>[]): Promise<number[]> => {
    if (rows.length === 0) return []
    const columns = Object.keys(rows[0]!)
    const stmt = prepare(
      `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values (${columns.map(() => '?').join(', ')})`,
    )
    const ids = new Array<number>(rows.length)
    // One parameter array reused for every row: better-sqlite3 binds an array's items in order.
    const values = new Array<unknown>(columns.length)
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] as Record<string, unknown>
      for (let c = 0; c < columns.length; c++) values[c] = row[columns[c]!] ?? null
      ids[i] = Number(stmt.run(values).lastInsertRowid)
    }
    return ids
  }
}
