// Story assignment and story queries. An article joins every story it is "the same story" as (see
// src/stories/cluster.ts); when it links several, they merge into the oldest (lowest id). The caller holds
// the story lock, so two processes never assign at once and every article sees all stories committed before.

import type { Kysely, Transaction } from 'kysely'
import { sameStory } from '../../stories/cluster.js'
import { comparable, EXACT_BAND, type Fingerprint } from '../../stories/fingerprint.js'
import type { Database } from '../schema.js'

type Db = Kysely<Database> | Transaction<Database>

// Shingles of texts compared recently, keyed by the text itself (so valid for any store and any rollback).
const recent = new Map<string, ReturnType<typeof comparable>>()
function comparableCached(text: string): ReturnType<typeof comparable> {
  let c = recent.get(text)
  if (c) {
    recent.delete(text)
  } else {
    c = comparable(text)
    if (recent.size >= 2000) recent.delete(recent.keys().next().value!)
  }
  recent.set(text, c)
  return c
}

function earliest(...times: (string | null | undefined)[]): string | null {
  let min: string | null = null
  for (const t of times) if (t && (min === null || t < min)) min = t
  return min
}

/** Put an article (already inserted, with its fingerprint keys) into its story; returns the story id and whether it is new. */
export async function assignStory(
  db: Db,
  articleId: number,
  fp: Fingerprint,
  seenAt: string | null,
): Promise<{ storyId: number; created: boolean }> {
  let matched: number[] = []
  const exact = fp.keys.find((k) => k.band === EXACT_BAND)
  if (exact) {
    // The same text already has a story: any story this text links was merged into it when either came in.
    const row = await db
      .selectFrom('fingerprints as f')
      .innerJoin('articles as a', 'a.id', 'f.article_id')
      .select('a.story_id')
      .where('f.band', '=', EXACT_BAND)
      .where('f.key', '=', exact.key)
      .where('a.story_id', 'is not', null)
      .orderBy('a.story_id')
      .limit(1)
      .executeTakeFirst()
    if (row?.story_id != null) matched = [row.story_id]
  }
  if (matched.length === 0 && fp.keys.length > 0) {
    const rows = await db
      .selectFrom('fingerprints as f')
      .innerJoin('articles as a', 'a.id', 'f.article_id')
      .select(['a.id', 'a.story_id', 'f.band', 'f.key'])
      .where(
        'f.key',
        'in',
        fp.keys.map((k) => k.key),
      )
      .where('a.story_id', 'is not', null)
      .where('a.id', '!=', articleId)
      .execute()
    // The index is on the key; the same key in another band is a coincidence, not a candidate.
    const keys = new Set(fp.keys.map((k) => `${k.band}:${k.key}`))
    const byStory = new Map<number, Set<number>>()
    for (const r of rows) {
      if (!keys.has(`${r.band}:${r.key}`)) continue
      byStory.set(r.story_id!, (byStory.get(r.story_id!) ?? new Set()).add(r.id))
    }
    // One read for every candidate's text; identical texts (a teaser seen many times) are compared once.
    const ids = [...new Set([...byStory.values()].flatMap((set) => [...set]))]
    const texts = new Map<number, string>()
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = await db
        .selectFrom('articles')
        .select(['id', 'text'])
        .where('id', 'in', ids.slice(i, i + 500))
        .execute()
      for (const r of chunk) texts.set(r.id, r.text)
    }
    for (const storyId of [...byStory.keys()].sort((a, b) => a - b)) {
      const distinct = new Set([...byStory.get(storyId)!].map((id) => texts.get(id)!))
      for (const text of distinct)
        if (sameStory(fp, comparableCached(text))) {
          matched.push(storyId)
          break
        }
    }
  }

  if (matched.length === 0) {
    const story = await db
      .insertInto('stories')
      .values({ first_seen: seenAt })
      .returning('id')
      .executeTakeFirstOrThrow()
    await db.updateTable('articles').set({ story_id: story.id }).where('id', '=', articleId).execute()
    return { storyId: story.id, created: true }
  }

  const [target, ...others] = matched as [number, ...number[]]
  const stories = await db
    .selectFrom('stories')
    .select(['id', 'first_seen'])
    .where('id', 'in', matched)
    .execute()
  const firstSeen = earliest(seenAt, ...stories.map((s) => s.first_seen))
  if (others.length > 0) {
    await db.updateTable('articles').set({ story_id: target }).where('story_id', 'in', others).execute()
    await db.deleteFrom('stories').where('id', 'in', others).execute()
  }
  await db.updateTable('articles').set({ story_id: target }).where('id', '=', articleId).execute()
  if (firstSeen !== (stories.find((s) => s.id === target)?.first_seen ?? null))
    await db.updateTable('stories').set({ first_seen: firstSeen }).where('id', '=', target).execute()
  return { storyId: target, created: false }
}

export interface Sighting {
  articleId: number
  pageHash: string
  pageName: string
  url: string | null
  kind: string
  seenAt: string | null
}

/** Every sighting of a story: the article, the page it was on and when. */
export async function storySightings(db: Db, storyId: number): Promise<Sighting[]> {
  const rows = await db
    .selectFrom('articles as a')
    .innerJoin('pages as p', 'p.id', 'a.page_id')
    .select(['a.id', 'p.hash', 'p.name', 'p.url', 'a.kind', 'a.seen_at'])
    .where('a.story_id', '=', storyId)
    .orderBy('a.seen_at')
    .orderBy('p.hash')
    .orderBy('a.ordinal')
    .execute()
  return rows.map((r) => ({
    articleId: r.id,
    pageHash: r.hash,
    pageName: r.name,
    url: r.url,
    kind: r.kind,
    seenAt: r.seen_at,
  }))
}

/** Per story, its events counted once: distinct (source, target, type, polarity) over its articles. */
export async function storyEventCounts(db: Db): Promise<{ storyId: number; events: number }[]> {
  const rows = await db
    .selectFrom('story_events')
    .select(['story_id', (eb) => eb.fn.countAll<number>().as('events')])
    .groupBy('story_id')
    .orderBy('story_id')
    .execute()
  return rows.map((r) => ({ storyId: r.story_id, events: Number(r.events) }))
}

/** Story events by PLOVER type, each counted once per story. */
export async function storyEventsByType(db: Db): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('story_events')
    .select(['type', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('type')
    .orderBy('type')
    .execute()
  return Object.fromEntries(rows.map((r) => [r.type, Number(r.n)]))
}
