// Storing processed pages: each page, its articles, mentions, events, fingerprints and story assignment, many
// pages to one transaction. A page whose content hash is stored already adds nothing, so re-running an
// ingest, or running it again after a crash, ends with the same rows.

import type { Kysely, Transaction } from 'kysely'
import type { Article, Page } from '../../core/doc.js'
import { fingerprint } from '../../stories/fingerprint.js'
import type { Store } from '../dialects/types.js'
import type { Database, NewEvent, NewMention } from '../schema.js'
import {
  assignStories,
  ComparableCache,
  refreshStoryEvents,
  type ArticleFingerprint,
  type ArticleToAssign,
} from './stories.js'

export interface StoreResult {
  /** False when a page with the same content hash was already stored. */
  stored: boolean
  articles: number
}

export interface StoreOptions {
  /** Runs inside the transaction just before commit, with each page's result (queue bookkeeping; crash tests). */
  beforeCommit?: (trx: Transaction<Database>, results: StoreResult[]) => Promise<void>
  /**
   * Called when the batch holds the story lock: from then until it commits, every other process storing
   * into this database waits, so the caller should not hold up this batch's queries with other work.
   */
  onLocked?: () => void
}

/** The article's own text: its paragraphs (chrome removed), else its body span. */
export function articleText(page: Page, a: Article): string {
  if (a.paragraphs.length > 0) return a.paragraphs.map((p) => page.text.slice(p.start, p.end)).join('\n')
  return page.text.slice(a.body.start, a.body.end)
}

const json = (v: unknown): string | null => (v == null ? null : JSON.stringify(v))

const caches = new WeakMap<Store, ComparableCache>()
function cacheOf(store: Store): ComparableCache {
  let c = caches.get(store)
  if (!c) caches.set(store, (c = new ComparableCache()))
  return c
}

/**
 * A processed page with what storing it computes from the page alone: its articles' fingerprints. Pure and
 * CPU-bound, so the threads that run the pipeline prepare pages, and the thread that writes only writes.
 */
export interface PreparedPage {
  page: Page
  /** One per article, in article order. */
  fingerprints: ArticleFingerprint[]
}

export function preparePage(page: Page): PreparedPage {
  return {
    page,
    fingerprints: page.articles.map((a) => {
      const { hashes, matchable, keys } = fingerprint(articleText(page, a))
      return { hashes, matchable, keys }
    }),
  }
}

/** Store one page: a batch of one (the API, tests). */
export async function storePage(store: Store, page: Page, options: StoreOptions = {}): Promise<StoreResult> {
  return (await storePages(store, [page], options))[0]!
}

/**
 * Store many pages in one transaction, in order: every page is stored or none is, and storing pages in
 * batches ends with the same rows as storing them one at a time (story assignment runs page by page over
 * the batch, see assignStories), so a re-run after a crash may cut its batches anywhere.
 */
export async function storePages(
  store: Store,
  pages: Page[],
  options: StoreOptions = {},
): Promise<StoreResult[]> {
  return storePrepared(store, pages.map(preparePage), options)
}

/** `storePages` for pages prepared already (`preparePage`, in the pipeline's threads). */
export async function storePrepared(
  store: Store,
  pages: PreparedPage[],
  options: StoreOptions = {},
): Promise<StoreResult[]> {
  try {
    return await storeInTransaction(store, pages, options)
  } catch (e) {
    // Ids handed out inside the failed transaction may be handed out again: forget what they named.
    cacheOf(store).clear()
    throw e
  }
}

async function storeInTransaction(
  store: Store,
  prepared: PreparedPage[],
  options: StoreOptions,
): Promise<StoreResult[]> {
  const pages = prepared.map((p) => p.page)
  return store.db.transaction().execute(async (trx) => {
    const ingestedAt = new Date().toISOString()
    // The first page with a given hash is the one stored; a later copy in the same batch is stored already.
    const firstOf = new Map<string, PreparedPage>()
    for (const p of prepared) if (!firstOf.has(p.page.hash)) firstOf.set(p.page.hash, p)
    const pageId = new Map<string, number>()
    const unique = [...firstOf.values()]
    for (let i = 0; i < unique.length; i += 100) {
      const ids = await trx
        .insertInto('pages')
        .values(unique.slice(i, i + 100).map((p) => pageRow(p.page, ingestedAt)))
        .onConflict((oc) => oc.column('hash').doNothing())
        .returning(['id', 'hash'])
        .execute()
      for (const r of ids) pageId.set(r.hash, Number(r.id))
    }
    const stored = unique.filter((p) => pageId.has(p.page.hash))

    // Articles of every new page at once, their ids in row order.
    const rows = stored.flatMap(({ page }) =>
      page.articles.map((a, ordinal) => articleRow(page, a, ordinal, pageId.get(page.hash)!)),
    )
    const articleIds = await store.insertRows(trx, 'articles', rows, true)
    const toAssign: ArticleToAssign[][] = []
    const allMentions: NewMention[] = []
    const allEvents: NewEvent[] = []
    let k = 0
    for (const { page, fingerprints } of stored) {
      const written: ArticleToAssign[] = []
      for (const [j, a] of page.articles.entries()) {
        const id = articleIds[k]!
        const seenAt = rows[k++]!.seen_at
        allMentions.push(...mentionRows(a, id))
        allEvents.push(...eventRows(a, id))
        written.push({ id, fp: fingerprints[j]!, seenAt })
      }
      toAssign.push(written)
    }
    await store.insertRows(trx, 'mentions', allMentions)
    await store.insertRows(trx, 'events', allEvents)

    // Story assignment last, so the lock that serialises it is held for as short a time as possible.
    if (rows.length > 0) await store.lockStories(trx)
    options.onLocked?.()
    const stories = await assignStories(store, trx, toAssign, cacheOf(store))
    await refreshStoryEvents(trx, stories)
    const results = prepared.map((p) => ({
      stored: firstOf.get(p.page.hash) === p && pageId.has(p.page.hash),
      articles: 0,
    }))
    for (const [i, r] of results.entries()) if (r.stored) r.articles = pages[i]!.articles.length
    await options.beforeCommit?.(trx, results)
    return results
  })
}

