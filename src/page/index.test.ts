// The page stage on hostile text: limits that keep one input from costing the whole run (article length,
// glued timestamps, thousands of items), and properties that hold for any text (fast-check): the reader
// never throws, every span lies inside the page text and says what it covers, datelines read back as
// written, and a relative time never lands after the crawl.

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Page } from '../core/doc.js'
import { readText } from '../sources/text.js'
import { ageInterval, matchAgeAtStart } from './age.js'
import { matchDateline } from './dateline.js'
import { pageStage } from './index.js'

const stage = pageStage()
const OBSERVED = '2025-06-01T12:00:00.000Z'

function read(text: string, observedAt: string | null = OBSERVED): Page {
  const page = readText(Buffer.from(text, 'utf8'), { input: 'p.txt', name: 'p.txt' }, { observedAt })
  stage(page)
  return page
}

describe('the page stage on hostile text', () => {
  it('does not read an article longer than the limit, and says so with its line', () => {
    const text = 'Kop\n\nOSLO (ANP) - ' + 'Noorwegen zegt iets. '.repeat(6000) + '\n'
    const page = read(text)
    expect(page.articles).toEqual([])
    const m = page.messages.find((x) => x.ruleId === 'page/long-article')!
    expect(m).toMatchObject({ severity: 'warning', line: 3 })
    expect(m.text).toContain('an article of 125999 characters (over 100000)')
    // Below the limit the same article is read.
    expect(read('Kop\n\nOSLO (ANP) - ' + 'Noorwegen zegt iets. '.repeat(600) + '\n').articles).toHaveLength(1)
  })

  it('reads the first thousand articles of a page and says where it stopped', () => {
    const item = (i: number) => `OSLO (ANP) - Noorwegen zegt iets over de zee, bericht ${i}.\n\n`
    const text = Array.from({ length: 1200 }, (_, i) => item(i)).join('')
    const page = read(text)
    expect(page.articles).toHaveLength(1000)
    const m = page.messages.filter((x) => x.ruleId === 'page/too-many-articles')
    expect(m).toHaveLength(1)
    expect(m[0]).toMatchObject({ severity: 'warning', line: 2001 })
    expect(page.text.slice(m[0]!.span!.start, m[0]!.span!.end)).toContain('bericht 1000.')
  })

  it('reads a line of fifty thousand glued timestamps without overflowing the stack', () => {
    const page = read('1 uur geleden'.repeat(50_000) + 'OSLO (ANP) - Noorwegen zegt iets over de zee.\n')
    expect(page.articles).toHaveLength(1)
    expect(page.articles[0]!.dateline!.places).toEqual(['OSLO'])
  }, 60_000)

  it('reads a page of twenty thousand short dateline items, each an article', () => {
    // Above the default article limit, to time the segmenter itself.
    const page = readText(Buffer.from('MOSKOU (ANP) - Rusland zegt iets.\n'.repeat(20_000)), {
      input: 'p.txt',
      name: 'p.txt',
    })
    pageStage({ maxArticles: 50_000 })(page)
    expect(page.articles).toHaveLength(20_000)
    expect(page.articles.filter((a) => a.kind === 'main')).toHaveLength(1)
  }, 60_000)
})

/** Text built from the pieces the page rules key on, so the properties reach datelines, ages and sections. */
const piece = fc.oneof(
  fc.constantFrom(
    'MOSKOU (ANP/RTR) - ',
    'WASHINGTON/ABU DHABI (ANP) - ',
    '1 uur geleden',
    '14 minuten geleden',
    'een dag geleden',
    'Meer uit Buitenland',
    'Door ANP - 15-1-2017, 17:06',
    'date 2024-06 ',
    'Rusland zet Noorse diplomaten uit.',
    'Kenia stuurt agenten naar Haïti',
    'Foto: ANP',
    'Delen',
    '\n',
    '\n\n',
    ' ',
    '(ANP/',
    'Ã«',
    '\u00a0',
    '\r\n',
  ),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 10 }),
)
const pageText = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''))

