// Storing one processed page: the page, its articles, mentions, events, fingerprints and story assignment,
// all in one transaction. A page whose content hash is stored already adds nothing, so re-running an
// ingest, or running it again after a crash, ends with the same rows.

import type { Transaction } from 'kysely'
import type { Article, Page } from '../../core/doc.js'
import { fingerprint } from '../../stories/fingerprint.js'
import type { Store } from '../dialects/types.js'
import type { Database, NewEvent, NewMention } from '../schema.js'
import { insertChunked } from './insert.js'
import { assignStories, ComparableCache, refreshStoryEvents } from './stories.js'

export interface StoreResult {
  /** False when a page with the same content hash was already stored. */
  stored: boolean
  articles: number
}

export interface StoreOptions {
  /** Runs inside the transaction just before commit (queue bookkeeping; crash tests). */
  beforeCommit?: (trx: Transaction<Database>, result: StoreResult) => Promise<void>
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

export async function storePage(store: Store, page: Page, options: StoreOptions = {}): Promise<StoreResult> {
  try {
    return await storeInTransaction(store, page, options)
  } catch (e) {
    // Ids handed out inside the failed transaction may be handed out again: forget what they named.
    cacheOf(store).clear()
    throw e
  }
}

async function storeInTransaction(store: Store, page: Page, options: StoreOptions): Promise<StoreResult> {
  return store.db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('pages')
      .values({
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
        ingested_at: new Date().toISOString(),
      })
      .onConflict((oc) => oc.column('hash').doNothing())
      .returning('id')
      .executeTakeFirst()
    if (!inserted) {
      const result = { stored: false, articles: 0 }
      await options.beforeCommit?.(trx, result)
      return result
    }

    // The page's articles in one insert per chunk; ids are matched back by ordinal, whatever order the
    // database returns them in.
    const rows = page.articles.map((a, ordinal) => ({
      page_id: inserted.id,
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
    }))
    const idOf = new Map<number, number>()
    for (let i = 0; i < rows.length; i += 200) {
      const ids = await trx
        .insertInto('articles')
        .values(rows.slice(i, i + 200))
        .returning(['id', 'ordinal'])
        .execute()
      for (const r of ids) idOf.set(Number(r.ordinal), Number(r.id))
    }

    const written: { id: number; fp: ReturnType<typeof fingerprint>; seenAt: string | null }[] = []
    const allMentions: NewMention[] = []
    const allEvents: NewEvent[] = []
    for (const [ordinal, a] of page.articles.entries()) {
      const id = idOf.get(ordinal)!
      const { text, seen_at: seenAt } = rows[ordinal]!

      const mentions: NewMention[] = (a.actors?.mentions ?? []).map((m) => ({
        article_id: id,
        span_start: m.start,
        span_end: m.end,
        text: m.text,
        code: m.code,
        kind: m.kind,
        rule: m.rule,
        person: m.person ?? null,
      }))
      allMentions.push(...mentions)

      const events: NewEvent[] = (a.events ?? []).map((e) => ({
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
      allEvents.push(...events)

      const fp = fingerprint(text)
      written.push({ id, fp, seenAt })
    }
    // One insert per table and page (in chunks well under both dialects' parameter limits).
    await insertChunked(trx, 'mentions', allMentions)
    await insertChunked(trx, 'events', allEvents)

    // Story assignment last, so the lock that serialises it is held for as short a time as possible.
    if (written.length > 0) await store.lockStories(trx)
    const stories = await assignStories(trx, written, cacheOf(store))
    await refreshStoryEvents(trx, stories)
    const result = { stored: true, articles: page.articles.length }
    await options.beforeCommit?.(trx, result)
    return result
  })
}
