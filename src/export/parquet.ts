// Events as Apache Parquet for pandas, Polars and DuckDB, through hyparquet-writer (pure JavaScript). The
// columns are the CSV export's, typed: the date as a DATE, ids as INT64, scores and coordinates as DOUBLE,
// the quad class as INT32, text as UTF-8 strings; a missing value is null. Rows are written in row groups
// as they come, so memory stays flat however many events the store holds.

import { ByteWriter, ParquetWriter, type SchemaElement } from 'hyparquet-writer'
import type { EventWriter } from './registry.js'
import type { EventRow } from './rows.js'

type Kind = 'date' | 'int64' | 'int32' | 'double' | 'string'

/** The columns in order: a name, a type, and how a row gives the value. */
const COLUMNS: [string, Kind, (e: EventRow) => unknown][] = [
  ['id', 'int64', (e) => BigInt(e.id)],
  ['date', 'date', (e) => (e.date ? new Date(`${e.date.slice(0, 10)}T00:00:00Z`) : null)],
  ['source', 'string', (e) => e.source],
  ['target', 'string', (e) => e.target],
  ['type', 'string', (e) => e.type],
  ['mode', 'string', (e) => e.mode],
  ['polarity', 'string', (e) => e.polarity],
  ['modality', 'string', (e) => e.modality],
  ['quad', 'int32', (e) => e.quad],
  ['score', 'double', (e) => e.score],
  ['goldstein', 'double', (e) => e.goldstein],
  ['cameo', 'string', (e) => e.cameo],
  ['story', 'int64', (e) => (e.story === null ? null : BigInt(e.story))],
  ['article', 'int64', (e) => BigInt(e.article)],
  ['attribution', 'string', (e) => e.attribution],
  ['evidence', 'string', (e) => e.evidence],
  ['url', 'string', (e) => e.url],
  ['place', 'string', (e) => e.place?.name ?? null],
  ['place_country', 'string', (e) => e.place?.country ?? null],
  ['place_precision', 'string', (e) => e.place?.precision ?? null],
  ['lat', 'double', (e) => e.place?.lat ?? null],
  ['lon', 'double', (e) => e.place?.lon ?? null],
]

export const PARQUET_COLUMNS = COLUMNS.map(([name]) => name)

const PHYSICAL: Record<Kind, Omit<SchemaElement, 'name'>> = {
  date: { type: 'INT32', converted_type: 'DATE' },
  int64: { type: 'INT64' },
  int32: { type: 'INT32' },
  double: { type: 'DOUBLE' },
  string: { type: 'BYTE_ARRAY', converted_type: 'UTF8' },
}

const SCHEMA: SchemaElement[] = [
  { name: 'root', num_children: COLUMNS.length },
  ...COLUMNS.map(([name, kind]) => ({ name, ...PHYSICAL[kind], repetition_type: 'OPTIONAL' as const })),
]

/** Rows per row group: large enough for good compression, small enough to keep a group in memory. */
const GROUP = 10_000

export const writer = (): EventWriter => {
  const bytes = new ByteWriter()
  const file = new ParquetWriter({ writer: bytes, schema: SCHEMA, createdBy: 'entente' })
  let rows: EventRow[] = []
  // What was written since the last take, handed on so the buffer starts again (offsets keep counting).
  const take = (): Uint8Array => {
    const chunk = bytes.getBytes().slice()
    bytes.index = 0
    return chunk
  }
  const flush = (): Uint8Array => {
    if (rows.length > 0) {
      const columnData = COLUMNS.map(([name, , value]) => ({ name, data: rows.map(value) }))
      void file.write({ columnData, rowGroupSize: GROUP })
      rows = []
    }
    return take()
  }
  return {
    head: take,
    row(e) {
      rows.push(e)
      return rows.length >= GROUP ? flush() : ''
    },
    end() {
      const last = flush()
      void file.finish()
      return Buffer.concat([last, take()])
    },
  }
}
