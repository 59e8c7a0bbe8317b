import { describe, expect, it } from 'vitest'
import { undatedNote } from './dyad.js'

describe('undatedNote', () => {
  it('says how many events are undated and why, instead of an empty timeline', () => {
    expect(undatedNote(0, false)).toBeNull()
    expect(undatedNote(7, false)).toMatch(/^No dated events to chart: 7 events between these two are undated/)
    expect(undatedNote(1, true)).toMatch(/^1 event between these two is undated/)
    expect(undatedNote(7, false)).toContain('--observed-at')
  })
})
