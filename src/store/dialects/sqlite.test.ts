import { join } from 'node:path'
import SqliteDatabase from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../../../test/helpers/build.js'
import { openStore } from './index.js'

function tables(path: string): string[] {
  const raw = new SqliteDatabase(path)
  try {
    return raw
      .prepare(
        `select name from sqlite_master where type = 'table' and name not like 'kysely_%' order by name`,
      )
      .all()
      .map((r) => (r as { name: string }).name)
  } finally {
    raw.close()
  }
}

describe('SQLite migrations', () => {
  it('run in one transaction: a migration that fails half-way leaves none of its tables behind', async () => {
    const path = join(tempDir(), 'half.db')
    // A table the first migration creates late: the migration fails there, after its earlier tables.
    const raw = new SqliteDatabase(path)
    raw.exec('create table fingerprints (x integer)')
    raw.close()
    await expect(openStore(path)).rejects.toThrow(/fingerprints/)
    expect(tables(path)).toEqual(['fingerprints'])
  })
})
