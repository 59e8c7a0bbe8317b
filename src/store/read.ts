// The read model (src/read/model.ts) over the store (both dialects): story events for aggregation, paged event lists,
// relation edges and articles with their spans. Events are counted by story: one row per distinct
// (story, source, target, type, polarity), represented by its first event row.

import { sql, type Kysely } from 'kysely'
import type { ArticleResponse, EventItem, EventItemPlace, StatsResponse } from '../read/contract.js'
import type { ActorCount, EventFilter, ReadModel } from '../read/model.js'
import { composeSummary, previousWindow, type CounterpartTotals } from '../graph/actors.js'
import {
  addRow,
  dyadTimeline,
  emptyTally,
  finishTally,
  periodOf,
  type DyadPoint,
  type GraphEvent,
  type Tally,
  type TallyRow,
} from '../graph/aggregate.js'
import type { Edge } from '../graph/blocs.js'
import type { Store } from './dialects/types.js'
import { stats as storeStats } from './repositories/stats.js'
import type { Database } from './schema.js'
import { syncFullText } from './search.js'

/**
 * One row per story event: the story's key, date and the event's coded facts, read from the rows the
 * store keeps grouped at ingest (story_event_rows).
 */
function storyEvents(store: Store, f: EventFilter) {
  let q = store.db.selectFrom('story_event_rows as r').where('r.source', 'is not', null)
  if (f.actor) {
    const actor = f.actor
    q = q.where((eb) => eb.or([eb('r.source', '=', actor), eb('r.target', '=', actor)]))
  }
  if (f.a && f.b) {
    const [a, b] = [f.a, f.b]
    q = q.where((eb) =>
      f.ordered
        ? eb.and([eb('r.source', '=', a), eb('r.target', '=', b)])
        : eb.or([
            eb.and([eb('r.source', '=', a), eb('r.target', '=', b)]),
            eb.and([eb('r.source', '=', b), eb('r.target', '=', a)]),
          ]),
    )
  }
  if (f.type) q = q.where('r.type', '=', f.type)
  if (f.polarity) q = q.where('r.polarity', '=', f.polarity)
  if (f.modality) q = q.where('r.modality', '=', f.modality)
  if (f.country || f.bbox) q = q.where('r.event_id', 'in', placedEvents(store, f))
  if (f.from) q = q.where('r.date', '>=', f.from.slice(0, 10))
  if (f.to) q = q.where('r.date', '<', nextDay(f.to))
  // Full text: the events of every story one of whose articles matches.
  if (f.q)
    q = q.where(
      'r.story_id',
      'in',
      store.db.selectFrom('articles as a').select('a.story_id').where(store.dialect.fullTextMatch(f.q)),
    )
  return q.select([
    sql<number>`r.story_id`.as('story'),
    sql<string | null>`r.date`.as('date'),
    'r.source',
    'r.target',
    'r.type',
    'r.polarity',
    sql<string>`r.modality`.as('modality'),
    sql<number>`r.quad`.as('quad'),
    sql<number>`r.score`.as('score'),
    sql<number>`r.goldstein`.as('goldstein'),
    sql<number>`r.event_id`.as('id'),
  ])
}

/** Ids of events whose place is in the filter's state and box. */
function placedEvents(store: Store, f: EventFilter) {
  let q = store.db.selectFrom('events as e').select('e.id')
  if (f.country) q = q.where('e.place_country', '=', f.country)
  if (f.bbox) {
    const [west, south, east, north] = f.bbox
    q = q.where('e.place_lat', '>=', south).where('e.place_lat', '<=', north)
    q =
      west <= east
        ? q.where('e.place_lon', '>=', west).where('e.place_lon', '<=', east)
        : q.where((eb) => eb.or([eb('e.place_lon', '>=', west), eb('e.place_lon', '<=', east)]))
  }
  return q
}

