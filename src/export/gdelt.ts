// Events as a GDELT-2.0-style event TSV, with the event's place.

import type { EventItemPlace } from '../read/contract.js'
import type { EventWriter } from './registry.js'
import type { EventRow } from './rows.js'

/**
 * The columns we fill, named as in the GDELT 2.0 event codebook; GDELT columns we have no data for
 * (tone, actor attributes, actor geography) are left out rather than filled with guesses. ActionGeo_Type
 * follows GDELT (1 country, 3 US city, 4 world city, 5 region: we put seas and straits there too);
 * ActionGeo_CountryCode is the ISO 3166-1 alpha-3 code (as our actor codes), not GDELT's FIPS 10-4. EventCode is the CAMEO
 * root code of the PLOVER type (one mapping table, data/plover.tsv); QuadClass uses GDELT's 1-4 (verbal
 * cooperation, material cooperation, verbal conflict, material conflict), which PLOVER's quad shares.
 */
export const GDELT_COLUMNS = [
  'GLOBALEVENTID',
  'SQLDATE',
  'Actor1Code',
  'Actor2Code',
  'IsRootEvent',
  'EventCode',
  'EventBaseCode',
  'EventRootCode',
  'QuadClass',
  'GoldsteinScale',
  'NumArticles',
  'DATEADDED',
  'SOURCEURL',
  'ActionGeo_Type',
  'ActionGeo_FullName',
  'ActionGeo_CountryCode',
  'ActionGeo_Lat',
  'ActionGeo_Long',
  // Entente's own, after GDELT's: the PLOVER type, polarity, modality and the evidence.
  'PloverType',
  'Polarity',
  'Modality',
  'Evidence',
  'ActionGeo_Precision',
] as const

const tsvCell = (v: unknown) => (v === null || v === undefined ? '' : String(v).replace(/[\t\r\n]+/g, ' '))

function geoType(p: EventItemPlace): number {
  if (p.feature === 'country') return 1
  if (p.feature === 'city') return p.country === 'USA' ? 3 : 4
  return 5
}

function gdeltRow(e: EventRow, added: string): string {
  const day = e.date ? e.date.slice(0, 10).replace(/-/g, '') : ''
  const p = e.place
  return (
    [
      e.id,
      day,
      e.source,
      e.target,
      1,
      e.cameo,
      e.cameo,
      e.cameo,
      e.quad,
      e.goldstein,
      1,
      added,
      e.url,
      p ? geoType(p) : 0,
      p?.name,
      p?.country,
      p?.lat,
      p?.lon,
      e.type,
      e.polarity,
      e.modality,
      e.evidence,
      p?.precision,
    ]
      .map(tsvCell)
      .join('\t') + '\n'
  )
}

/** `codedDate` (YYYY-MM-DD) is GDELT's DATEADDED, the day of the export. */
export const writer = (codedDate: string): EventWriter => ({
  head: () => GDELT_COLUMNS.join('\t') + '\n',
  row: (e) => gdeltRow(e, codedDate.replace(/-/g, '')),
  end: () => '',
})
