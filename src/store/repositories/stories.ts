// Story assignment and story queries. An article joins every story it is "the same story" as (see
// src/stories/cluster.ts); when it links several, they merge into the oldest (lowest id). The caller holds
// the story lock, so two processes never assign at once and every page sees all stories committed before.

import { sql, type Kysely, type Selectable, type Transaction } from 'kysely'
import { sameStory, type Comparable } from '../../stories/cluster.js'
import { comparable, EXACT_BAND, type Fingerprint } from '../../stories/fingerprint.js'
import type { Database } from '../schema.js'
import type { Store } from '../dialects/types.js'
import { applyRollups } from './rollups.js'

type Db = Kysely<Database> | Transaction<Database>

/**
 * Shingle hashes of stored articles by id, per store, so a text is read and shingled once per process. Ids
 * of a rolled-back transaction may be reused, so `storePage` clears the cache when a transaction fails.
 */
export class ComparableCache {
  private entries = new Map<number, Comparable>()
  constructor(private readonly limit = 50_000) {}
  get(id: number): Comparable | undefined {
    return this.entries.get(id)
  }
  set(id: number, c: Comparable): void {
    if (this.entries.size >= this.limit) this.entries.delete(this.entries.keys().next().value!)
    this.entries.set(id, c)
  }
  clear(): void {
    this.entries.clear()
  }
}

function earliest(...times: (string | null | undefined)[]): string | null {
  let min: string | null = null
  for (const t of times) if (t && (min === null || t < min)) min = t
  return min
}

/** What story matching keeps of an article's fingerprint: small, and cheap to pass between threads. */
export type ArticleFingerprint = Pick<Fingerprint, 'hashes' | 'matchable' | 'keys'>

export interface ArticleToAssign {
  id: number
  fp: ArticleFingerprint
  seenAt: string | null
}

/** Union-find over story ids: stored stories have their ids, stories new in this page negative ones. */
class Stories {
  private parent = new Map<number, number>()
  private nextNew = -1
  find(id: number): number {
    let root = id
    while (this.parent.has(root)) root = this.parent.get(root)!
    return root
  }
  create(): number {
    return this.nextNew--
  }
  /** Join the roots into one; a stored story (lowest id) wins over new ones, the first new over later ones. */
  join(roots: number[]): number {
    const target = roots.reduce((best, r) => (rank(r) < rank(best) ? r : best))
    for (const r of roots) if (r !== target) this.parent.set(r, target)
    return target
  }
}
const rank = (id: number) => (id > 0 ? id : 2 ** 52 - id)

/**
 * Put the articles of a batch of pages (inserted, story not yet set) into stories, page after page and in
 * page order, exactly as storing the pages one at a time would: each article joins every story it is the
 * same story as, among stored articles, the earlier pages' owners of keys and the page's earlier articles;
 * stories it links are merged into the oldest. One look-up of stored candidates for the whole batch.
 */
