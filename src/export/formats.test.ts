import { parse as parseCsvText } from 'csv-parse/sync'
import { DOMParser } from 'linkedom'
import { describe, expect, it } from 'vitest'
import type { Edge } from '../graph/blocs.js'
import { CSV_COLUMNS, writer as csv } from './csv.js'
import { GDELT_COLUMNS, writer as gdelt } from './gdelt.js'
import { writer as gexf } from './gexf.js'
import { writer as graphml } from './graphml.js'
import { writer as plover } from './plover.js'
import { FORMATS, formatsOf, type EventWriter, type GraphNode } from './registry.js'
import type { EventRow } from './rows.js'

const parseCsv = (text: string): string[][] => parseCsvText(text, { relaxColumnCount: true })

/** A whole file from an event writer: its head, each row, its end. */
const write = (w: EventWriter, rows: EventRow[]) =>
  [w.head(), ...rows.map((r) => w.row(r)), w.end()].map((c) => (typeof c === 'string' ? c : '')).join('')

const event = (over: Partial<EventRow> = {}): EventRow => ({
  id: 7,
  key: 'entente-7',
  inPage: null,
  story: 3,
  article: 11,
  date: '2025-05-12T08:00:00Z',
  source: 'RUS',
  target: 'CHN',
  type: 'COOPERATE',
  mode: null,
  polarity: 'negated',
  modality: 'actual',
  quad: 2,
  score: 9.5,
  goldstein: 6,
  evidence: 'niet aan een "militaire" alliantie, met China\nmee te doen',
  cue: 'doen',
  attribution: null,
  headline: 'Poetin: geen alliantie',
  lead: 'De Russische president',
  url: 'https://example.org/a?b=1,2',
  cameo: '06',
  place: {
    name: 'Beijing',
    text: 'Peking',
    precision: 'city',
    feature: 'city',
    country: 'CHN',
    lat: 39.9075,
    lon: 116.39723,
  },
  ...over,
})
const sea = {
  name: 'Rode Zee',
  text: 'Rode Zee',
  precision: 'region',
  feature: 'sea',
  country: null,
  lat: 20,
  lon: 38.5,
} as const

const nodes: GraphNode[] = [
  { id: 'RUS', name: 'Rusland', events: 3, bloc: 0 },
  { id: 'CHN', name: 'China & co <test>', events: 2, bloc: 0 },
  { id: 'UKR', name: 'Oekraïne', events: 1, bloc: null },
]
const edges: Edge[] = [
  { a: 'CHN', b: 'RUS', events: 2, cooperation: 2, conflict: 0, scoreSum: 12, scoreMean: 6 },
  { a: 'RUS', b: 'UKR', events: 1, cooperation: 0, conflict: 1, scoreSum: -9, scoreMean: -9 },
]

describe('CSV', () => {
  it('round-trips quotes, commas and newlines', () => {
    const e = event()
    const rows = parseCsv(write(csv(), [e, event({ id: 8, target: null })]))
    expect(rows[0]).toEqual([...CSV_COLUMNS])
    const back = Object.fromEntries(rows[0]!.map((c, i) => [c, rows[1]![i]]))
    expect(back.evidence).toBe(e.evidence)
    expect(back.url).toBe(e.url)
    expect([back.id, back.score, back.polarity]).toEqual(['7', '9.5', 'negated'])
    expect(rows[2]![CSV_COLUMNS.indexOf('target')]).toBe('')
    expect(rows).toHaveLength(3)
  })

  it('round-trips the place columns, empty when the event has no place', () => {
    const rows = parseCsv(write(csv(), [event(), event({ place: null })]))
    const back = (r: string[]) => Object.fromEntries(rows[0]!.map((c, i) => [c, r[i]]))
    expect(back(rows[1]!)).toMatchObject({
      place: 'Beijing',
      place_country: 'CHN',
      place_precision: 'city',
      lat: '39.9075',
      lon: '116.39723',
    })
    expect(back(rows[2]!)).toMatchObject({ place: '', place_country: '', lat: '', lon: '' })
  })
})

describe('GDELT-style TSV', () => {
  it('writes one line per event with the documented columns and no stray tabs', () => {
    const text = write(gdelt('2025-11-22'), [event()])
    const [head, line] = text
      .trimEnd()
      .split('\n')
      .map((l) => l.split('\t'))
    expect(head).toEqual([...GDELT_COLUMNS])
    const row = Object.fromEntries(head!.map((c, i) => [c, line![i]]))
    expect(row).toMatchObject({
      SQLDATE: '20250512',
      Actor1Code: 'RUS',
      Actor2Code: 'CHN',
      EventRootCode: '06',
      QuadClass: '2',
      GoldsteinScale: '6',
      Polarity: 'negated',
    })
    expect(line).toHaveLength(GDELT_COLUMNS.length)
    expect(row.Evidence).toBe('niet aan een "militaire" alliantie, met China mee te doen')
    expect(row).toMatchObject({
      ActionGeo_Type: '4',
      ActionGeo_FullName: 'Beijing',
      ActionGeo_CountryCode: 'CHN',
      ActionGeo_Lat: '39.9075',
      ActionGeo_Long: '116.39723',
      ActionGeo_Precision: 'city',
    })
  })

  it('fills ActionGeo_* by the place: a sea is a region (5) with no state; no place is type 0', () => {
    const rowOf = (e: EventRow) => {
      const line = gdelt('2025-11-22').row(e).toString().trimEnd().split('\t')
      return Object.fromEntries(GDELT_COLUMNS.map((c, i) => [c, line[i]]))
    }
    expect(rowOf(event({ place: sea }))).toMatchObject({
      ActionGeo_Type: '5',
      ActionGeo_CountryCode: '',
      ActionGeo_Lat: '20',
      ActionGeo_Long: '38.5',
    })
    expect(rowOf(event({ place: null }))).toMatchObject({ ActionGeo_Type: '0', ActionGeo_FullName: '' })
  })
})

