import { describe, expect, it } from 'vitest'
import type { Span } from '../core/span.js'
import { seeded } from '../core/random.js'
import { sentenceSpans } from './sentences.js'

const split = (t: string) => sentenceSpans(t, { start: 0, end: t.length }).map((s) => t.slice(s.start, s.end))

describe('sentenceSpans', () => {
  it('splits on a full stop before a capital and keeps initials and abbreviations', () => {
    expect(split('De minister sprak. Het kabinet zweeg. Mr. J. Smit ook.')).toEqual([
      'De minister sprak.',
      'Het kabinet zweeg.',
      'Mr. J. Smit ook.',
    ])
  })

  it('splits sentences glued without a space', () => {
    expect(split('Dat zegt minister Novak.De regeringen praten verder.')).toEqual([
      'Dat zegt minister Novak.',
      'De regeringen praten verder.',
    ])
    // Not inside names, abbreviations or web addresses.
    expect(split('Hij woont in St.Petersburg en leest nu.nl elke dag.')).toHaveLength(1)
  })

  it('never runs a sentence across a line or paragraph break', () => {
    expect(split('Onrust in de hoofdstad\n\nhet leger trok zich terug.')).toEqual([
      'Onrust in de hoofdstad',
      'het leger trok zich terug.',
    ])
    expect(split('Eerste alinea zonder punt\u2029tweede alinea.')).toHaveLength(2)
  })
})

/** The scan as first written: the boundary regex with the g flag tried at every position. */
function reference(text: string, span: Span): Span[] {
  const ABBR = new Set(
    'mr dr prof drs ir ing mevr dhr st nr ca vs jr sr gen lt kol e a o i m n b c d v'.split(' '),
  )
  const BOUNDARY =
    /[.!?…]+["'”’)]*(?=\s+["'“‘(]?[\p{Lu}\p{N}])|[.!?…]+["'”’)]*\s*$|(?<=\p{Ll}{2})[.!?](?=\p{Lu}\p{Ll})|[ \t]*[\n\r\u2028\u2029\u0085]\s*/gu
  const out: Span[] = []
  const slice = text.slice(span.start, span.end)
  const push = (from: number, to: number) => {
    const lead = slice.slice(from, to).length - slice.slice(from, to).trimStart().length
    const trail = slice.slice(from, to).length - slice.slice(from, to).trimEnd().length
    if (to - trail > from + lead) out.push({ start: span.start + from + lead, end: span.start + to - trail })
  }
  let start = 0
  let m: RegExpExecArray | null
  while ((m = BOUNDARY.exec(slice)) !== null) {
    const end = m.index + m[0].length
    const word = /(\p{L}+)$/u.exec(slice.slice(Math.max(start, m.index - 12), m.index))?.[1] ?? ''
    const abbreviation =
      m[0].startsWith('.') &&
      m[0].length === 1 &&
      ((ABBR.has(word.toLowerCase()) && !/^\p{Lu}{2,}$/u.test(word)) || /^\p{Lu}$/u.test(word))
    if (abbreviation && end < slice.length) continue
    push(start, end)
    start = end
    if (m[0].length === 0) BOUNDARY.lastIndex++
  }
  if (start < slice.length) push(start, slice.length)
  return out
}

describe('sentenceSpans against the plain scan', () => {
  it('finds the same boundaries on texts of marks, breaks, quotes, capitals and abbreviations', () => {
    const pieces = [
      ...['.', '.', '.', '!', '?', '…', '\n', '\r', '\t', '\u2029', '\u0085'],
      ' ',
      '  ',
      ' \t ',
      '"',
      '”',
      "'",
      '’',
      ')',
      '(',
      '“',
      'De',
      'het',
      'zegt',
      'Praga',
      'VS',
      'EU',
      'vs',
      'Mr',
      'J',
      'o.a',
      'Öz',
      'één',
      '12',
      'nu.nl',
      'St.Petersburg',
      'Novak.De',
    ]
    const random = seeded(19)
    for (let n = 0; n < 3000; n++) {
      let text = ''
      const len = 1 + Math.floor(random() * 24)
      for (let k = 0; k < len; k++) text += pieces[Math.floor(random() * pieces.length)]!
      const from = Math.floor(random() * 3)
      const span = { start: Math.min(from, text.length), end: text.length }
      expect(sentenceSpans(text, span), JSON.stringify(text)).toEqual(reference(text, span))
    }
  })
})