export async function assignStories(
  store: Store,
  db: Transaction<Database>,
  pages: ArticleToAssign[][],
  cache: ComparableCache = new ComparableCache(),
): Promise<StoryChanges> {
  const items = pages.flat()
  const matchable = items.filter((i) => i.fp.keys.length > 0)
  // Stored articles sharing any key (this batch's articles have no story yet, so are not among them); the
  // batch's own key owners join this index page by page.
  const byKey = new Map<string, { id: number; story: number }[]>()
  const add = (k: string, hit: { id: number; story: number }) => {
    const list = byKey.get(k)
    if (list) list.push(hit)
    else byKey.set(k, [hit])
  }
  const lookUp = async (keys: string[]) => {
    for (let i = 0; i < keys.length; i += 5_000) {
      const rows = await db
        .selectFrom('fingerprints as f')
        .innerJoin('articles as a', 'a.id', 'f.article_id')
        .select(['a.id', 'a.story_id', 'f.band', 'f.key'])
        .where(store.dialect.inList('f.key', keys.slice(i, i + 5_000)))
        .where('a.story_id', 'is not', null)
        .execute()
      for (const r of rows) add(`${r.band}:${r.key}`, { id: r.id, story: r.story_id! })
    }
  }
  // Whole texts first: an article whose text is stored joins that text's story and needs nothing else, and
  // on a portal most articles are teasers seen before. Only the others look up their other keys.
  const exactOf = (item: ArticleToAssign) => item.fp.keys.find((k) => k.band === EXACT_BAND)?.key ?? null
  await lookUp([...new Set(matchable.map(exactOf).filter((k) => k !== null))])
  const storedText = (item: ArticleToAssign) => {
    const exact = exactOf(item)
    return exact !== null && byKey.has(`${EXACT_BAND}:${exact}`)
  }
  await lookUp([
    ...new Set(
      matchable
        .filter((i) => !storedText(i))
        .flatMap((i) => i.fp.keys.filter((k) => k.band !== EXACT_BAND).map((k) => k.key)),
    ),
  ])
  const stories = new Stories()
  const exactHit = (item: ArticleToAssign) => {
    const exact = exactOf(item)
    const hits = exact !== null ? byKey.get(`${EXACT_BAND}:${exact}`) : undefined
    if (!hits || hits.length === 0) return null
    return hits.map((h) => stories.find(h.story)).reduce((best, s) => (rank(s) < rank(best) ? s : best))
  }
  // Texts of the stored candidates that may need comparing (those of articles without a stored exact
  // match), read at once; the batch's own articles compare by their fingerprints.
  const needText = new Set<number>()
  for (const item of matchable)
    if (exactHit(item) === null)
      for (const k of item.fp.keys) for (const h of byKey.get(`${k.band}:${k.key}`) ?? []) needText.add(h.id)
  const comparables = new Map<number, Comparable>()
  const missing: number[] = []
  for (const id of needText) {
    const c = cache.get(id)
    if (c) comparables.set(id, c)
    else missing.push(id)
  }
  for (let i = 0; i < missing.length; i += 500) {
    const rows = await db
      .selectFrom('articles')
      .select(['id', 'text'])
      .where(store.dialect.inList('id', missing.slice(i, i + 500)))
      .execute()
    for (const r of rows) {
      const c = comparable(r.text)
      comparables.set(r.id, c)
      cache.set(r.id, c)
    }
  }
  for (const item of items) comparables.set(item.id, item.fp)

  const assigned = new Map<number, number>()
  const touched = new Set<number>()
  // Only the first article with a given text holds fingerprint rows: a teaser seen on ten thousand pages
  // is one set of keys, so candidate search does not grow with sightings.
  const owners: ArticleToAssign[] = []
  for (const page of pages) {
    const earlier: { item: ArticleToAssign; keys: Set<string> }[] = []
    const pageTexts = new Set<string>()
    const pageOwners: ArticleToAssign[] = []
    for (const item of page) {
      const matched = new Set<number>()
      const keys = new Set(item.fp.keys.map((k) => `${k.band}:${k.key}`))
      const exact = exactHit(item)
      if (exact !== null) {
        // The same text is stored: any story this text links was merged into that one when either came in.
        matched.add(exact)
      } else {
        const candidates = new Map<number, Set<number>>()
        for (const k of keys)
          for (const h of byKey.get(k) ?? []) {
            const story = stories.find(h.story)
            candidates.set(story, (candidates.get(story) ?? new Set()).add(h.id))
          }
        for (const [story, articleIds] of candidates)
          for (const id of articleIds)
            if (sameStory(item.fp, comparables.get(id)!)) {
              matched.add(story)
              break
            }
      }
      // Earlier articles of this page sharing a key.
      const own = exactOf(item)
      if (exact === null && own !== null && !pageTexts.has(own)) pageOwners.push(item)
      if (own !== null) pageTexts.add(own)
      for (const e of earlier)
        if ([...keys].some((k) => e.keys.has(k)) && sameStory(item.fp, e.item.fp))
          matched.add(stories.find(assigned.get(e.item.id)!))
      for (const m of matched) if (m > 0) touched.add(m)
      const roots = [...new Set([...matched].map((m) => stories.find(m)))]
      assigned.set(item.id, roots.length === 0 ? stories.create() : stories.join(roots))
      earlier.push({ item, keys })
    }
    // The page's new texts are stored candidates for the pages after it.
    for (const o of pageOwners)
      for (const k of o.fp.keys) add(`${k.band}:${k.key}`, { id: o.id, story: assigned.get(o.id)! })
    owners.push(...pageOwners)
  }

  // The new texts are stored candidates for the next batches: keep what comparing them needs (dropped with
  // the rest of the cache if this transaction fails).
  for (const o of owners) cache.set(o.id, { hashes: o.fp.hashes, matchable: o.fp.matchable })
  // Writes: fingerprints of new texts, merged stored stories, new stories, the page's articles, first-seen times.
  await store.insertRows(
    db,
    'fingerprints',
    owners.flatMap((o) => o.fp.keys.map((k) => ({ article_id: o.id, band: k.band, key: k.key }))),
  )
  const firstSeen = new Map<number, string | null>()
  if (touched.size > 0) {
    const rows = await db
      .selectFrom('stories')
      .select(['id', 'first_seen'])
      .where('id', 'in', [...touched])
      .execute()
    for (const r of rows) firstSeen.set(r.id, r.first_seen)
  }
  const finalFirstSeen = new Map<number, string | null>()
  const note = (root: number, t: string | null | undefined) =>
    finalFirstSeen.set(root, earliest(finalFirstSeen.get(root), t))
  for (const s of touched) note(stories.find(s), firstSeen.get(s))
  for (const item of items) note(stories.find(assigned.get(item.id)!), item.seenAt)

  const merged = [...touched].filter((s) => stories.find(s) !== s)
  const realId = new Map<number, number>()
  const roots = [...finalFirstSeen.keys()].sort((a, b) => rank(a) - rank(b))
  for (const root of roots.filter((r) => r > 0)) {
    realId.set(root, root)
    if (finalFirstSeen.get(root) !== (firstSeen.get(root) ?? null))
      await db
        .updateTable('stories')
        .set({ first_seen: finalFirstSeen.get(root)! })
        .where('id', '=', root)
        .execute()
  }
  // New stories in one statement, their ids in the order of the roots (the order they were made in).
  const fresh = roots.filter((r) => r < 0)
  const freshIds = await store.insertRows(
    db,
    'stories',
    fresh.map((r) => ({ first_seen: finalFirstSeen.get(r) ?? null })),
    true,
  )
  for (const [i, r] of fresh.entries()) realId.set(r, freshIds[i]!)
  const byTarget = new Map<number, number[]>()
  for (const s of merged) {
    const target = stories.find(s)
    byTarget.set(target, [...(byTarget.get(target) ?? []), s])
  }
  for (const [target, from] of byTarget) {
    await db.updateTable('articles').set({ story_id: target }).where('story_id', 'in', from).execute()
    await db.deleteFrom('stories').where('id', 'in', from).execute()
  }
  // The batch's articles get their stories the way the driver does it fastest.
  const storyOf = items.map((item) => [item.id, realId.get(stories.find(assigned.get(item.id)!))!] as const)
  await store.setStories(db, storyOf)
  // Stories that only gained articles (stored before, nothing merged into them, same first sighting) get
  // their new articles' events added to what they have; the others are recomputed.
  const changedFirstSeen = new Set(
    [...touched].filter((s) => s > 0 && finalFirstSeen.get(s) !== (firstSeen.get(s) ?? null)),
  )
  const appended = new Map<number, number[]>()
  const recompute = new Set<number>([...merged, ...byTarget.keys(), ...changedFirstSeen])
  const created = new Set(freshIds)
  for (const [id, story] of storyOf) {
    if (recompute.has(story) || created.has(story)) continue
    const list = appended.get(story)
    if (list) list.push(id)
    else appended.set(story, [id])
  }
  return { recompute: [...recompute], created: freshIds, appended }
}