function pageRow(page: Page, ingestedAt: string) {
  return {
    hash: page.hash,
    input: page.source.input,
    name: page.source.name,
    record: page.source.record ?? null,
    url: page.source.url ?? null,
    format: page.format,
    encoding: page.encoding,
    observed_at: page.observedAt,
    observed_at_source: page.observedAtSource,
    language: page.language,
    title: page.meta.title ?? null,
    text: page.text,
    article_count: page.articles.length,
    ingested_at: ingestedAt,
  }
}

function articleRow(page: Page, a: Article, ordinal: number, pageId: number) {
  return {
    page_id: pageId,
    ordinal,
    kind: a.kind,
    headline: a.headline,
    dateline_places: json(a.dateline?.places),
    agencies: json(a.dateline?.agencies),
    body_start: a.body.start,
    body_end: a.body.end,
    lead: a.lead,
    text: articleText(page, a),
    age_text: a.age?.text ?? null,
    age_from: a.age?.interval?.from ?? null,
    age_to: a.age?.interval?.to ?? null,
    published: a.published,
    language: a.language,
    seen_at: page.observedAt ?? a.published ?? null,
    story_id: null,
  }
}

function mentionRows(a: Article, id: number): NewMention[] {
  return (a.actors?.mentions ?? []).map((m) => ({
    article_id: id,
    span_start: m.start,
    span_end: m.end,
    text: m.text,
    code: m.code,
    kind: m.kind,
    rule: m.rule,
    person: m.person ?? null,
  }))
}

function eventRows(a: Article, id: number): NewEvent[] {
  return (a.events ?? []).map((e) => ({
    article_id: id,
    type: e.type,
    mode: e.mode,
    source: e.source,
    target: e.target,
    polarity: e.polarity,
    modality: e.modality,
    evidence_start: e.evidence.start,
    evidence_end: e.evidence.end,
    evidence_text: e.evidence.text,
    cue_text: e.cue.text,
    attribution_text: e.attribution?.text ?? null,
    attribution_code: e.attribution?.code ?? null,
    context: JSON.stringify(e.context),
    quad: e.quad,
    score: e.score,
    cameo: e.cameo,
    goldstein: e.goldstein,
    mapping_version: e.mappingVersion,
    place_name: e.place?.name ?? null,
    place_text: e.place?.text ?? null,
    place_start: e.place?.span.start ?? null,
    place_end: e.place?.span.end ?? null,
    place_precision: e.place?.precision ?? null,
    place_feature: e.place?.feature ?? null,
    place_country: e.place?.country ?? null,
    place_lat: e.place?.lat ?? null,
    place_lon: e.place?.lon ?? null,
  }))
}

/** Which of these page hashes are stored. */
export async function storedHashes(db: Kysely<Database>, hashes: string[]): Promise<Set<string>> {
  const out = new Set<string>()
  for (let i = 0; i < hashes.length; i += 500) {
    const rows = await db
      .selectFrom('pages')
      .select('hash')
      .where('hash', 'in', hashes.slice(i, i + 500))
      .execute()
    for (const r of rows) out.add(r.hash)
  }
  return out
}

/** The ids of the stored pages with these hashes, in the order given. */
export async function pageIds(db: Kysely<Database>, hashes: string[]): Promise<number[]> {
  if (hashes.length === 0) return []
  const rows = await db.selectFrom('pages').select(['id', 'hash']).where('hash', 'in', hashes).execute()
  const id = new Map(rows.map((r) => [r.hash, Number(r.id)]))
  return hashes.flatMap((h) => (id.has(h) ? [id.get(h)!] : []))
}
