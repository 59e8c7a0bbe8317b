import { describe, expect, it } from 'vitest'
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
