// An actor's standing: who it works with and who it clashes with in a window, and how that moved against
// the window of the same length before it.

import { inWindow, standingOf, tally, type GraphEvent, type Tally } from './aggregate.js'

export interface Counterpart {
  actor: string
  /** Asserted events between the two, both directions. */
  events: number
  cooperation: number
  conflict: number
  scoreSum: number
  scoreMean: number | null
  /** Change of the mean score against the window before (null when either window is empty). */
  trend: number | null
}

export interface ActorSummary {
  actor: string
  from: string | null
  to: string | null
  total: Tally
  /** Counterparts with a positive summed score, the most cooperative first. */
  partners: Counterpart[]
  /** Counterparts with a negative summed score, the most hostile first. */
  adversaries: Counterpart[]
}

export interface ActorQuery {
  actor: string
  from?: string
  to?: string
  limit?: number
}

/** The window of the same length that ends the day before `from`. */
export function previousWindow(from: string, to: string): { from: string; to: string } {
  const f = Date.parse(`${from.slice(0, 10)}T00:00:00Z`)
  const t = Date.parse(`${to.slice(0, 10)}T00:00:00Z`)
  const day = 86_400_000
  const length = t - f + day
  return { from: iso(f - length), to: iso(f - day) }
}

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10)

/** Asserted events between an actor and one counterpart in a window. */
export interface CounterpartTotals {
  events: number
  cooperation: number
  conflict: number
  score: number
}

function counterparts(events: GraphEvent[], actor: string): Map<string, CounterpartTotals> {
  const out = new Map<string, CounterpartTotals>()
  for (const e of events) {
    if (standingOf(e) !== 'asserted' || !e.target || e.source === e.target) continue
    const other = e.source === actor ? e.target : e.target === actor ? e.source : null
    if (!other) continue
    let acc = out.get(other)
    if (!acc) out.set(other, (acc = { events: 0, cooperation: 0, conflict: 0, score: 0 }))
    acc.events++
    if (e.quad <= 2) acc.cooperation++
    else acc.conflict++
    acc.score += e.score
  }
  return out
}

export function actorSummary(events: GraphEvent[], q: ActorQuery): ActorSummary {
  const involved = events.filter((e) => e.source === q.actor || e.target === q.actor)
  const now = involved.filter((e) => inWindow(e.date, q.from, q.to))
  const w = q.from && q.to ? previousWindow(q.from, q.to) : null
  const before = w
    ? counterparts(
        involved.filter((e) => inWindow(e.date, w.from, w.to)),
        q.actor,
      )
    : new Map<string, CounterpartTotals>()
  return composeSummary(q, counterparts(now, q.actor), before, tally(now))
}

/**
 * The summary from its parts: counterpart totals in the window and in the window before, and the tally of
 * all the actor's events in the window. The store computes these parts in SQL; `actorSummary` from events.
 */
export function composeSummary(
  q: ActorQuery,
  now: Map<string, CounterpartTotals>,
  before: Map<string, CounterpartTotals>,
  total: Tally,
): ActorSummary {
  const limit = q.limit ?? 10
  const list: Counterpart[] = [...now].map(([actor, acc]) => {
    const mean = acc.events ? acc.score / acc.events : null
    const prev = before.get(actor)
    const prevMean = prev && prev.events ? prev.score / prev.events : null
    return {
      actor,
      events: acc.events,
      cooperation: acc.cooperation,
      conflict: acc.conflict,
      scoreSum: round(acc.score),
      scoreMean: mean === null ? null : round(mean),
      trend: mean === null || prevMean === null ? null : round(mean - prevMean),
    }
  })
  const byScore = (x: Counterpart, y: Counterpart) =>
    y.scoreSum - x.scoreSum || x.actor.localeCompare(y.actor)
  return {
    actor: q.actor,
    from: q.from ?? null,
    to: q.to ?? null,
    total,
    partners: list
      .filter((c) => c.scoreSum > 0)
      .sort(byScore)
      .slice(0, limit),
    adversaries: list
      .filter((c) => c.scoreSum < 0)
      .sort((x, y) => byScore(y, x))
      .slice(0, limit),
  }
}

const round = (x: number) => Math.round(x * 1000) / 1000

/** An actor's asserted events in a window (one on itself counts once), as `ReadModel.actors` counts them. */
export function actorCounts(
  events: Iterable<GraphEvent>,
  w: { from?: string; to?: string } = {},
): { code: string; events: number; selfLoops: number; stories: number }[] {
  const counts = new Map<string, { code: string; events: number; selfLoops: number; stories: Set<string> }>()
  for (const e of events) {
    if (!inWindow(e.date, w.from, w.to)) continue
    for (const code of new Set([e.source, e.target ?? e.source])) {
      let c = counts.get(code)
      if (!c) counts.set(code, (c = { code, events: 0, selfLoops: 0, stories: new Set() }))
      c.stories.add(e.story)
      if (standingOf(e) !== 'asserted') continue
      c.events++
      if (e.source === e.target) c.selfLoops++
    }
  }
  return [...counts.values()]
    .map((c) => ({ ...c, stories: c.stories.size }))
    .sort((x, y) => y.events - x.events || x.code.localeCompare(y.code))
}
