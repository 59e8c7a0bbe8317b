import { describe, expect, it } from 'vitest'
import {
  layoutTimeline,
  niceMax,
  periodBounds,
  periodOf,
  periodRange,
  type TimelinePoint,
} from './timeline.js'

describe('periods', () => {
  it('gives the first and last day of a period', () => {
    expect(periodBounds('2025-05-12')).toEqual({ from: '2025-05-12', to: '2025-05-12' })
    expect(periodBounds('2025-02')).toEqual({ from: '2025-02-01', to: '2025-02-28' })
    expect(periodBounds('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' })
    expect(periodBounds('2025-12')).toEqual({ from: '2025-12-01', to: '2025-12-31' })
    expect(periodBounds('2025-W20')).toEqual({ from: '2025-05-12', to: '2025-05-18' })
    expect(periodBounds('2026-W01')).toEqual({ from: '2025-12-29', to: '2026-01-04' })
    expect(periodBounds('2020-W53')).toEqual({ from: '2020-12-28', to: '2021-01-03' })
    expect(periodBounds('soon')).toBeNull()
  })

  it('buckets days as the API does, ISO weeks belonging to their Thursday', () => {
    expect(periodOf('2025-05-12', 'week')).toBe('2025-W20')
    expect(periodOf('2025-12-29', 'week')).toBe('2026-W01')
    expect(periodOf('2021-01-03', 'week')).toBe('2020-W53')
    expect(periodOf('2025-05-12T10:00:00Z', 'month')).toBe('2025-05')
  })

  it('lists every period in a range, across year ends', () => {
    expect(periodRange('2024-11', '2025-02', 'month')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02'])
    expect(periodRange('2025-W52', '2026-W02', 'week')).toEqual(['2025-W52', '2026-W01', '2026-W02'])
    expect(periodRange('2024-02-28', '2024-03-01', 'day')).toEqual(['2024-02-28', '2024-02-29', '2024-03-01'])
    expect(periodRange('2025-03', '2025-01', 'month')).toBeNull()
    expect(periodRange('2020-01-01', '2025-01-01', 'day', 100)).toBeNull()
  })
})

describe('layoutTimeline', () => {
  const point = (
    period: string,
    q: [number, number, number, number],
    scoreMean: number | null,
  ): TimelinePoint => ({
    period,
    byQuad: { 1: q[0], 2: q[1], 3: q[2], 4: q[3] },
    scoreMean,
    events: q.reduce((a, b) => a + b, 0),
    negated: 0,
    alleged: 0,
    hypothetical: 0,
  })
  const box = { width: 440, height: 240, top: 10, right: 40, bottom: 30, left: 40 }

  it('fills gaps, stacks quads from the baseline and breaks the score line on empty periods', () => {
    const l = layoutTimeline(
      [
        point('2025-01', [2, 1, 0, 1], 3),
        point('2025-03', [0, 0, 4, 4], -6),
        point('2025-04', [1, 0, 0, 0], 2.5),
      ],
      'month',
      box,
    )
    expect(l.bars.map((b) => b.period)).toEqual(['2025-01', '2025-02', '2025-03', '2025-04'])
    expect(l.plot).toEqual({ x: 40, y: 10, width: 360, height: 200 })
    const jan = l.bars[0]!
    expect(jan.segments.map((s) => s.quad)).toEqual([1, 2, 4])
    expect(jan.segments[0]!.y + jan.segments[0]!.height).toBeCloseTo(210)
    expect(jan.segments[1]!.y + jan.segments[1]!.height).toBeCloseTo(jan.segments[0]!.y)
    expect(l.bars[1]!.segments).toEqual([])
    expect(l.bars[1]!.point).toBeNull()
    const mar = l.bars[2]!
    expect(mar.segments[1]!.y).toBeCloseTo(10)
    expect(l.lines.map((r) => r.length)).toEqual([1, 2])
    expect(l.lines[0]![0]!.y).toBeLessThan(110)
    expect(l.lines[1]![0]!.y).toBeGreaterThan(110)
    expect(l.countTicks[0]).toEqual({ value: 0, y: 210 })
    expect(l.countTicks[l.countTicks.length - 1]!.value).toBe(8)
    expect(l.scoreTicks.find((t) => t.value === 0)!.y).toBe(110)
  })

  it('thins labels when periods are narrow, and copes with no points', () => {
    const many = Array.from({ length: 60 }, (_, i) =>
      point(
        `2025-${String((i % 12) + 1).padStart(2, '0')}-${String(Math.floor(i / 12) + 1).padStart(2, '0')}`,
        [1, 0, 0, 0],
        2.5,
      ),
    )
    const l = layoutTimeline(many, 'day', box)
    expect(l.labels.length).toBeLessThan(l.bars.length)
    expect(layoutTimeline([], 'month', box).bars).toEqual([])
  })

  it('rounds axis maxima', () => {
    expect(niceMax(0)).toEqual({ max: 1, step: 1 })
    expect(niceMax(7)).toEqual({ max: 8, step: 2 })
    expect(niceMax(130)).toEqual({ max: 150, step: 50 })
  })
})
