// Query latency on a generated store: N events (1 M by default, 100 k with --quick) between 200 actors of
// skewed activity over two years, three events per article and one article per story, written straight
// into a SQLite store made by the real migrations. Then the API's two heaviest reads, through the same read
// model the routes use: a dyad's monthly timeline and an actor's summary with trend, both answered from the
// per-day totals (rollups) that ingest keeps and that are filled here by the same code.
// Last, every event read in pages by key, as `entente export` does. Run by bench/run.ts; prints JSON with
// p50/p95 in milliseconds. BENCH_KEEP=1 keeps the store and prints its path.

import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { openStore } from '../src/store/dialects/index.js'
import { readModel } from '../src/store/read.js'
import { loadMapping } from '../src/events/scores.js'
import { EVENT_TYPES } from '../src/events/lexicon.js'
import { rebuildRollups } from '../src/store/repositories/rollups.js'
import { insertStoryEvents } from '../src/store/repositories/stories.js'
import { sql } from 'kysely'

const total = Number(process.argv[2] ?? 1_000_000)
const dir = mkdtempSync(join(tmpdir(), 'entente-bench-q-'))
const file = join(dir, 'queries.db')

// A seeded generator, so every run builds the same store.
let seed = 7
const rand = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31
  return seed / 2 ** 31
}
const actors = Array.from({ length: 200 }, (_, i) => `A${String(i).padStart(3, '0')}`)
// Zipf-like: actor k is picked with weight 1/(k+1), as a few states dominate the news.
const weights = actors.map((_, k) => 1 / (k + 1))
const sum = weights.reduce((a, b) => a + b, 0)
const cumulative = weights.map(
  (
    (acc) => (w) =>
      (acc += w / sum)
  )(0),
)
const pick = () => {
  const r = rand()
  const i = cumulative.findIndex((c) => c >= r)
  return actors[i === -1 ? actors.length - 1 : i]!
}
const mapping = loadMapping()

const t0 = performance.now()
{
  const store = await openStore(file)
  await store.close()
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = OFF')
  db.pragma('cache_size = -2000000')
  const page = db.prepare(
    `insert into pages (hash, input, name, format, encoding, observed_at, text, article_count, ingested_at)
     values (?, 'bench', ?, 'text', 'utf-8', ?, '', 0, ?)`,
  )
  const story = db.prepare('insert into stories (first_seen) values (?)')
  const article = db.prepare(
    `insert into articles (page_id, ordinal, kind, body_start, body_end, lead, text, seen_at, story_id)
     values (?, ?, 'teaser', 0, 0, '', '', ?, ?)`,
  )
  const event = db.prepare(
    `insert into events (article_id, type, source, target, polarity, modality, evidence_start, evidence_end,
       evidence_text, cue_text, context, quad, score, cameo, goldstein, mapping_version)
     values (?, ?, ?, ?, ?, ?, 0, 0, '', '', '[]', ?, ?, ?, ?, 1)`,
  )
  const start = Date.UTC(2024, 0, 1)
  const fill = db.transaction(() => {
    let pageId = 0
    let articleId = 0
    let ordinal = 0
    for (let n = 0; n < total; n += 3) {
      const when = new Date(start + Math.floor(rand() * 730) * 86_400_000 + (n % 86_400) * 1000).toISOString()
      if (articleId % 20 === 0) {
        pageId = Number(page.run(`h${n}`, `p${n}`, when, when).lastInsertRowid)
        ordinal = 0
      }
      const storyId = Number(story.run(when).lastInsertRowid)
      articleId = Number(article.run(pageId, ordinal++, when, storyId).lastInsertRowid)
      for (let k = 0; k < 3 && n + k < total; k++) {
        const type = EVENT_TYPES[Math.floor(rand() * EVENT_TYPES.length)]!
        const f = mapping.get(type)!
        const s = pick()
        let t = pick()
        if (t === s) t = actors[(actors.indexOf(s) + 1) % actors.length]!
        const r = rand()
        const polarity = r < 0.05 ? 'negated' : 'asserted'
        const modality = r < 0.1 ? 'alleged' : r < 0.3 ? 'intended' : 'actual'
        event.run(articleId, type, s, t, polarity, modality, f.quad, f.score, f.cameoRoot, f.goldstein)
      }
    }
  })
  fill()
  db.close()
}
{
  // What ingest keeps current page by page (refreshStoryEvents), filled here in one pass each.
  const store = await openStore(file, { create: false })
  // A build, not a store in use: a large page cache and no syncs.
  await sql`pragma cache_size = -2000000`.execute(store.db)
  await sql`pragma synchronous = OFF`.execute(store.db)
  await insertStoryEvents(store.db, null)
  await rebuildRollups(store.db)
  await sql`pragma optimize`.execute(store.db)
  await store.close()
}
const buildSecs = (performance.now() - t0) / 1000

const store = await openStore(file, { create: false })
const read = readModel(store)

async function timed(n: number, fn: (i: number) => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  await fn(0) // warm the page cache
  const ms: number[] = []
  for (let i = 0; i < n; i++) {
    const t = performance.now()
    await fn(i)
    ms.push(performance.now() - t)
  }
  ms.sort((a, b) => a - b)
  const at = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))]!
  return { p50: at(0.5), p95: at(0.95) }
}

// Dyads and actors drawn by the same skew as the data: busy ones are asked about most.
const dyad = await timed(100, async () => {
  const [a, b] = [pick(), pick()]
  return read.dyadTimeline({ a, b, by: 'month' })
})
const actor = await timed(40, async () => {
  const code = pick()
  return read.actorSummary({ actor: code, from: '2025-07-01', to: '2025-12-31' })
})
// Every event read in pages by key, as `entente export` does (without formatting them).
const exportStart = performance.now()
let exported = 0
for (let after: number | null = null; ;) {
  const items = await read.eventsAfter({}, after, 1000)
  exported += items.length
  if (items.length < 1000) break
  after = items[items.length - 1]!.id
}
const exportSecs = (performance.now() - exportStart) / 1000
const listed = await sql<{
  n: number
}>`select count(*) as n from story_event_rows where source is not null`.execute(store.db)
if (exported !== Number(listed.rows[0]!.n))
  throw new Error(`export read ${exported} of ${listed.rows[0]!.n} events`)
await store.close()
if (process.env.BENCH_KEEP) process.stderr.write(`kept ${file}\n`)
else rmSync(dir, { recursive: true, force: true })
console.log(JSON.stringify({ events: total, buildSecs, dyad, actor, exported, exportSecs }))
