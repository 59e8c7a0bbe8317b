import { describe, expect, it } from 'vitest'
import { BLOC_PALETTE, NO_BLOC, blocColour, scoreColour, sqrtScale, trendMark } from './scale.js'

const rgb = (hex: string) =>
  [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number]

describe('scoreColour', () => {
  it('runs from red through grey to blue', () => {
    expect(scoreColour(-10)).toBe('#c62828')
    expect(scoreColour(10)).toBe('#1f6fb4')
    expect(scoreColour(0)).toBe('#b0b0b0')
    expect(scoreColour(null)).toBe('#b0b0b0')
    expect(scoreColour(Number.NaN)).toBe('#b0b0b0')
    const [r1, , b1] = rgb(scoreColour(-3))
    expect(r1).toBeGreaterThan(b1)
    const [r2, , b2] = rgb(scoreColour(3))
    expect(b2).toBeGreaterThan(r2)
  })
  it('gets stronger with the magnitude', () => {
    expect(rgb(scoreColour(-5))[1]).toBeLessThan(rgb(scoreColour(-2))[1])
  })
})

describe('blocColour', () => {
  it('cycles the palette and greys actors in no bloc', () => {
    expect(blocColour(0)).toBe(BLOC_PALETTE[0])
    expect(blocColour(BLOC_PALETTE.length)).toBe(BLOC_PALETTE[0])
    expect(blocColour(null)).toBe(NO_BLOC)
  })
})

describe('sqrtScale and trendMark', () => {
  it('scales by square root within bounds', () => {
    expect(sqrtScale(0, 100, 4, 20)).toBe(4)
    expect(sqrtScale(100, 100, 4, 20)).toBe(20)
    expect(sqrtScale(25, 100, 4, 20)).toBe(12)
    expect(sqrtScale(500, 100, 4, 20)).toBe(20)
    expect(sqrtScale(5, 0, 4, 20)).toBe(4)
  })
  it('names the trend', () => {
    expect(trendMark(1).arrow).toBe('▲')
    expect(trendMark(-1).arrow).toBe('▼')
    expect(trendMark(0).arrow).toBe('→')
    expect(trendMark(null).arrow).toBe('–')
  })
})
