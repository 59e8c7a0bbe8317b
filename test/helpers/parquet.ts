// Reads a Parquet file back with DuckDB, a reader independent of the writer (src/export/parquet.ts).

import { DuckDBInstance } from '@duckdb/node-api'

/** The column types the export promises, as DuckDB names them. */
export const EXPORT_TYPES = {
  id: 'BIGINT',
  date: 'DATE',
  quad: 'INTEGER',
  score: 'DOUBLE',
  goldstein: 'DOUBLE',
  story: 'BIGINT',
  lat: 'DOUBLE',
  lon: 'DOUBLE',
  source: 'VARCHAR',
  evidence: 'VARCHAR',
}

/** The file's column types, its rows in id order (with the date also as YYYY-MM-DD, `day`) and its row groups. */
export async function readParquet(file: string) {
  const db = await (await DuckDBInstance.create(':memory:')).connect()
  try {
    const query = async (sql: string) => (await db.runAndReadAll(sql)).getRowObjectsJson()
    const types = await query(`describe select * from read_parquet('${file}')`)
    const rows = await query(
      `select *, strftime(date, '%Y-%m-%d') as day from read_parquet('${file}') order by id`,
    )
    const [groups] = await query(`select count(distinct row_group_id) as n from parquet_metadata('${file}')`)
    return {
      types: Object.fromEntries(types.map((t) => [String(t.column_name), String(t.column_type)])),
      rows,
      groups: Number(groups!.n),
    }
  } finally {
    db.closeSync()
  }
}
