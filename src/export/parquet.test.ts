// The Parquet writer read back by an independent reader (DuckDB): column types, nulls, and a file written in
// several row groups as rows stream through.

import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../../test/helpers/build.js'
import { EXPORT_TYPES, readParquet } from '../../test/helpers/parquet.js'
import { PARQUET_COLUMNS, writer } from './parquet.js'
import type { EventRow } from './rows.js'

const row = (id: number, over: Partial<EventRow> = {}): EventRow => ({
  id,
  key: `entente-${id}`,
  story: id % 5,
  article: id * 2,
  date: `2025-0${1 + (id % 9)}-1${id % 10}T08:00:00Z`,
  source: 'NOR',
  target: id % 2 ? 'SWE' : null,
  type: 'CONSULT',
  mode: null,
  polarity: 'asserted',
  modality: 'actual',
  quad: 1 + (id % 4),
  score: id / 4,
  goldstein: -2.5,
  evidence: `Noorwegen en Zweden, "overleg" nummer ${id}\nmet é`,
  cue: 'overleg',
  attribution: null,
  headline: null,
  lead: '',
  url: null,
  cameo: '04',
  place:
    id % 3
      ? null
      : {
          name: 'Oslo',
          text: 'Oslo',
          precision: 'city',
          feature: 'city',
          country: 'NOR',
          lat: 59.9,
          lon: 10.75,
        },
  inPage: null,
  ...over,
})

async function readBack(rows: EventRow[]) {
  const w = writer()
  const chunks = [w.head(), ...rows.map((r) => w.row(r)), w.end()].map((c) => Buffer.from(c))
  const file = join(tempDir(), 'events.parquet')
  writeFileSync(file, Buffer.concat(chunks))
  const { types, rows: back, groups } = await readParquet(file)
  return { types, back, groups }
}

describe('Parquet', () => {
  it('writes typed columns: dates as DATE, ids as BIGINT, scores and coordinates as DOUBLE', async () => {
    const rows = [row(1), row(3), row(6, { date: null, story: null })]
    const { types, back } = await readBack(rows)
    expect(Object.keys(types)).toEqual(PARQUET_COLUMNS)
    expect(types).toMatchObject(EXPORT_TYPES)
    expect(back.map((r) => [r.id, r.day, r.target, r.score, r.quad])).toEqual([
      ['1', '2025-02-11', 'SWE', 0.25, 2],
      ['3', '2025-04-13', 'SWE', 0.75, 4],
      ['6', null, null, 1.5, 3],
    ])
    expect(back[0]!.evidence).toBe(rows[0]!.evidence)
    expect(back[2]).toMatchObject({ story: null, place: 'Oslo', place_country: 'NOR', lat: 59.9, lon: 10.75 })
    expect(back[0]).toMatchObject({ place: null, lat: null, lon: null })
  })

  it('streams many rows as several row groups, every row there once', async () => {
    const rows = Array.from({ length: 25_000 }, (_, i) => row(i + 1))
    const { back, groups } = await readBack(rows)
    expect(back).toHaveLength(rows.length)
    expect(back.map((r) => Number(r.id))).toEqual(rows.map((r) => r.id))
    expect(groups).toBe(3)
  })
})
