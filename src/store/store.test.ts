// The store on both dialects: what a page stores, idempotency, stories across pages and days, events once per
// story, order independence, concurrent writers (PostgreSQL), and the same rows on SQLite and PostgreSQL.

import { join } from 'node:path'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDefaultPipeline } from '../index.js'
import type { Page } from '../core/doc.js'
import { corpus, portalPage, readCorpusPage, story } from '../../test/helpers/corpus.js'
import { readText } from '../sources/text.js'
import { tempDir } from '../../test/helpers/build.js'
import { dropSchemas, pgAvailable, pgClient, pgSchemaUrl } from '../../test/helpers/pg.js'
import { openStore, type Store } from './dialects/index.js'
import { STORY_LOCK } from './dialects/postgres.js'
import { canonicalDump } from './repositories/dump.js'
import { storePage } from './repositories/pages.js'
import { stats } from './repositories/stats.js'
import { syncFullText } from './search.js'
import { storyEventCounts, storySightings } from './repositories/stories.js'

const pipeline = createDefaultPipeline()
const pages: Page[] = corpus().map((p) => pipeline.run(readCorpusPage(p)))
// Fresh copies, so a test that reorders pages never shares objects with another.
const fresh = () => corpus().map((p) => pipeline.run(readCorpusPage(p)))

const dialects = [
  { name: 'sqlite', skip: false, url: () => join(tempDir(), 'store.db') },
  { name: 'postgres', skip: !pgAvailable, url: () => pgSchemaUrl('store') },
]

afterAll(dropSchemas)

async function filled(url: string, order: Page[] = pages): Promise<Store> {
  const store = await openStore(url)
  for (const p of order) await storePage(store, p)
  return store
}

/** The story id of the article whose lead starts with `lead`, on the page named `name` (any page when omitted). */
async function storyOf(store: Store, lead: string, name?: string): Promise<number[]> {
  let q = store.db
    .selectFrom('articles as a')
    .innerJoin('pages as p', 'p.id', 'a.page_id')
    .select('a.story_id')
    .where('a.lead', 'like', `${lead}%`)
  if (name) q = q.where('p.name', '=', name)
  return [...new Set((await q.execute()).map((r) => r.story_id!))]
}

