// Events as CSV (RFC 4180), one row each, with the event's place.

import type { EventWriter } from './registry.js'
import type { EventRow } from './rows.js'

export const CSV_COLUMNS = [
  'id',
  'date',
  'source',
  'target',
  'type',
  'mode',
  'polarity',
  'modality',
  'quad',
  'score',
  'goldstein',
  'cameo',
  'story',
  'article',
  'attribution',
  'evidence',
  'url',
  // Where it happened (src/places): the place's name, its state (ISO alpha-3), precision and coordinates.
  'place',
  'place_country',
  'place_precision',
  'lat',
  'lon',
] as const

function csvCell(v: unknown): string {
  if (v === null || v === undefined) return ''
  const s = String(v)
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/** An event's cells by CSV column: its own fields, and its place's. */
function csvValue(e: EventRow, c: (typeof CSV_COLUMNS)[number]): unknown {
  switch (c) {
    case 'place':
      return e.place?.name
    case 'place_country':
      return e.place?.country
    case 'place_precision':
      return e.place?.precision
    case 'lat':
    case 'lon':
      return e.place?.[c]
    default:
      return e[c]
  }
}

function csvRow(e: EventRow): string {
  return CSV_COLUMNS.map((c) => csvCell(csvValue(e, c))).join(',') + '\r\n'
}

export const writer = (): EventWriter => ({
  head: () => CSV_COLUMNS.join(',') + '\r\n',
  row: csvRow,
  end: () => '',
})
