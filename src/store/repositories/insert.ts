// Multi-row inserts in chunks kept well under both dialects' bound-parameter limits.

import type { Insertable, Kysely, Transaction } from 'kysely'
import type { Database } from '../schema.js'

export async function insertChunked<T extends 'mentions' | 'events' | 'fingerprints'>(
  db: Kysely<Database> | Transaction<Database>,
  table: T,
  rows: Insertable<Database[T]>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 400)
    await db
      .insertInto(table)
      .values(rows.slice(i, i + 400) as never)
      .execute()
}