describe.each(dialects)('the store on $name', ({ skip, url }) => {
  describe.skipIf(skip)('with the twelve-page corpus', () => {
    let store: Store
    beforeAll(async () => {
      // Newest first, so first-seen times must come from the data, not from arrival order.
      store = await filled(url(), [...pages].reverse())
    })
    afterAll(async () => store?.close())

    it('stores every page, article, mention and event', async () => {
      const s = await stats(store.db)
      const articles = pages.flatMap((p) => p.articles)
      expect(s.pages).toBe(12)
      expect(s.articles).toBe(articles.length)
      expect(s.mentions).toBe(articles.reduce((n, a) => n + (a.actors?.mentions.length ?? 0), 0))
      expect(s.eventSightings).toBe(articles.reduce((n, a) => n + (a.events?.length ?? 0), 0))
      const row = await store.db
        .selectFrom('articles as a')
        .innerJoin('pages as p', 'p.id', 'a.page_id')
        .select(['a.kind', 'a.headline', 'a.agencies', 'a.age_text', 'a.seen_at', 'p.observed_at'])
        .where('p.name', '=', 'page-00.txt')
        .orderBy('a.ordinal')
        .execute()
      expect(row[0]).toMatchObject({
        kind: 'main',
        headline: 'Rusland zet Noorse diplomaten het land uit',
        agencies: '["ANP","RTR"]',
        seen_at: '2025-03-01T08:00:00.000Z',
      })
      expect(row[1]).toMatchObject({ kind: 'teaser', age_text: '14 minuten geleden' })
    })

    it('adds nothing when the same pages come again', async () => {
      const before = await canonicalDump(store.db)
      const results = []
      for (const p of fresh()) results.push(await storePage(store, p))
      expect(results.every((r) => !r.stored)).toBe(true)
      expect(await canonicalDump(store.db)).toEqual(before)
    })

    it('makes the same teaser on ten pages, and the full article it opens, one story with every sighting', async () => {
      const ids = await storyOf(store, 'De Verenigde Staten en Mexico')
      expect(ids).toHaveLength(1)
      const sightings = await storySightings(store.db, ids[0]!)
      expect(sightings).toHaveLength(11)
      expect(new Set(sightings.map((s) => s.pageName)).size).toBe(11)
      expect(sightings.filter((s) => s.kind === 'main').map((s) => s.pageName)).toEqual(['page-11.txt'])
      expect(sightings[0]!.seenAt).toBe('2025-03-01T08:00:00.000Z')
      const story = await store.db
        .selectFrom('stories')
        .selectAll()
        .where('id', '=', ids[0]!)
        .executeTakeFirst()
      expect(story?.first_seen).toBe('2025-03-01T08:00:00.000Z')
      // The ten identical teasers hold one set of keys between them, so search does not grow with sightings.
      const keyed = await store.db
        .selectFrom('fingerprints as f')
        .innerJoin('articles as a', 'a.id', 'f.article_id')
        .select('a.id')
        .distinct()
        .where('a.story_id', '=', ids[0]!)
        .execute()
      expect(keyed).toHaveLength(2)
    })

    it('keeps an article re-published with a new first line in its story', async () => {
      const original = await storyOf(store, 'Rusland heeft twee Noorse', 'page-00.txt')
      const republished = await storyOf(store, 'Rusland heeft donderdag opnieuw', 'page-10.txt')
      expect(republished).toEqual(original)
      expect(original).toHaveLength(1)
    })

    it('finds exactly the eight stories the corpus tells, one per dateline', async () => {
      const rows = await store.db.selectFrom('articles').select(['story_id', 'dateline_places']).execute()
      const storiesByPlace = new Map<string, Set<number>>()
      for (const r of rows) {
        const place = r.dateline_places ?? 'none'
        storiesByPlace.set(place, (storiesByPlace.get(place) ?? new Set()).add(r.story_id!))
      }
      expect(storiesByPlace.size).toBe(8)
      for (const ids of storiesByPlace.values()) expect(ids.size).toBe(1)
      expect((await stats(store.db)).stories).toBe(8)
    })

    it('counts a story’s events once, not once per page', async () => {
      const [borderStory] = await storyOf(store, 'De Verenigde Staten en Mexico')
      const articles = pages
        .flatMap((p) => p.articles)
        .filter((a) => a.lead.startsWith('De Verenigde Staten'))
      const distinct = new Set(
        articles.flatMap((a) => (a.events ?? []).map((e) => [e.source, e.target, e.type, e.polarity].join())),
      )
      expect(distinct.size).toBeGreaterThan(0)
      const counts = await storyEventCounts(store.db)
      expect(counts.find((c) => c.storyId === borderStory)?.events).toBe(distinct.size)
      const s = await stats(store.db)
      expect(s.events).toBe(counts.reduce((n, c) => n + c.events, 0))
      expect(Object.values(s.eventsByType).reduce((n, c) => n + c, 0)).toBe(s.events)
      expect(s.eventSightings).toBeGreaterThan(s.events)
    })

    it('merges two stories that a later page links, keeping every sighting and the earliest time', async () => {
      const grain = story('grain')
      const page = (name: string, day: number, text: string) =>
        pipeline.run(
          readText(Buffer.from(text), { input: name, name }, { observedAt: `2025-04-0${day}T12:00:00.000Z` }),
        )
      const opening = `${grain.headline}\n${grain.dateline} - ${grain.sentences.slice(0, 2).join(' ')}\n`
      const rest = `Graanoverleg\n${grain.dateline} - ${grain.sentences.slice(1).join(' ')}\n`
      const both = portalPage('grain', ['grain', 'korea'], 3)
      const target = await openStore(url())
      try {
        await storePage(target, page('opening.txt', 2, opening))
        await storePage(target, page('rest.txt', 1, rest))
        const apart = [
          ...(await storyOf(target, 'Turkije heeft aangeboden')),
          ...(await storyOf(target, 'De Turkse president wil')),
        ]
        expect(new Set(apart).size).toBe(2)
        await storePage(target, page('both.txt', 3, both))
        const ids = [
          ...(await storyOf(target, 'Turkije heeft aangeboden')),
          ...(await storyOf(target, 'De Turkse president wil')),
        ]
        expect(new Set(ids).size).toBe(1)
        const sightings = await storySightings(target.db, ids[0]!)
        expect(sightings.map((x) => [x.pageName, x.kind])).toEqual([
          ['rest.txt', 'main'],
          ['opening.txt', 'main'],
          ['both.txt', 'main'],
          ['both.txt', 'teaser'],
        ])
        const row = await target.db
          .selectFrom('stories')
          .selectAll()
          .where('id', '=', ids[0]!)
          .executeTakeFirst()
        expect(row?.first_seen).toBe('2025-04-01T12:00:00.000Z')
        expect((await stats(target.db)).stories).toBe(2)
      } finally {
        await target.close()
      }
    })

    it('ends with the same rows whatever order the pages come in', async () => {
      const expected = await canonicalDump(store.db)
      for (const order of [fresh(), shuffle(fresh(), 7)]) {
        const other = await filled(url(), order)
        try {
          expect(await canonicalDump(other.db)).toEqual(expected)
        } finally {
          await other.close()
        }
      }
    })
  })
})