function nextDay(day: string): string {
  const d = new Date(`${day.slice(0, 10)}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + 1)
  return d.toISOString().slice(0, 10)
}

/** Rows of the per-day totals on days in [from, to] (all days, undated too, when neither is given). */
function daysIn(from?: string, to?: string) {
  const parts = []
  if (from || to) parts.push(sql`day <> ''`)
  if (from) parts.push(sql`day >= ${from.slice(0, 10)}`)
  if (to) parts.push(sql`day <= ${to.slice(0, 10)}`)
  return parts.length ? sql`and ${sql.join(parts, sql` and `)}` : sql``
}

/** A row of summed totals as SQL returns it (numbers may arrive as strings from PostgreSQL). */
interface TotalsRow {
  type: string
  quad: number
  polarity: string
  modality: string
  events: number
  score: number
  goldstein: number
}

function tallyRow(r: TotalsRow): TallyRow {
  return {
    type: r.type as TallyRow['type'],
    quad: Number(r.quad) as TallyRow['quad'],
    polarity: r.polarity as TallyRow['polarity'],
    modality: r.modality as TallyRow['modality'],
    events: Number(r.events),
    score: Number(r.score),
    goldstein: Number(r.goldstein),
  }
}

const num = (x: unknown) => (x === null || x === undefined ? null : Number(x))

export function readModel(store: Store): ReadModel {
  const db: Kysely<Database> = store.db

  async function eventItems(ids: number[]): Promise<Map<number, EventItem & { start: number; end: number }>> {
    if (ids.length === 0) return new Map()
    const rows = await db
      .selectFrom('events as e')
      .innerJoin('articles as a', 'a.id', 'e.article_id')
      .leftJoin('stories as s', 's.id', 'a.story_id')
      .where('e.id', 'in', ids)
      .select([
        'e.id',
        'a.story_id',
        'e.article_id',
        sql<string | null>`coalesce(s.first_seen, a.seen_at, a.published)`.as('date'),
        'e.source',
        'e.target',
        'e.type',
        'e.mode',
        'e.polarity',
        'e.modality',
        'e.quad',
        'e.score',
        'e.goldstein',
        'e.evidence_text',
        'e.evidence_start',
        'e.evidence_end',
        'e.cue_text',
        'e.attribution_text',
        'a.headline',
        'a.lead',
        'e.place_name',
        'e.place_text',
        'e.place_precision',
        'e.place_feature',
        'e.place_country',
        'e.place_lat',
        'e.place_lon',
      ])
      .execute()
    return new Map(
      rows.map((r) => [
        Number(r.id),
        {
          id: Number(r.id),
          story: num(r.story_id),
          article: Number(r.article_id),
          date: r.date,
          source: r.source,
          target: r.target,
          type: r.type,
          mode: r.mode,
          polarity: r.polarity as EventItem['polarity'],
          modality: r.modality as EventItem['modality'],
          quad: Number(r.quad),
          score: Number(r.score),
          goldstein: Number(r.goldstein),
          evidence: r.evidence_text,
          cue: r.cue_text,
          attribution: r.attribution_text,
          headline: r.headline,
          lead: r.lead,
          place:
            r.place_name === null
              ? null
              : {
                  name: r.place_name,
                  text: r.place_text ?? '',
                  precision: r.place_precision as EventItemPlace['precision'],
                  feature: r.place_feature as EventItemPlace['feature'],
                  country: r.place_country,
                  lat: Number(r.place_lat),
                  lon: Number(r.place_lon),
                },
          start: Number(r.evidence_start),
          end: Number(r.evidence_end),
        },
      ]),
    )
  }

  /** Event rows for lists, in the order of `ids`, without the evidence offsets. */
  async function listItems(ids: number[]): Promise<EventItem[]> {
    const items = await eventItems(ids)
    return ids.map((id) => {
      const { start: _s, end: _e, ...item } = items.get(id)!
      return item
    })
  }

  const model: ReadModel = {
    async stats(window = {}): Promise<StatsResponse> {
      const s = await storeStats(db)
      const range = await db
        .selectFrom('stories')
        .select([
          sql<string | null>`min(first_seen)`.as('first'),
          sql<string | null>`max(first_seen)`.as('last'),
        ])
        .executeTakeFirst()
      const dates = {
        firstDate: range?.first?.slice(0, 10) ?? null,
        lastDate: range?.last?.slice(0, 10) ?? null,
      }
      if (!window.from && !window.to) {
        const { eventSightings: _, ...counts } = s
        return { ...counts, ...dates }
      }
      // In a window: the stories first seen in it and their events, as the event list counts them.
      let stories = db.selectFrom('stories').select(sql<number>`count(*)`.as('n'))
      if (window.from) stories = stories.where('first_seen', '>=', window.from.slice(0, 10))
      if (window.to) stories = stories.where('first_seen', '<', nextDay(window.to))
      const byType = await db
        .selectFrom(storyEvents(store, window).as('se'))
        .select(['se.type', sql<number>`count(*)`.as('n')])
        .groupBy('se.type')
        .orderBy('se.type')
        .execute()
      const eventsByType = Object.fromEntries(byType.map((r) => [r.type, Number(r.n)]))
      return {
        pages: s.pages,
        articles: s.articles,
        mentions: s.mentions,
        stories: Number((await stories.executeTakeFirstOrThrow()).n),
        events: Object.values(eventsByType).reduce((x, y) => x + y, 0),
        eventsByType,
        ...dates,
      }
    },

    async actors(window): Promise<ActorCount[]> {
      const asserted = sql`events <> 0 and polarity = 'asserted' and modality in ('actual', 'intended')
        ${daysIn(window.from, window.to)}`
      const only = (column: string) => (window.actor ? sql`and ${sql.ref(column)} = ${window.actor}` : sql``)
      const events = await sql<{ actor: string; events: number; loops: number }>`
        select actor, sum(events) as events, sum(case when source = target then events else 0 end) as loops
        from (
          select source as actor, source, target, events from rollup_events where ${asserted} ${only('source')}
          union all
          select target as actor, source, target, events from rollup_events
          where ${asserted} and target <> '' and target <> source ${only('target')}
        ) involved
        group by actor`.execute(db)
      const stories = await sql<{ actor: string; n: number }>`select actor, sum(stories) as n
        from rollup_actor_stories where stories <> 0 ${only('actor')} ${daysIn(window.from, window.to)}
        group by actor`.execute(db)
      const counts = new Map<string, ActorCount>()
      const of = (code: string) => {
        let c = counts.get(code)
        if (!c) counts.set(code, (c = { code, events: 0, selfLoops: 0, stories: 0 }))
        return c
      }
      for (const r of events.rows)
        Object.assign(of(r.actor), { events: Number(r.events), selfLoops: Number(r.loops) })
      for (const r of stories.rows) of(r.actor).stories = Number(r.n)
      return [...counts.values()]
        .filter((c) => c.stories > 0 || c.events > 0)
        .sort((x, y) => y.events - x.events || x.code.localeCompare(y.code))
    },

    async graphEvents(filter): Promise<GraphEvent[]> {
      if (filter.q) await syncFullText(store)
      const rows = await storyEvents(store, filter).execute()
      return rows.map((r) => ({
        story: String(r.story),
        date: r.date,
        source: r.source!,
        target: r.target,
        type: r.type as GraphEvent['type'],
        quad: Number(r.quad) as GraphEvent['quad'],
        score: Number(r.score),
        goldstein: Number(r.goldstein),
        polarity: r.polarity as GraphEvent['polarity'],
        modality: r.modality as GraphEvent['modality'],
      }))
    },

    async dyadTimeline(q) {
      const ordered = q.ordered ?? false
      const by = q.by ?? 'month'
      // A self-dyad has no pair totals; it is rare and small, so it is aggregated from its events.
      if (q.a === q.b) return dyadTimeline(await model.graphEvents({ a: q.a, b: q.b, ordered }), q)
      const period = by === 'month' ? sql`substr(day, 1, 7)` : sql`day`
      const pair = ordered
        ? sql`source = ${q.a} and target = ${q.b}`
        : sql`((source = ${q.a} and target = ${q.b}) or (source = ${q.b} and target = ${q.a}))`
      const rows = await sql<TotalsRow & { p: string }>`select ${period} as p, type, quad, polarity, modality,
          sum(events) as events, sum(score) as score, sum(goldstein) as goldstein
        from rollup_events where ${pair} and events <> 0 ${daysIn(q.from, q.to)}
        group by ${period}, type, quad, polarity, modality`.execute(db)
      const [lo, hi] = q.a < q.b ? [q.a, q.b] : [q.b, q.a]
      const stories = await sql<{ p: string; ab: number; ba: number; abba: number }>`
        select ${period} as p, sum(ab) as ab, sum(ba) as ba, sum(abba) as abba
        from rollup_dyad_stories where lo = ${lo} and hi = ${hi} ${daysIn(q.from, q.to)}
        group by ${period}`.execute(db)
      const total = emptyTally()
      const points = new Map<string, Tally>()
      const undated = emptyTally()
      const bucket = (p: string) => {
        const key = periodOf(p, by)
        let t = points.get(key)
        if (!t) points.set(key, (t = emptyTally()))
        return t
      }
      for (const r of rows.rows) {
        const row = tallyRow(r)
        addRow(total, row)
        addRow(r.p === '' ? undated : bucket(r.p), row)
      }
      for (const r of stories.rows) {
        const [ab, ba, abba] = [Number(r.ab), Number(r.ba), Number(r.abba)]
        const n = ordered ? (q.a === lo ? ab : ba) + abba : ab + ba + abba
        total.stories += n
        if (r.p === '') undated.stories += n
        else if (points.has(periodOf(r.p, by))) bucket(r.p).stories += n
      }
      const list: DyadPoint[] = [...points]
        .sort(([x], [y]) => x.localeCompare(y))
        .map(([period, t]) => ({ period, ...finishTally(t) }))
      const count = undated.events + undated.negated + undated.alleged + undated.hypothetical
      return {
        a: q.a,
        b: q.b,
        ordered,
        by,
        total: finishTally(total),
        points: list,
        undated: count,
        undatedTally: finishTally(undated),
      }
    },

    async hasActor(code) {
      const row = await db
        .selectFrom('rollup_actor_stories')
        .select('actor')
        .where('actor', '=', code)
        .where('stories', '>', 0)
        .limit(1)
        .executeTakeFirst()
      return row !== undefined
    },

    async actorSummary(q) {
      if (!(await model.hasActor(q.actor))) return null
      const involved = sql`(source = ${q.actor} or target = ${q.actor}) and events <> 0`
      const counterparts = async (from?: string, to?: string) => {
        const rows = await sql<{
          other: string
          events: number
          cooperation: number
          conflict: number
          score: number
        }>`select case when source = ${q.actor} then target else source end as other,
            sum(events) as events, sum(case when quad <= 2 then events else 0 end) as cooperation,
            sum(case when quad > 2 then events else 0 end) as conflict, sum(score) as score
          from rollup_events
          where ${involved} and target <> '' and source <> target and polarity = 'asserted'
            and modality in ('actual', 'intended') ${daysIn(from, to)}
          group by 1 -- the counterpart (a parameter repeated in GROUP BY would not match on PostgreSQL)`.execute(
          db,
        )
        return new Map<string, CounterpartTotals>(
          rows.rows.map((r) => [
            r.other,
            {
              events: Number(r.events),
              cooperation: Number(r.cooperation),
              conflict: Number(r.conflict),
              score: Number(r.score),
            },
          ]),
        )
      }
      const rows = await sql<TotalsRow>`select type, quad, polarity, modality,
          sum(events) as events, sum(score) as score, sum(goldstein) as goldstein
        from rollup_events where ${involved} ${daysIn(q.from, q.to)}
        group by type, quad, polarity, modality`.execute(db)
      const total = emptyTally()
      for (const r of rows.rows) addRow(total, tallyRow(r))
      const stories = await sql<{ n: number | null }>`select sum(stories) as n from rollup_actor_stories
        where actor = ${q.actor} ${daysIn(q.from, q.to)}`.execute(db)
      total.stories = Number(stories.rows[0]?.n ?? 0)
      const w = q.from && q.to ? previousWindow(q.from, q.to) : null
      return composeSummary(
        q,
        await counterparts(q.from, q.to),
        w ? await counterparts(w.from, w.to) : new Map(),
        finishTally(total),
      )
    },

    async edges({ from, to }): Promise<Edge[]> {
      const se = storyEvents(store, { from, to }).as('se')
      const lo = sql<string>`case when se.source < se.target then se.source else se.target end`
      const hi = sql<string>`case when se.source < se.target then se.target else se.source end`
      const rows = await db
        .selectFrom(se)
        .where('se.target', 'is not', null)
        .where(sql<boolean>`se.source <> se.target`)
        .where('se.polarity', '=', 'asserted')
        .where('se.modality', 'in', ['actual', 'intended'])
        .select([
          lo.as('a'),
          hi.as('b'),
          sql<number>`count(*)`.as('events'),
          sql<number>`sum(case when se.quad <= 2 then 1 else 0 end)`.as('cooperation'),
          sql<number>`sum(case when se.quad > 2 then 1 else 0 end)`.as('conflict'),
          sql<number>`sum(se.score)`.as('score'),
        ])
        .groupBy([lo, hi])
        .orderBy(lo)
        .orderBy(hi)
        .execute()
      const round = (x: number) => Math.round(x * 1000) / 1000
      return rows.map((r) => ({
        a: r.a,
        b: r.b,
        events: Number(r.events),
        cooperation: Number(r.cooperation),
        conflict: Number(r.conflict),
        scoreSum: round(Number(r.score)),
        scoreMean: round(Number(r.score) / Number(r.events)),
      }))
    },

    async events(filter, limit, offset) {
      if (filter.q) await syncFullText(store)
      const se = storyEvents(store, filter).as('se')
      const total = await db
        .selectFrom(se)
        .select(sql<number>`count(*)`.as('n'))
        .executeTakeFirstOrThrow()
      const page = await db
        .selectFrom(se)
        .select(['se.id'])
        // Undated events last on both stores (PostgreSQL would put nulls first in a descending order).
        .orderBy('se.date', (o) => o.desc().nullsLast())
        .orderBy('se.id', 'desc')
        .limit(limit)
        .offset(offset)
        .execute()
      return { total: Number(total.n), items: await listItems(page.map((r) => Number(r.id))) }
    },

    async eventsAfter(filter, after, limit) {
      if (filter.q) await syncFullText(store)
      let q = db.selectFrom(storyEvents(store, filter).as('se')).select(['se.id'])
      if (after !== null) q = q.where('se.id', '>', after)
      const page = await q.orderBy('se.id').limit(limit).execute()
      return listItems(page.map((r) => Number(r.id)))
    },

    async article(id): Promise<ArticleResponse | null> {
      const a = await db
        .selectFrom('articles as a')
        .innerJoin('pages as p', 'p.id', 'a.page_id')
        .leftJoin('stories as s', 's.id', 'a.story_id')
        .where('a.id', '=', id)
        .select([
          'a.id',
          'a.kind',
          'a.headline',
          'a.dateline_places',
          'a.agencies',
          'a.body_start',
          'a.body_end',
          'a.story_id',
          sql<string | null>`coalesce(s.first_seen, a.seen_at, a.published)`.as('date'),
          's.first_seen',
          'p.id as page_id',
          'p.name as page_name',
          'p.url',
          'p.observed_at',
          'p.text as page_text',
        ])
        .executeTakeFirst()
      if (!a) return null
      const mentions = await db
        .selectFrom('mentions')
        .where('article_id', '=', id)
        .select(['span_start', 'span_end', 'code', 'kind'])
        .orderBy('span_start')
        .execute()
      const eventIds = await db
        .selectFrom('events')
        .where('article_id', '=', id)
        .select('id')
        .orderBy('id')
        .execute()
      const events = await eventItems(eventIds.map((r) => Number(r.id)))
      // The article runs from its first annotated character (a headline mention or event) to the body's end.
      const starts = [
        Number(a.body_start),
        ...mentions.map((m) => Number(m.span_start)),
        ...[...events.values()].map((e) => e.start),
      ].filter((s) => s >= 0)
      const start = Math.max(0, Math.min(...starts))
      const end = Number(a.body_end)
      const sightings = a.story_id
        ? await db
            .selectFrom('articles as x')
            .innerJoin('pages as p', 'p.id', 'x.page_id')
            .where('x.story_id', '=', a.story_id)
            .select(['x.id', 'p.id as page_id', 'p.name', 'p.url', 'x.seen_at'])
            .orderBy('x.seen_at')
            .orderBy('x.id')
            .execute()
        : []
      return {
        id: Number(a.id),
        kind: a.kind as ArticleResponse['kind'],
        headline: a.headline,
        dateline: a.dateline_places ? (JSON.parse(a.dateline_places) as string[]) : [],
        agencies: a.agencies ? (JSON.parse(a.agencies) as string[]) : [],
        date: a.date,
        text: a.page_text.slice(start, end),
        mentions: mentions.map((m) => ({
          start: Number(m.span_start) - start,
          end: Number(m.span_end) - start,
          code: m.code,
          kind: m.kind,
        })),
        events: [...events.values()].map((e) => ({ ...e, start: e.start - start, end: e.end - start })),
        page: { id: Number(a.page_id), name: a.page_name, url: a.url, observedAt: a.observed_at },
        story: a.story_id
          ? {
              id: Number(a.story_id),
              firstSeen: a.first_seen,
              sightings: sightings.map((s) => ({
                article: Number(s.id),
                page: Number(s.page_id),
                pageName: s.name,
                url: s.url,
                seenAt: s.seen_at,
              })),
            }
          : null,
      }
    },
  }
  return model
}
