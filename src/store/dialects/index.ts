// Open a store from what the user gave `--db`: a postgres:// URL, or a file path for SQLite. The drivers are
// loaded only when used, so a SQLite run never loads pg and the other way round.

import { existsSync, statSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
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

/** A store that cannot be opened: the message names the file or URL and says what to do. */
export class StoreError extends Error {}

export async function openStore(location: string, options: OpenOptions = {}): Promise<Store> {
  if (isPostgresUrl(location)) {
    const { openPostgres, parsePostgresUrl, withMigrationLock } = await import('./postgres.js')
    let store: Store | null = null
    try {
      store = await openPostgres(location)
      if (options.migrate !== false) await withMigrationLock(location, () => migrate(store!))
      return store
    } catch (e) {
      await store?.close().catch(() => {})
      let shown = location
      try {
        shown = parsePostgresUrl(location).location
      } catch {
        throw new StoreError(`${location} is not a valid PostgreSQL URL (postgres://user@host:port/database)`)
      }
      throw postgresError(e, shown)
    }
  }
  if (location !== ':memory:') checkSqlitePath(location, options.create !== false)
  const { openSqlite } = await import('./sqlite.js')
  let store: Store | null = null
  try {
    store = openSqlite(location)
    if (options.migrate !== false) await migrate(store)
    return store
  } catch (e) {
    await store?.close().catch(() => {})
    throw sqliteError(e, location)
  }
}

function checkSqlitePath(location: string, create: boolean): void {
  const dir = dirname(resolve(location))
  if (!existsSync(location)) {
    if (!create)
      throw new StoreError(
        `no store at ${location} (run \`entente ingest\` first to make one, or name the store with --db)`,
      )
    if (!existsSync(dir))
      throw new StoreError(
        `cannot make the store ${location}: the directory ${dir} does not exist (create it, or name another file with --db)`,
      )
  } else if (statSync(location).isDirectory())
    throw new StoreError(
      `${location} is a directory, not a store file (name a file with --db, e.g. ${location}/entente.db)`,
    )
}

function sqliteError(e: unknown, location: string): Error {
  const err = e as { code?: string; message?: string }
  const code = err.code ?? ''
  if (code === 'SQLITE_NOTADB' || /not a database/.test(err.message ?? ''))
    return new StoreError(
      `${location} is not an Entente store (not a SQLite database); name the store with --db`,
    )
  if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_READONLY' || code === 'SQLITE_PERM' || code === 'EACCES')
    return new StoreError(
      `cannot open the store ${location} for writing (${err.message}); check that the file and its directory are writable, or name another with --db`,
    )
  return e instanceof Error ? e : new Error(String(e))
}

function postgresError(e: unknown, location: string): Error {
  const err = e as { code?: string; message?: string; errors?: { code?: string }[] }
  const code = err.code ?? err.errors?.[0]?.code ?? ''
  const reason: Record<string, string> = {
    ECONNREFUSED: 'the connection was refused; is the server running, and are the host and port right?',
    ENOTFOUND: 'the host was not found; check the host name in the URL',
    ETIMEDOUT: 'the connection timed out; check the host, the port and the network',
    EHOSTUNREACH: 'the host cannot be reached; check the host and the network',
    '28P01': 'the password was refused; check the user and password in the URL',
    '28000': 'the server refused the user; check the user in the URL',
    '3D000': 'the database does not exist; create it (createdb) or name another in the URL',
  }
  if (reason[code])
    return new StoreError(
      `cannot open the store at ${location}: ${reason[code]} (the URL comes from --db or ENTENTE_DB)`,
    )
  return new StoreError(`cannot open the store at ${location}: ${err.message ?? String(e)}`)
}

async function migrate(store: Store): Promise<void> {
  const provider: MigrationProvider = {
    async getMigrations(): Promise<Record<string, Migration>> {
      return migrations(store.dialect)
    },
  }
  // Kysely looks for its migration tables in every schema unless told which one: name ours.
  const migrator = new Migrator({
    db: store.db,
    provider,
    ...(store.schema ? { migrationTableSchema: store.schema } : {}),
  })
  for (let attempt = 1; ; attempt++) {
    const { error } = await migrator.migrateToLatest()
    if (!error) return
    // Kysely's introspection reads every schema of the database: one that another process drops at that
    // moment fails it with "schema ... does not exist". That schema is not ours, and migrating is
    // idempotent, so try again, after the other process has had a moment.
    if (attempt < 10 && otherSchemaGone(error, store.schema)) {
      await new Promise((r) => setTimeout(r, 20 * attempt))
      continue
    }
    throw error instanceof Error ? error : new Error(String(error))
  }
}

function otherSchemaGone(error: unknown, schema: string | null): boolean {
  const e = error as { code?: string; message?: string }
  return e.code === '3F000' && !(schema && e.message?.includes(`"${schema}"`))
}