/**
 * What story assignment changed: stories to recompute (merged, or with an earlier first sighting), stories
 * new in the batch, and stories that only gained these articles.
 */
export interface StoryChanges {
  recompute: number[]
  created: number[]
  appended: Map<number, number[]>
}

/**
 * Keep the story events of the stories a batch changed: one row per distinct (story, source, target, type,
 * polarity), with the story's date and the event's facts, so queries read grouped rows instead of grouping
 * every event on every request, and the per-day totals that sum them (rollups.ts). Runs in the batch's
 * transaction, after story assignment.
 */
export async function refreshStoryEvents(db: Db, changes: StoryChanges | number[]): Promise<void> {
  const { recompute, created, appended } = Array.isArray(changes)
    ? { recompute: changes, created: [], appended: new Map<number, number[]>() }
    : changes
  // New stories have no rows yet to compare or subtract.
  for (let i = 0; i < created.length; i += 500) {
    const ids = created.slice(i, i + 500)
    await insertStoryEvents(db, ids)
    await applyRollups(db, ids, 1)
  }
  await appendStoryEvents(db, appended)
  for (let i = 0; i < recompute.length; i += 500) {
    const ids = await changedStories(db, recompute.slice(i, i + 500))
    if (ids.length === 0) continue
    await rewriteStoryEvents(db, ids, () => insertStoryEvents(db, ids))
  }
}