describe.skipIf(!pgAvailable)('the store on PostgreSQL with concurrent writers', () => {
  it('makes a second writer wait for the first one’s story assignment', async () => {
    const url = pgSchemaUrl('lock')
    const [a, b] = [await openStore(url), await openStore(url)]
    const [first, second] = fresh()
    try {
      let release!: () => void
      const gate = new Promise<void>((r) => (release = r))
      let entered!: () => void
      const inside = new Promise<void>((r) => (entered = r))
      // A holds its transaction open after assigning stories; B stores a page that shares the "border" teaser.
      const storingA = storePage(a, first!, {
        beforeCommit: async () => {
          entered()
          await gate
        },
      })
      await inside
      let bDone = false
      const storingB = storePage(b, second!).then(() => (bDone = true))
      // Wait until B is either finished (no lock: the race) or waiting for the story lock, then let A commit.
      for (let i = 0; i < 1000 && !bDone && !(await storyLockWaiters(a)); i++)
        await new Promise((r) => setTimeout(r, 10))
      release()
      await Promise.all([storingA, storingB])
      expect(await storyOf(a, 'De Verenigde Staten en Mexico')).toHaveLength(1)
    } finally {
      await a.close()
      await b.close()
    }
  })

  it('assigns stories race-free: four connections storing at once end as one writer does', async () => {
    const target = pgSchemaUrl('concurrent')
    const reference = await filled(pgSchemaUrl('reference'))
    const writers = await Promise.all([0, 1, 2, 3].map(() => openStore(target)))
    try {
      const work = fresh()
      // Each writer takes every fourth page; a page also goes to a second writer, so conflicts happen too.
      await Promise.all(
        writers.map(async (w, i) => {
          for (const [j, p] of work.entries()) if (j % 4 === i || j % 4 === (i + 1) % 4) await storePage(w, p)
        }),
      )
      expect(await canonicalDump(writers[0]!.db)).toEqual(await canonicalDump(reference.db))
    } finally {
      await Promise.all([...writers, reference].map((w) => w.close()))
    }
  })
})

describe.skipIf(!pgAvailable)('the store on PostgreSQL beside schemas that others drop', () => {
  it('opens and migrates while another process drops its own schemas', async () => {
    // Kysely's migrator reads every schema of the database; one dropped at that moment used to fail the open.
    const client = await pgClient()
    const victims = Array.from({ length: 40 }, () =>
      new URL(pgSchemaUrl('victim')).searchParams.get('schema')!,
    )
    try {
      for (const v of victims)
        await client.query(`create schema ${v}; create table ${v}.t (id serial primary key)`)
      const dropping = (async () => {
        for (const v of victims) await client.query(`drop schema ${v} cascade`)
      })()
      const opened = await Promise.allSettled(
        Array.from({ length: 6 }, () => openStore(pgSchemaUrl('beside')).then((s) => s.close())),
      )
      await dropping
      expect(
        opened.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason)),
      ).toEqual([])
    } finally {
      await client.end()
    }
  })
})

describe.skipIf(!pgAvailable)('the store on PostgreSQL after its migrations', () => {
  it('holds no table of the hand-written queue that pg-boss replaced', async () => {
    const url = pgSchemaUrl('noqueue')
    const store = await openStore(url)
    try {
      const schema = new URL(url).searchParams.get('schema')!
      const { rows } = await sql<{
        table_name: string
      }>`select table_name from information_schema.tables where table_schema = ${schema}`.execute(store.db)
      const tables = rows.map((r) => r.table_name)
      expect(tables).toContain('pages')
      expect(tables).not.toContain('queue')
    } finally {
      await store.close()
    }
  })
})

describe('the SQLite full-text index', () => {
  it('is caught up once when several searches start together, each article indexed once', async () => {
    const store = await filled(join(tempDir(), 'fts.db'))
    try {
      const added = await Promise.all(Array.from({ length: 6 }, () => syncFullText(store)))
      const { n: articles } = await store.db
        .selectFrom('articles')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
      expect(added).toEqual(Array(6).fill(articles))
      const indexed = await sql<{ n: number }>`select count(*) as n from articles_fts`.execute(store.db)
      expect(indexed.rows[0]!.n).toBe(articles)
      await sql`insert into articles_fts (articles_fts) values ('integrity-check')`.execute(store.db)
      expect(await syncFullText(store)).toBe(0)
    } finally {
      await store.close()
    }
  })
})

describe.skipIf(!pgAvailable)('SQLite and PostgreSQL', () => {
  it('hold the same rows for the same pages', async () => {
    const sqlite = await filled(join(tempDir(), 'same.db'))
    const postgres = await filled(pgSchemaUrl('same'))
    try {
      expect(await canonicalDump(postgres.db)).toEqual(await canonicalDump(sqlite.db))
    } finally {
      await sqlite.close()
      await postgres.close()
    }
  })
})

async function storyLockWaiters(store: Store): Promise<boolean> {
  const r = await sql<{ n: number }>`
    select count(*) as n from pg_locks where locktype = 'advisory' and classid = ${STORY_LOCK} and not granted`.execute(
    store.db,
  )
  return Number(r.rows[0]?.n) > 0
}

function shuffle<T>(items: T[], seed: number): T[] {
  let s = seed
  const rand = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    ;[items[i], items[j]] = [items[j]!, items[i]!]
  }
  return items
}
