import { describe, expect, it } from 'vitest'
import { ageInterval, isTruncatedAge, matchAgeAtStart } from './age.js'

describe('matchAgeAtStart', () => {
  it('reads a relative timestamp and what is glued after it', () => {
    const s = '14 minuten geledenWASHINGTON (ANP) - x'
    const m = matchAgeAtStart(s)!
    expect(m).toMatchObject({ text: '14 minuten geleden', amount: 14, unit: 'minute' })
    expect(s.slice(m.length)).toBe('WASHINGTON (ANP) - x')
  })

  it('knows every unit in singular and plural and number words', () => {
    expect(matchAgeAtStart('1 uur geleden')!.unit).toBe('hour')
    expect(matchAgeAtStart('19 uur geleden')!.amount).toBe(19)
    expect(matchAgeAtStart('1 dag geleden')!.unit).toBe('day')
    expect(matchAgeAtStart('3 dagen geleden')!.unit).toBe('day')
    expect(matchAgeAtStart('2 weken geleden')!.unit).toBe('week')
    expect(matchAgeAtStart('een minuut geleden')!).toMatchObject({ amount: 1, unit: 'minute' })
  })

  it('does not read a number in a sentence as an age', () => {
    expect(matchAgeAtStart('14 minuten lang werd er geschoten')).toBeNull()
    expect(matchAgeAtStart('Drie uur geleden')).toBeNull() // timestamps are written in lowercase
  })
})

describe('isTruncatedAge', () => {
  it('recognises a timestamp cut off by the end of the page', () => {
    expect(isTruncatedAge('3 uu')).toBe(true)
    expect(isTruncatedAge('12 minuten gel')).toBe(true)
    expect(isTruncatedAge('3')).toBe(true)
  })
  it('does not take a complete timestamp or a sentence for one', () => {
    expect(isTruncatedAge('3 uur geleden')).toBe(false)
    expect(isTruncatedAge('In 2016 verwierp het hof de claim')).toBe(false)
  })
})

describe('ageInterval', () => {
  const crawl = '2025-05-12T10:00:00.000Z'
  it('"1 uur geleden" is from 2 hours to 1 hour before the crawl', () => {
    expect(ageInterval(1, 'hour', crawl)).toEqual({
      from: '2025-05-12T08:00:00.000Z',
      to: '2025-05-12T09:00:00.000Z',
    })
  })
  it('works for minutes and days', () => {
    expect(ageInterval(14, 'minute', crawl)).toEqual({
      from: '2025-05-12T09:45:00.000Z',
      to: '2025-05-12T09:46:00.000Z',
    })
    expect(ageInterval(1, 'day', crawl)).toEqual({
      from: '2025-05-10T10:00:00.000Z',
      to: '2025-05-11T10:00:00.000Z',
    })
  })
  it('is unknown without a crawl time', () => {
    expect(ageInterval(1, 'hour', null)).toBeNull()
  })
})
