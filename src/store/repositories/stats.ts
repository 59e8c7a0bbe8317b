// What the store holds, for `entente stats`: counts of pages, articles, stories, mentions, events counted
// once per story (and by type), and the raw event rows (one per article that reports it).

import type { Kysely } from 'kysely'
import type { Database } from '../schema.js'
import { storyEventsByType } from './stories.js'

export interface Stats {
  pages: number
  articles: number
  stories: number
  mentions: number
  /** Events counted once per story: distinct (source, target, type, polarity). */
  events: number
  eventsByType: Record<string, number>
  /** Event rows, one per article sighting that reports the event. */
  eventSightings: number
}

async function count(
  db: Kysely<Database>,
  table: 'pages' | 'articles' | 'stories' | 'mentions' | 'events' | 'story_events',
): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

export async function stats(db: Kysely<Database>): Promise<Stats> {
  return {
    pages: await count(db, 'pages'),
    articles: await count(db, 'articles'),
    stories: await count(db, 'stories'),
    mentions: await count(db, 'mentions'),
    events: await count(db, 'story_events'),
    eventsByType: await storyEventsByType(db),
    eventSightings: await count(db, 'events'),
  }
}

/** The counts as a table; without `eventSightings` (a window's counts) that row is left out. */
export function formatStats(
  s: Omit<Stats, 'eventSightings'> & { eventSightings?: number },
  location: string,
): string {
  const rows: [string, number][] = [
    ['pages', s.pages],
    ['articles', s.articles],
    ['stories', s.stories],
    ['mentions', s.mentions],
    ['events (once per story)', s.events],
    ...Object.entries(s.eventsByType).map(([t, n]): [string, number] => [`  ${t}`, n]),
    ...(s.eventSightings === undefined
      ? []
      : [['event sightings (per article)', s.eventSightings] as [string, number]]),
  ]
  const width = Math.max(...rows.map((r) => r[0].length))
  return `${location}\n${rows.map(([k, n]) => `  ${k.padEnd(width)}  ${String(n).padStart(8)}`).join('\n')}\n`
}
