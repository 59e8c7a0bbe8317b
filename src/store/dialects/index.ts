// Open a store from what the user gave `--db`: a postgres:// URL, or a file path for SQLite. The drivers are
// loaded only when used, so a SQLite run never loads pg and the other way round.

import { existsSync } from 'node:fs'
import { Migrator, type Migration, type MigrationProvider } from 'kysely'
import { migrations } from '../migrations.js'
import type { Store } from './types.js'

export type { Store } from './types.js'

export const DEFAULT_DB = './entente.db'

export function isPostgresUrl(location: string): boolean {
  return /^postgres(?:ql)?:\/\//.test(location)
}

/** `--db`, else ENTENTE_DB, else ./entente.db. */
export function resolveDb(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return flag || env.ENTENTE_DB || DEFAULT_DB
}

export interface OpenOptions {
  migrate?: boolean
  /** Whether a missing SQLite file may be created (true); `stats` on a mistyped path should say so instead. */
  create?: boolean
}

export async function openStore(location: string, options: OpenOptions = {}): Promise<Store> {
  let store: Store
  if (isPostgresUrl(location)) {
    const { openPostgres, withMigrationLock } = await import('./postgres.js')
    store = await openPostgres(location)
    if (options.migrate !== false) await withMigrationLock(location, () => migrate(store))
  } else {
    if (options.create === false && location !== ':memory:' && !existsSync(location))
      throw new Error(`no store at ${location} (run \`entente ingest\` first, or name one with --db)`)
    const { openSqlite } = await import('./sqlite.js')
    store = openSqlite(location)
    if (options.migrate !== false) await migrate(store)
  }
  return store
}

async function migrate(store: Store): Promise<void> {
  const provider: MigrationProvider = {
    async getMigrations(): Promise<Record<string, Migration>> {
      return migrations(store.dialect)
    },
  }
  // Kysely looks for its migration tables in every schema unless told which one: name ours.
  const { error } = await new Migrator({
    db: store.db,
    provider,
    ...(store.schema ? { migrationTableSchema: store.schema } : {}),
  }).migrateToLatest()
  if (error) throw error instanceof Error ? error : new Error(String(error))
}
