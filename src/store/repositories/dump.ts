// A canonical dump of the store: every row, keyed by content (page hash, article position) instead of
// autoincrement ids, without ingest times, sorted. Two stores hold the same data exactly when their dumps
// are equal, whatever order or how many runs filled them: what the crash and worker tests compare.

import type { Kysely } from 'kysely'
import type { Database } from '../schema.js'

export interface CanonicalDump {
  pages: Record<string, unknown>[]
  articles: Record<string, unknown>[]
  mentions: Record<string, unknown>[]
  events: Record<string, unknown>[]
  fingerprints: Record<string, unknown>[]
  stories: { key: string; first_seen: string | null; members: string[] }[]
  /** The per-day totals (rollups.ts), rows that add up to nothing left out, sums rounded. */
  rollups: string[]
}

const byJson = (a: unknown, b: unknown) => {
  const [x, y] = [JSON.stringify(a), JSON.stringify(b)]
  return x < y ? -1 : x > y ? 1 : 0
}

export async function canonicalDump(db: Kysely<Database>): Promise<CanonicalDump> {
  const pages = await db.selectFrom('pages').selectAll().execute()
  const pageHash = new Map(pages.map((p) => [p.id, p.hash]))
  const articles = await db.selectFrom('articles').selectAll().execute()
  const articleKey = new Map(articles.map((a) => [a.id, `${pageHash.get(a.page_id)}#${a.ordinal}`]))

  const members = new Map<number, string[]>()
  for (const a of articles) {
    if (a.story_id === null) continue
    members.set(a.story_id, [...(members.get(a.story_id) ?? []), articleKey.get(a.id)!])
  }
  const storyRows = await db.selectFrom('stories').selectAll().execute()
  const storyKey = new Map<number, string>()
  const stories = storyRows.map((s) => {
    const m = (members.get(s.id) ?? []).sort()
    const key = m[0] ?? `(empty story ${s.id})`
    storyKey.set(s.id, key)
    return { key, first_seen: s.first_seen, members: m }
  })

  const storyOfArticle = new Map(
    articles.map((a) => [a.id, a.story_id === null ? null : (storyKey.get(a.story_id) ?? null)]),
  )
  const withArticle = <T extends { id: number; article_id: number }>(rows: T[]) =>
    rows
      .map(({ id: _id, article_id, ...rest }) => ({ article: articleKey.get(article_id), ...rest }))
      .sort(byJson)

  return {
    pages: pages.map(({ id: _id, ingested_at: _t, ...rest }) => rest).sort(byJson),
    articles: articles
      .map(({ id, page_id: _p, story_id, ...rest }) => ({
        key: articleKey.get(id),
        story: story_id === null ? null : storyKey.get(story_id),
        ...rest,
      }))
      .sort(byJson),
    mentions: withArticle(await db.selectFrom('mentions').selectAll().execute()),
    events: withArticle(await db.selectFrom('events').selectAll().execute()),
    // Which sighting of a text holds its keys depends on arrival order; the keys of each story do not.
    fingerprints: (await db.selectFrom('fingerprints').selectAll().execute())
      .map(({ article_id, band, key }) => ({ story: storyOfArticle.get(article_id) ?? null, band, key }))
      .sort(byJson),
    stories: stories.sort(byJson),
    rollups: await rollupRows(db),
  }
}

async function rollupRows(db: Kysely<Database>): Promise<string[]> {
  const r = (x: unknown) => Math.round(Number(x) * 1000) / 1000
  const events = await db.selectFrom('rollup_events').selectAll().where('events', '<>', 0).execute()
  const dyads = await db.selectFrom('rollup_dyad_stories').selectAll().execute()
  const actors = await db.selectFrom('rollup_actor_stories').selectAll().where('stories', '<>', 0).execute()
  return [
    ...events.map(
      (e) =>
        `event ${e.source}|${e.target}|${e.day}|${e.type}|${e.quad}|${e.polarity}|${e.modality} ${Number(e.events)} ${r(e.score)} ${r(e.goldstein)}`,
    ),
    ...dyads
      .filter((d) => Number(d.ab) || Number(d.ba) || Number(d.abba))
      .map((d) => `dyad ${d.lo}|${d.hi}|${d.day} ${Number(d.ab)} ${Number(d.ba)} ${Number(d.abba)}`),
    ...actors.map((a) => `actor ${a.actor}|${a.day} ${Number(a.stories)}`),
  ].sort()
}
