// Relations between actors over time, from story events: one row per distinct event of a story (the
// store counts by story, never by page). Pure functions over rows the store selected, so the same code
// serves SQLite, PostgreSQL and tests.

import type { EventType } from '../events/lexicon.js'

export interface GraphEvent {
  /** The story the event belongs to; an event told on ten pages is one row. */
  story: string
  /** ISO date or time the story was first seen (or the article's own date); null when unknown. */
  date: string | null
  source: string
  target: string | null
  type: EventType
  quad: 1 | 2 | 3 | 4
  score: number
  goldstein: number
  polarity: 'asserted' | 'negated'
  modality: 'actual' | 'intended' | 'hypothetical' | 'alleged'
}

export type Period = 'day' | 'week' | 'month'

/** The bucket a date falls in: `2025-05-12`, ISO week `2025-W20`, or `2025-05`. */
export function periodOf(date: string, by: Period): string {
  const day = date.slice(0, 10)
  if (by === 'day') return day
  if (by === 'month') return day.slice(0, 7)
  // ISO 8601: a week belongs to the year of its Thursday.
  const d = new Date(`${day}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + 4 - (d.getUTCDay() || 7))
  const year = d.getUTCFullYear()
  const week = Math.ceil(((d.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1) / 7)
  return `${year}-W${String(week).padStart(2, '0')}`
}

/**
 * How an event counts: `asserted` (happened, happens or is intended, as the text states it) carries the
 * scores; `negated`, `alleged` and `hypothetical` events are counted apart and never mixed in.
 */
export type Standing = 'asserted' | 'negated' | 'alleged' | 'hypothetical'

export function standingOf(e: Pick<GraphEvent, 'polarity' | 'modality'>): Standing {
  if (e.polarity === 'negated') return 'negated'
  if (e.modality === 'alleged') return 'alleged'
  if (e.modality === 'hypothetical') return 'hypothetical'
  return 'asserted'
}

export interface Tally {
  /** Asserted events only. */
  events: number
  byType: Partial<Record<EventType, number>>
  byQuad: { 1: number; 2: number; 3: number; 4: number }
  scoreSum: number
  scoreMean: number | null
  goldsteinSum: number
  goldsteinMean: number | null
  /** Events told as not happening, alleged or hypothetical: counted, not scored. */
  negated: number
  alleged: number
  hypothetical: number
  stories: number
}

export function emptyTally(): Tally {
  return {
    events: 0,
    byType: {},
    byQuad: { 1: 0, 2: 0, 3: 0, 4: 0 },
    scoreSum: 0,
    scoreMean: null,
    goldsteinSum: 0,
    goldsteinMean: null,
    negated: 0,
    alleged: 0,
    hypothetical: 0,
    stories: 0,
  }
}

/** Events of one kind, counted and summed: a single event, or a total the store keeps per day. */
export interface TallyRow {
  type: EventType
  quad: 1 | 2 | 3 | 4
  polarity: GraphEvent['polarity']
  modality: GraphEvent['modality']
  events: number
  score: number
  goldstein: number
}

/** Adds events of one kind to a tally (unrounded: call `finishTally` once all are in). */
export function addRow(into: Tally, row: TallyRow): Tally {
  const standing = standingOf(row)
  if (standing !== 'asserted') {
    into[standing] += row.events
    return into
  }
  into.events += row.events
  into.byType[row.type] = (into.byType[row.type] ?? 0) + row.events
  into.byQuad[row.quad] += row.events
  into.scoreSum += row.score
  into.goldsteinSum += row.goldstein
  return into
}

/** Adds events to a tally and finishes it. */
export function tally(events: Iterable<GraphEvent>, into: Tally = emptyTally()): Tally {
  const stories = new Set<string>()
  for (const e of events) {
    stories.add(e.story)
    addRow(into, { ...e, events: 1 })
  }
  into.stories += stories.size
  return finishTally(into)
}

/** Rounds the sums and computes the means. */
export function finishTally(t: Tally): Tally {
  t.scoreSum = round(t.scoreSum)
  t.goldsteinSum = round(t.goldsteinSum)
  t.scoreMean = t.events ? round(t.scoreSum / t.events) : null
  t.goldsteinMean = t.events ? round(t.goldsteinSum / t.events) : null
  return t
}

const round = (x: number) => Math.round(x * 1000) / 1000

export interface DyadQuery {
  a: string
  b: string
  /** Ordered: only a acting on b. Unordered: both directions. */
  ordered?: boolean
  by?: Period
  from?: string
  to?: string
}

export interface DyadPoint extends Tally {
  period: string
}

export interface DyadTimeline {
  a: string
  b: string
  ordered: boolean
  by: Period
  total: Tally
  points: DyadPoint[]
  /** Events whose story has no date, of any standing: in the total, in no point. */
  undated: number
  /** The same events tallied as the points are, so that the points and this add up to the total. */
  undatedTally: Tally
}

/** Whether an event is between a and b (in that order when ordered). */
export function inDyad(e: GraphEvent, a: string, b: string, ordered: boolean): boolean {
  if (e.source === a && e.target === b) return true
  return !ordered && e.source === b && e.target === a
}

/** Whether the event's date lies in [from, to] (dates compared as ISO strings, `to` inclusive by day). */
export function inWindow(date: string | null, from?: string, to?: string): boolean {
  if (!from && !to) return true
  if (!date) return false
  const day = date.slice(0, 10)
  return (!from || day >= from.slice(0, 10)) && (!to || day <= to.slice(0, 10))
}

export function dyadTimeline(events: Iterable<GraphEvent>, q: DyadQuery): DyadTimeline {
  const ordered = q.ordered ?? false
  const by = q.by ?? 'month'
  const buckets = new Map<string, GraphEvent[]>()
  const all: GraphEvent[] = []
  const undated: GraphEvent[] = []
  for (const e of events) {
    if (!inDyad(e, q.a, q.b, ordered) || !inWindow(e.date, q.from, q.to)) continue
    all.push(e)
    if (!e.date) {
      undated.push(e)
      continue
    }
    const p = periodOf(e.date, by)
    let list = buckets.get(p)
    if (!list) buckets.set(p, (list = []))
    list.push(e)
  }
  const points = [...buckets.entries()]
    .sort(([x], [y]) => x.localeCompare(y))
    .map(([period, list]) => ({ period, ...tally(list) }))
  return {
    a: q.a,
    b: q.b,
    ordered,
    by,
    total: tally(all),
    points,
    undated: undated.length,
    undatedTally: tally(undated),
  }
}
