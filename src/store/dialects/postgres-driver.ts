// A Kysely driver for PostgreSQL of our own, the same as Kysely's apart from one thing: its connections can
// run `COPY ... FROM STDIN` (pg-copy-streams), and a transaction's connection is reachable through the
// transaction itself (`copyRows`). So bulk rows go by COPY on the connection that holds the batch's
// transaction, and a batch stays atomic (docs/decisions/0019-copy-and-the-story-lock.md).

import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import {
  CompiledQuery,
  PostgresDialect,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
  type TransactionSettings,
  type Transaction,
} from 'kysely'
import type pg from 'pg'
import { from as copyFrom } from 'pg-copy-streams'

/** A connection of a pool that also streams rows into a table by COPY. */
export class CopyConnection implements DatabaseConnection {
  constructor(readonly client: pg.PoolClient) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const { command, rowCount, rows } = await this.client.query(query.sql, [...query.parameters])
    const changed =
      command === 'INSERT' || command === 'UPDATE' || command === 'DELETE' || command === 'MERGE'
    return {
      ...(changed ? { numAffectedRows: BigInt(rowCount ?? 0) } : {}),
      rows: (rows ?? []) as R[],
    }
  }

  // No cursor: Entente reads large results by key, a page at a time.
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('streaming queries are not supported by this driver')
  }

  /** `COPY <text> FROM STDIN` with the rows' text (PostgreSQL's text format), in pieces as the source gives them. */
  async copyFrom(statement: string, source: Iterable<string>): Promise<void> {
    await pipeline(Readable.from(source, { objectMode: false }), this.client.query(copyFrom(statement)))
  }
}

class CopyDriver implements Driver {
  constructor(private pool: pg.Pool | null) {}

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    if (!this.pool) throw new Error('the store is closed')
    return new CopyConnection(await this.pool.connect())
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    let begin = 'begin'
    if (settings.isolationLevel) begin += ` isolation level ${settings.isolationLevel}`
    if (settings.accessMode) begin += ` ${settings.accessMode}`
    await connection.executeQuery(CompiledQuery.raw(begin))
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'))
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'))
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    ;(connection as CopyConnection).client.release()
  }

  async destroy(): Promise<void> {
    const pool = this.pool
    this.pool = null
    await pool?.end()
  }
}

/** Kysely's PostgreSQL dialect (its query compiler, adapter and introspector) on the driver above. */
export class CopyPostgresDialect extends PostgresDialect {
  constructor(private readonly copyPool: pg.Pool) {
    super({ pool: copyPool })
  }
  override createDriver(): Driver {
    return new CopyDriver(this.copyPool)
  }
}

/**
 * Runs `fn` on the connection that holds `trx`: Kysely hands a transaction's executor the one connection it
 * began the transaction on, so what `fn` does there is part of the transaction.
 */
export async function onConnection<T>(
  trx: Transaction<unknown>,
  fn: (connection: CopyConnection) => Promise<T>,
): Promise<T> {
  return trx.getExecutor().provideConnection(async (connection) => {
    if (!(connection instanceof CopyConnection))
      throw new Error('this store was not opened with the COPY driver')
    return fn(connection)
  })
}