/** Replaces the story events of these stories, the per-day totals following. */
async function rewriteStoryEvents(db: Db, ids: number[], insert: () => Promise<void>): Promise<void> {
  await applyRollups(db, ids, -1)
  await db.deleteFrom('story_event_rows').where('story_id', 'in', ids).execute()
  await insert()
  await applyRollups(db, ids, 1)
}

type StoryEventRow = Selectable<Database['story_event_rows']>

/**
 * Stories that only gained articles: each grouped row is a minimum or maximum over the story's events, so
 * the new articles' events, grouped alone, fold into the stored rows. A story told on hundreds of pages is
 * then not grouped again at each sighting, and is rewritten only when a row changes.
 */
async function appendStoryEvents(db: Db, appended: Map<number, number[]>): Promise<void> {
  const articles = [...appended.values()].flat()
  const groupKey = (r: {
    story_id: unknown
    source: unknown
    target: unknown
    type: unknown
    polarity: unknown
  }) => JSON.stringify([Number(r.story_id), r.source, r.target, r.type, r.polarity])
  const added = new Map<string, StoryEventRow>()
  for (let i = 0; i < articles.length; i += 500) {
    const rows = await storyEventSelect(db)
      .where('a.id', 'in', articles.slice(i, i + 500))
      .execute()
    for (const r of rows) {
      const row: StoryEventRow = {
        story_id: Number(r.story_id),
        source: r.source,
        target: r.target,
        type: r.type,
        polarity: r.polarity,
        modality: r.modality,
        quad: Number(r.quad),
        score: Number(r.score),
        goldstein: Number(r.goldstein),
        event_id: Number(r.event_id),
        date: r.first_seen,
      }
      const k = groupKey(row)
      const had = added.get(k)
      added.set(k, had ? fold(had, row) : row)
    }
  }
  const stories = [...new Set([...added.values()].map((r) => r.story_id))]
  for (let i = 0; i < stories.length; i += 500) {
    const ids = stories.slice(i, i + 500)
    const kept = new Map<string, StoryEventRow>()
    for (const r of await db
      .selectFrom('story_event_rows')
      .selectAll()
      .where('story_id', 'in', ids)
      .execute())
      kept.set(groupKey(r), { ...r, story_id: Number(r.story_id), event_id: Number(r.event_id) })
    const changed = new Set<number>()
    for (const id of ids) {
      for (const [k, row] of added) {
        if (row.story_id !== id) continue
        const had = kept.get(k)
        const now = had ? fold(had, row) : row
        if (!had || !sameRow(had, now)) {
          changed.add(id)
          kept.set(k, now)
        }
      }
    }
    if (changed.size === 0) continue
    const rows = [...kept.values()].filter((r) => changed.has(r.story_id))
    await rewriteStoryEvents(db, [...changed], async () => {
      for (let j = 0; j < rows.length; j += 1000)
        await db
          .insertInto('story_event_rows')
          .values(rows.slice(j, j + 1000))
          .execute()
    })
  }
}

