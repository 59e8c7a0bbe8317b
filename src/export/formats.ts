// Exports of the store: events as PLOVER JSONL, CSV and a GDELT-2.0-style TSV, each with the event's place;
// the relations graph as GraphML and GEXF for Gephi, states placed at their centres (Gephi's geo layout). Pure writers over rows; each has a reader in the tests for the round trip.

import type { EventItem, EventItemPlace } from '../read/contract.js'
import { stateCentre } from '../places/gazetteer.js'
import { geolocation } from '../places/geolocation.js'
import type { Edge } from '../graph/blocs.js'

export type ExportEvent = EventItem & { url: string | null; cameo: string }

export interface GraphNode {
  id: string
  name: string
  events: number
  bloc: number | null
}

// ---- CSV (RFC 4180) ----

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

export function csvHeader(): string {
  return CSV_COLUMNS.join(',') + '\r\n'
}

/** An event's cells by CSV column: its own fields, and its place's. */
function csvValue(e: ExportEvent, c: (typeof CSV_COLUMNS)[number]): unknown {
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

export function csvRow(e: ExportEvent): string {
  return CSV_COLUMNS.map((c) => csvCell(csvValue(e, c))).join(',') + '\r\n'
}

/** Reads RFC 4180 CSV (quoted fields with commas, quotes and newlines) into rows of strings. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (ch === '"') quoted = false
      else cell += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') {
      row.push(cell)
      cell = ''
    } else if (ch === '\n' || (ch === '\r' && text[i + 1] === '\n')) {
      if (ch === '\r') i++
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
    } else cell += ch
  }
  if (cell || row.length) {
    row.push(cell)
    rows.push(row)
  }
  return rows
}

// ---- GDELT 2.0-style event TSV ----

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

export function gdeltHeader(): string {
  return GDELT_COLUMNS.join('\t') + '\n'
}

function geoType(p: EventItemPlace): number {
  if (p.feature === 'country') return 1
  if (p.feature === 'city') return p.country === 'USA' ? 3 : 4
  return 5
}

export function gdeltRow(e: ExportEvent, added: string): string {
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

// ---- PLOVER JSONL ----

export function ploverLine(e: ExportEvent, codedDate: string): string {
  return (
    JSON.stringify({
      id: `entente-${e.id}`,
      date: e.date ? e.date.slice(0, 10) : null,
      actor: [{ code: e.source }],
      recipient: e.target ? [{ code: e.target }] : [],
      event: [e.type],
      mode: e.mode ? [e.mode] : [],
      quad_code: e.quad,
      event_text: e.evidence,
      cite_info: { url: e.url, coder: 'entente', codebook: 'PLOVER v0.8' },
      coder: 'entente',
      coded_date: codedDate,
      polarity: e.polarity,
      modality: e.modality,
      attribution: e.attribution,
      plover_score: e.score,
      cameo_root: e.cameo,
      goldstein: e.goldstein,
      story: e.story,
      geolocation: geolocation(e.place),
    }) + '\n'
  )
}

// ---- GraphML and GEXF ----

const xml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

export function graphml(nodes: GraphNode[], edges: Edge[]): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '  <key id="name" for="node" attr.name="name" attr.type="string"/>',
    '  <key id="events" for="node" attr.name="events" attr.type="int"/>',
    '  <key id="bloc" for="node" attr.name="bloc" attr.type="int"/>',
    '  <key id="latitude" for="node" attr.name="latitude" attr.type="double"/>',
    '  <key id="longitude" for="node" attr.name="longitude" attr.type="double"/>',
    '  <key id="e_events" for="edge" attr.name="events" attr.type="int"/>',
    '  <key id="cooperation" for="edge" attr.name="cooperation" attr.type="int"/>',
    '  <key id="conflict" for="edge" attr.name="conflict" attr.type="int"/>',
    '  <key id="score" for="edge" attr.name="score" attr.type="double"/>',
    '  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>',
    '  <graph id="entente" edgedefault="undirected">',
  ]
  for (const n of nodes) {
    out.push(`    <node id="${xml(n.id)}">`)
    out.push(`      <data key="name">${xml(n.name)}</data>`)
    out.push(`      <data key="events">${n.events}</data>`)
    if (n.bloc !== null) out.push(`      <data key="bloc">${n.bloc}</data>`)
    const at = stateCentre(n.id)
    if (at)
      out.push(`      <data key="latitude">${at.lat}</data>`, `      <data key="longitude">${at.lon}</data>`)
    out.push('    </node>')
  }
  edges.forEach((e, i) => {
    out.push(`    <edge id="e${i}" source="${xml(e.a)}" target="${xml(e.b)}">`)
    out.push(`      <data key="e_events">${e.events}</data>`)
    out.push(`      <data key="cooperation">${e.cooperation}</data>`)
    out.push(`      <data key="conflict">${e.conflict}</data>`)
    out.push(`      <data key="score">${e.scoreSum}</data>`)
    out.push(`      <data key="weight">${e.events}</data>`)
    out.push('    </edge>')
  })
  out.push('  </graph>', '</graphml>', '')
  return out.join('\n')
}

export function gexf(nodes: GraphNode[], edges: Edge[]): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    '  <meta><creator>Entente</creator></meta>',
    '  <graph defaultedgetype="undirected" mode="static">',
    '    <attributes class="node">',
    '      <attribute id="events" title="events" type="integer"/>',
    '      <attribute id="bloc" title="bloc" type="integer"/>',
    '      <attribute id="latitude" title="latitude" type="double"/>',
    '      <attribute id="longitude" title="longitude" type="double"/>',
    '    </attributes>',
    '    <attributes class="edge">',
    '      <attribute id="cooperation" title="cooperation" type="integer"/>',
    '      <attribute id="conflict" title="conflict" type="integer"/>',
    '      <attribute id="score" title="score" type="double"/>',
    '    </attributes>',
    '    <nodes>',
  ]
  for (const n of nodes) {
    out.push(`      <node id="${xml(n.id)}" label="${xml(n.name)}">`)
    out.push('        <attvalues>')
    out.push(`          <attvalue for="events" value="${n.events}"/>`)
    if (n.bloc !== null) out.push(`          <attvalue for="bloc" value="${n.bloc}"/>`)
    const at = stateCentre(n.id)
    if (at)
      out.push(
        `          <attvalue for="latitude" value="${at.lat}"/>`,
        `          <attvalue for="longitude" value="${at.lon}"/>`,
      )
    out.push('        </attvalues>', '      </node>')
  }
  out.push('    </nodes>', '    <edges>')
  edges.forEach((e, i) => {
    out.push(`      <edge id="${i}" source="${xml(e.a)}" target="${xml(e.b)}" weight="${e.events}">`)
    out.push('        <attvalues>')
    out.push(`          <attvalue for="cooperation" value="${e.cooperation}"/>`)
    out.push(`          <attvalue for="conflict" value="${e.conflict}"/>`)
    out.push(`          <attvalue for="score" value="${e.scoreSum}"/>`)
    out.push('        </attvalues>', '      </edge>')
  })
  out.push('    </edges>', '  </graph>', '</gexf>', '')
  return out.join('\n')
}
