// A dyad's timeline as geometry: the periods between the first and last point (gaps filled, so time runs
// evenly), stacked bars of asserted events by quad class, and the mean-score line on its own axis. Pure
// numbers; the view turns them into SVG.

import type { By } from './route.js'

const DAY = 86_400_000

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10)

/** Monday of ISO week `week` of `year` (week 1 holds 4 January). */
function isoWeekMonday(year: number, week: number): number {
  const jan4 = Date.UTC(year, 0, 4)
  const dow = new Date(jan4).getUTCDay() || 7
  return jan4 - (dow - 1) * DAY + (week - 1) * 7 * DAY
}

/** The first and last day (inclusive, ISO dates) of a period `2025-05-12`, `2025-W20` or `2025-05`. */
export function periodBounds(period: string): { from: string; to: string } | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(period)
  if (m) return { from: period, to: period }
  m = /^(\d{4})-W(\d{2})$/.exec(period)
  if (m) {
    const monday = isoWeekMonday(Number(m[1]), Number(m[2]))
    return { from: iso(monday), to: iso(monday + 6 * DAY) }
  }
  m = /^(\d{4})-(\d{2})$/.exec(period)
  if (m) {
    const y = Number(m[1])
    const mo = Number(m[2])
    return { from: `${period}-01`, to: iso(Date.UTC(y, mo, 1) - DAY) }
  }
  return null
}

/** The period a day falls in, as the API buckets it (graph/aggregate.ts periodOf). */
export function periodOf(day: string, by: By): string {
  if (by === 'day') return day.slice(0, 10)
  if (by === 'month') return day.slice(0, 7)
  const d = new Date(`${day.slice(0, 10)}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + 4 - (d.getUTCDay() || 7))
  const year = d.getUTCFullYear()
  const week = Math.ceil(((d.getTime() - Date.UTC(year, 0, 1)) / DAY + 1) / 7)
  return `${year}-W${String(week).padStart(2, '0')}`
}

/** Every period from `first` to `last` inclusive, or null when there would be more than `cap`. */
export function periodRange(first: string, last: string, by: By, cap = 1500): string[] | null {
  const a = periodBounds(first)
  const b = periodBounds(last)
  if (!a || !b || a.from > b.from) return null
  const out: string[] = []
  let t = Date.parse(`${a.from}T00:00:00Z`)
  const end = Date.parse(`${b.from}T00:00:00Z`)
  while (t <= end) {
    if (out.length >= cap) return null
    const p = periodOf(iso(t), by)
    if (out[out.length - 1] !== p) out.push(p)
    if (by === 'month') {
      const d = new Date(t)
      t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)
    } else t += (by === 'week' ? 7 : 1) * DAY
  }
  return out
}

export interface TimelinePoint {
  period: string
  byQuad: { 1: number; 2: number; 3: number; 4: number }
  scoreMean: number | null
  events: number
  negated: number
  alleged: number
  hypothetical: number
}

export interface Box {
  width: number
  height: number
  top: number
  right: number
  bottom: number
  left: number
}

export interface Bar {
  period: string
  x: number
  width: number
  /** The whole column, for clicking a period with few events. */
  hit: { x: number; width: number }
  segments: { quad: 1 | 2 | 3 | 4; count: number; y: number; height: number }[]
  point: TimelinePoint | null
}

export interface ChartLayout {
  bars: Bar[]
  /** Runs of the score line; a period without asserted events breaks the line. */
  lines: { x: number; y: number }[][]
  countTicks: { value: number; y: number }[]
  scoreTicks: { value: number; y: number }[]
  labels: { period: string; x: number }[]
  plot: { x: number; y: number; width: number; height: number }
}

/** A round axis maximum with its tick step, at least 1. */
export function niceMax(max: number): { max: number; step: number } {
  if (!(max > 0)) return { max: 1, step: 1 }
  const raw = max / 4
  const mag = 10 ** Math.floor(Math.log10(raw))
  const step = [1, 2, 5, 10].map((k) => k * mag).find((s) => s >= raw) ?? 10 * mag
  const s = Math.max(1, step)
  return { max: Math.ceil(max / s) * s, step: s }
}

export function layoutTimeline(
  points: readonly TimelinePoint[],
  by: By,
  box: Box,
  labelWidth = 56,
): ChartLayout {
  const sorted = [...points].sort((x, y) => x.period.localeCompare(y.period))
  const byPeriod = new Map(sorted.map((p) => [p.period, p]))
  const periods =
    sorted.length === 0
      ? []
      : (periodRange(sorted[0]!.period, sorted[sorted.length - 1]!.period, by) ?? sorted.map((p) => p.period))
  const plot = {
    x: box.left,
    y: box.top,
    width: Math.max(1, box.width - box.left - box.right),
    height: Math.max(1, box.height - box.top - box.bottom),
  }
  const total = (p: TimelinePoint) => p.byQuad[1] + p.byQuad[2] + p.byQuad[3] + p.byQuad[4]
  const { max, step } = niceMax(Math.max(0, ...sorted.map(total)))
  const yCount = (v: number) => plot.y + plot.height - (v / max) * plot.height
  const yScore = (v: number) =>
    plot.y + plot.height / 2 - (Math.max(-10, Math.min(10, v)) / 10) * (plot.height / 2)
  const slot = periods.length ? plot.width / periods.length : plot.width
  const barWidth = Math.max(1, Math.min(48, slot * 0.78))
  const bars: Bar[] = periods.map((period, i) => {
    const point = byPeriod.get(period) ?? null
    const x = plot.x + i * slot + (slot - barWidth) / 2
    const segments: Bar['segments'] = []
    let base = 0
    for (const quad of [1, 2, 3, 4] as const) {
      const count = point?.byQuad[quad] ?? 0
      if (!count) continue
      const y = yCount(base + count)
      segments.push({ quad, count, y, height: yCount(base) - y })
      base += count
    }
    return { period, x, width: barWidth, hit: { x: plot.x + i * slot, width: slot }, segments, point }
  })
  const lines: { x: number; y: number }[][] = []
  let run: { x: number; y: number }[] = []
  for (const b of bars) {
    const mean = b.point?.scoreMean
    if (mean === null || mean === undefined) {
      if (run.length) lines.push(run)
      run = []
      continue
    }
    run.push({ x: b.x + b.width / 2, y: yScore(mean) })
  }
  if (run.length) lines.push(run)
  const countTicks: ChartLayout['countTicks'] = []
  for (let v = 0; v <= max; v += step) countTicks.push({ value: v, y: yCount(v) })
  const scoreTicks = [-10, -5, 0, 5, 10].map((value) => ({ value, y: yScore(value) }))
  const every = Math.max(1, Math.ceil(labelWidth / slot))
  const labels = bars
    .filter((_, i) => i % every === 0)
    .map((b) => ({ period: b.period, x: b.x + b.width / 2 }))
  return { bars, lines, countTicks, scoreTicks, labels, plot }
}