describe('PLOVER JSONL', () => {
  it('writes a PLOVER record with our polarity and modality', () => {
    const r = JSON.parse(write(plover('2025-11-22'), [event()]))
    expect(r).toMatchObject({
      date: '2025-05-12',
      actor: [{ code: 'RUS' }],
      recipient: [{ code: 'CHN' }],
      event: ['COOPERATE'],
      quad_code: 2,
      polarity: 'negated',
      coded_date: '2025-11-22',
      geolocation: { lat: 39.9075, lon: 116.39723, placename: 'Beijing', country: 'CHN', precision: 'city' },
    })
    expect(JSON.parse(write(plover('2025-11-22'), [event({ place: null })])).geolocation).toBeNull()
    // What only a page knows is null from the store; the story is there.
    expect(r).toMatchObject({ id: 'entente-7', story: 3, text: null, text_info: null, mapping_version: null })
  })
})

function parseXml(text: string) {
  return new DOMParser().parseFromString(text, 'text/xml')
}

// linkedom leaves entities in attribute values as written; a conforming XML parser decodes them.
const attr = (el: Element, name: string) =>
  el
    .getAttribute(name)
    ?.replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&') ?? null

describe('GraphML and GEXF', () => {
  it('GraphML round-trips nodes, names and weighted edges', () => {
    const doc = parseXml(graphml({ nodes, edges }))
    const back = [...doc.querySelectorAll('node')].map((n) => ({
      id: n.getAttribute('id'),
      name: n.querySelector('data[key="name"]')?.textContent,
      events: Number(n.querySelector('data[key="events"]')?.textContent),
    }))
    expect(back).toEqual(nodes.map(({ id, name, events }) => ({ id, name, events })))
    const e = [...doc.querySelectorAll('edge')].map((x) => [
      x.getAttribute('source'),
      x.getAttribute('target'),
      Number(x.querySelector('data[key="score"]')?.textContent),
    ])
    expect(e).toEqual(edges.map((x) => [x.a, x.b, x.scoreSum]))
    // States carry their centre for a geographic layout.
    const rus = doc.querySelector('node[id="RUS"]')!
    expect(Number(rus.querySelector('data[key="latitude"]')?.textContent)).toBeGreaterThan(50)
    expect(Number(rus.querySelector('data[key="longitude"]')?.textContent)).toBeGreaterThan(60)
  })

  it('GEXF round-trips labels, bloc attributes and edge weights', () => {
    const doc = parseXml(gexf({ nodes, edges }))
    const back = [...doc.querySelectorAll('node')].map((n) => [
      attr(n, 'id'),
      attr(n, 'label'),
      n.querySelector('attvalue[for="bloc"]')?.getAttribute('value') ?? null,
    ])
    expect(back).toEqual([
      ['RUS', 'Rusland', '0'],
      ['CHN', 'China & co <test>', '0'],
      ['UKR', 'Oekraïne', null],
    ])
    expect([...doc.querySelectorAll('edge')].map((x) => Number(x.getAttribute('weight')))).toEqual([2, 1])
    const ukr = [...doc.querySelectorAll('node')].find((n) => attr(n, 'id') === 'UKR')!
    const lat = Number(ukr.querySelector('attvalue[for="latitude"]')?.getAttribute('value'))
    const lon = Number(ukr.querySelector('attvalue[for="longitude"]')?.getAttribute('value'))
    expect([lat > 44 && lat < 53, lon > 22 && lon < 41]).toEqual([true, true])
  })
})

describe('the format registry', () => {
  it('names each format once, and each loads the writer of its kind', async () => {
    const names = FORMATS.map((f) => f.name)
    expect(new Set(names).size).toBe(names.length)
    for (const f of FORMATS) expect(typeof (await f.load()).writer).toBe('function')
    expect(formatsOf('events', 'graph').map((f) => f.name)).toEqual([
      'plover',
      'csv',
      'gdelt',
      'parquet',
      'graphml',
      'gexf',
    ])
    expect(formatsOf('pages', 'events').map((f) => f.name)).toEqual([
      'summary',
      'jsonl',
      'gold',
      'plover',
      'csv',
      'gdelt',
      'parquet',
    ])
  })
})