describe('properties of the page reader (fast-check)', () => {
  it('never throws on arbitrary text and bytes', () => {
    fc.assert(
      fc.property(pageText, (text) => {
        read(text)
      }),
      { numRuns: 300 },
    )
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        // Binary input is refused with an InputError, never anything else.
        try {
          const page = readText(bytes, { input: 'b.bin', name: 'b.bin' }, { observedAt: OBSERVED })
          stage(page)
        } catch (e) {
          expect((e as Error).name).toBe('InputError')
        }
      }),
      { numRuns: 300 },
    )
  })

  it('gives spans inside the text that cover what they claim', () => {
    fc.assert(
      fc.property(pageText, (text) => {
        const page = read(text)
        const n = page.text.length
        const inside = (s: { start: number; end: number }) => 0 <= s.start && s.start <= s.end && s.end <= n
        for (const a of page.articles) {
          expect(inside(a.body)).toBe(true)
          for (const p of a.paragraphs) {
            expect(inside(p)).toBe(true)
            expect(p.start >= a.body.start && p.end <= a.body.end).toBe(true)
          }
          if (a.headlineSpan) {
            expect(inside(a.headlineSpan)).toBe(true)
            expect(page.text.slice(a.headlineSpan.start, a.headlineSpan.end)).toBe(a.headline)
          }
          if (a.dateline) {
            expect(inside(a.dateline.span)).toBe(true)
            const written = page.text.slice(a.dateline.span.start, a.dateline.span.end)
            for (const place of a.dateline.places) expect(written).toContain(place)
            expect(a.dateline.span.end).toBeLessThanOrEqual(a.body.start)
          }
          if (a.age) {
            expect(inside(a.age.span)).toBe(true)
            expect(page.text.slice(a.age.span.start, a.age.span.end)).toBe(a.age.text)
          }
        }
        for (const m of page.messages) if (m.span) expect(inside(m.span)).toBe(true)
      }),
      { numRuns: 300 },
    )
  })

  it('reads a dateline back as it was written', () => {
    const word = fc.stringMatching(/^[A-ZÈÉÎÏ][A-ZÈÉÎÏ'.-]{1,11}$/)
    const place = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '))
    const agency = fc.constantFrom('ANP', 'AFP', 'RTR', 'DPA', 'EFE', 'BELGA', 'AP')
    fc.assert(
      fc.property(
        fc.array(place, { minLength: 1, maxLength: 3 }),
        fc.array(agency, { maxLength: 4 }),
        fc.constantFrom('-', '–', '—'),
        (places, agencies, dash) => {
          fc.pre(places.every((p) => p.replace(/[^\p{L}]/gu, '').length >= 2))
          const head = `${places.join('/')} ${agencies.length ? `(${agencies.join('/')}) ` : ''}${dash} `
          const m = matchDateline(head + 'De regering zegt iets.')
          expect(m).not.toBeNull()
          expect(m!.places).toEqual(places)
          expect(m!.agencies).toEqual(agencies)
          expect(m!.length).toBe(head.length)
        },
      ),
      { numRuns: 500 },
    )
  })

  it('never puts a relative time after the crawl time, and an older one never later', () => {
    const unit = fc.constantFrom('seconden', 'minuten', 'uur', 'dagen', 'weken', 'maanden', 'jaar')
    const crawl = fc
      .date({
        min: new Date('1990-01-01T00:00:00Z'),
        max: new Date('2090-01-01T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString())
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 9999 }),
        unit,
        crawl,
        (a, b, u, at) => {
          const m = matchAgeAtStart(`${a} ${u} geleden`)!
          expect(m.amount).toBe(a)
          const i = ageInterval(m.amount, m.unit, at)!
          expect(Date.parse(i.from)).toBeLessThanOrEqual(Date.parse(i.to))
          expect(Date.parse(i.to)).toBeLessThanOrEqual(Date.parse(at))
          const older = ageInterval(Math.max(a, b), m.unit, at)!
          const newer = ageInterval(Math.min(a, b), m.unit, at)!
          expect(Date.parse(older.to)).toBeLessThanOrEqual(Date.parse(newer.to))
        },
      ),
      { numRuns: 500 },
    )
    // Through the whole reader: every age found on a page ends at or before the crawl.
    fc.assert(
      fc.property(pageText, crawl, (text, at) => {
        for (const a of read(text, at).articles)
          if (a.age?.interval) expect(Date.parse(a.age.interval.to)).toBeLessThanOrEqual(Date.parse(at))
      }),
      { numRuns: 200 },
    )
  })
})