/** One grouped row from two: the least modality and event id, the greatest quad class, score and Goldstein. */
function fold(a: StoryEventRow, b: StoryEventRow): StoryEventRow {
  return {
    ...a,
    modality: b.modality < a.modality ? b.modality : a.modality,
    quad: Math.max(a.quad, b.quad),
    score: Math.max(a.score, b.score),
    goldstein: Math.max(a.goldstein, b.goldstein),
    event_id: Math.min(a.event_id, b.event_id),
  }
}

function sameRow(a: StoryEventRow, b: StoryEventRow): boolean {
  return (
    a.modality === b.modality &&
    a.quad === b.quad &&
    a.score === b.score &&
    a.goldstein === b.goldstein &&
    a.event_id === b.event_id
  )
}

/**
 * The stories whose grouped events would change. A new sighting of a known story usually repeats events it
 * already has, and rewriting a story told on hundreds of pages at every sighting made ingest quadratic in
 * its size (and left PostgreSQL a dead row per rewritten row); reading both sides and comparing is cheap.
 */
async function changedStories(db: Db, ids: number[]): Promise<number[]> {
  const key = (r: Record<string, unknown>, date: unknown) =>
    [
      r.story_id,
      r.source,
      r.target,
      r.type,
      r.polarity,
      r.modality,
      Number(r.quad),
      Number(r.score),
      Number(r.goldstein),
      Number(r.event_id),
      date,
    ].join('\u0001')
  const rowsOf = (rows: { story_id: unknown; k: string }[]) => {
    const by = new Map<number, string[]>()
    for (const r of rows) {
      const id = Number(r.story_id)
      by.set(id, [...(by.get(id) ?? []), r.k])
    }
    for (const list of by.values()) list.sort()
    return by
  }
  const now = rowsOf(
    (await storyEventSelect(db).where('a.story_id', 'in', ids).execute()).map((r) => ({
      story_id: r.story_id,
      k: key(r, r.first_seen),
    })),
  )
  const kept = rowsOf(
    (await db.selectFrom('story_event_rows').selectAll().where('story_id', 'in', ids).execute()).map((r) => ({
      story_id: r.story_id,
      k: key(r, r.date),
    })),
  )
  return ids.filter((id) => {
    const [a, b] = [now.get(id) ?? [], kept.get(id) ?? []]
    return a.length !== b.length || a.some((x, j) => x !== b[j])
  })
}

/** Writes the story events of the given stories (of all stories when null) into story_event_rows. */
export async function insertStoryEvents(db: Db, storyIds: number[] | null): Promise<void> {
  const select = storyEventSelect(db)
  await db
    .insertInto('story_event_rows')
    .columns([
      'story_id',
      'source',
      'target',
      'type',
      'polarity',
      'modality',
      'quad',
      'score',
      'goldstein',
      'event_id',
      'date',
    ])
    .expression(storyIds ? select.where('a.story_id', 'in', storyIds) : select)
    .execute()
}

/** The grouping that story_event_rows holds, over events joined to their article and story. */
export function storyEventSelect(db: Db) {
  return db
    .selectFrom('events as e')
    .innerJoin('articles as a', 'a.id', 'e.article_id')
    .innerJoin('stories as s', 's.id', 'a.story_id')
    .where('e.source', 'is not', null)
    .select([
      'a.story_id',
      'e.source',
      'e.target',
      'e.type',
      'e.polarity',
      sql<string>`min(e.modality)`.as('modality'),
      sql<number>`max(e.quad)`.as('quad'),
      sql<number>`max(e.score)`.as('score'),
      sql<number>`max(e.goldstein)`.as('goldstein'),
      sql<number>`min(e.id)`.as('event_id'),
      's.first_seen',
    ])
    .groupBy(['a.story_id', 'e.source', 'e.target', 'e.type', 'e.polarity', 's.first_seen'])
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
