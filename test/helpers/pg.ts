// PostgreSQL for tests: the server named by ENTENTE_TEST_PG (default: the local one CI starts), a fresh schema
// per test file (dropped afterwards). When the server does not answer, the tests are skipped with the reason,
// unless ENTENTE_REQUIRE_PG=1 (set by .ci/run), where that is a failure.

import { randomBytes } from 'node:crypto'
import pg from 'pg'

export const PG_URL = process.env.ENTENTE_TEST_PG || 'postgres://postgres@127.0.0.1:5432/test'
const REQUIRED = process.env.ENTENTE_REQUIRE_PG === '1'

async function probe(): Promise<string | null> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 })
  try {
    await client.connect()
    await client.query('select 1')
    return null
  } catch (e) {
    return (e as Error).message || String(e)
  } finally {
    await client.end().catch(() => {})
  }
}

const failure = await probe()
if (failure && REQUIRED)
  throw new Error(`PostgreSQL at ${PG_URL} is required (ENTENTE_REQUIRE_PG=1) but unreachable: ${failure}`)
if (failure)
  console.warn(
    `entente tests: skipping PostgreSQL tests: ${PG_URL} is unreachable (${failure}). ` +
      'Set ENTENTE_TEST_PG to a reachable server, or run .ci/run, which installs and starts one.',
  )

/** Whether the PostgreSQL tests run. */
export const pgAvailable = failure === null

/** A URL for a new, empty schema of its own; `dropSchemas` removes every schema made here. */
const made: string[] = []
export function pgSchemaUrl(label: string): string {
  const schema = `t_${label.replace(/[^a-z0-9]/g, '_')}_${randomBytes(4).toString('hex')}`
  made.push(schema)
  const u = new URL(PG_URL)
  u.searchParams.set('schema', schema)
  return u.toString()
}

/** A connected client to the test server, for tests that act as another process on the database. */
export async function pgClient(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: PG_URL })
  await client.connect()
  return client
}

export async function dropSchemas(): Promise<void> {
  if (!pgAvailable || made.length === 0) return
  const client = new pg.Client({ connectionString: PG_URL })
  await client.connect()
  try {
    // A store's job queue (pg-boss) lives in a schema beside it.
    for (const s of made.splice(0))
      for (const name of [s, `${s}_queue`]) await client.query(`drop schema if exists ${name} cascade`)
  } finally {
    await client.end()
  }
}
