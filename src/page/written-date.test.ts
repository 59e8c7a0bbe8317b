import { describe, expect, it } from 'vitest'
import { parseWrittenDate } from './written-date.js'

describe('parseWrittenDate', () => {
  it('reads day-month-year with and without a time', () => {
    expect(parseWrittenDate('15-1-2017, 17:06')).toBe('2017-01-15T17:06')
    expect(parseWrittenDate('4-3-2026')).toBe('2026-03-04')
  })
  it('reads a Dutch written date', () => {
    expect(parseWrittenDate('15 januari 2017')).toBe('2017-01-15')
  })
  it('gives null for what is not a full date', () => {
    expect(parseWrittenDate('gisteren')).toBeNull()
    expect(parseWrittenDate('januari')).toBeNull()
  })
})
