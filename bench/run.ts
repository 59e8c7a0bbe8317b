// The benchmark suite: prints a table and writes bench/results.json. `--quick` runs a reduced suite.
// Run with `npm run bench` (after `npm run build`); no timing assertions live in the tests.

import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import pg from 'pg'

import { loadKnowledgeBase } from '../dist/actors/kb.js'
import { matchAll } from '../dist/actors/matcher.js'
import { tokenize } from '../dist/actors/normalize.js'
import { actorStage } from '../dist/actors/index.js'
import { createPipeline } from '../dist/core/pipeline.js'
import { eventStage } from '../dist/events/index.js'
import { createDefaultPipeline } from '../dist/index.js'
import { pageStage } from '../dist/page/index.js'
import { readText } from '../dist/sources/text.js'
import { generatePages } from './generate.js'

const quick = process.argv.includes('--quick')
const results: Record<string, number> = {}
const rows: [string, string][] = []

function record(key: string, value: number, label: string, unit: string) {
  results[key] = Math.round(value * 100) / 100
  rows.push([label, `${value.toFixed(value < 10 ? 2 : 0)} ${unit}`])
}

// Knowledge base load (cold, in this process: the first load pays for reading and compiling the data).
{
  const t = performance.now()
  const kb = loadKnowledgeBase()
  record('kb_load_ms', performance.now() - t, `knowledge base load (${kb.size} forms)`, 'ms')
}

const pages = generatePages(quick ? 2_000 : 20_000, 42)
const texts = pages.map((p) => p.text)
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0)

// Matching alone: tokenising and trie matching over whole pages.
{
  const kb = loadKnowledgeBase()
  // One pass to warm the JIT, as a long run would be.
  for (const text of texts.slice(0, 500)) matchAll(kb, text, tokenize(text))
  const t = performance.now()
  let n = 0
  for (const text of texts) n += matchAll(kb, text, tokenize(text)).length
  const s = (performance.now() - t) / 1000
  record('actor_match_mb_per_s', bytes / 1e6 / s, `actor matching (${n} matches)`, 'MB/s')
}

// End to end: read, segment, language, actors.
{
  const pipeline = createDefaultPipeline()
  const t = performance.now()
  let articles = 0
  for (const [i, text] of texts.entries()) {
    const page = pipeline.run(readText(Buffer.from(text), { input: 'bench', name: `p${i}` }))
    articles += page.articles.length
  }
  const s = (performance.now() - t) / 1000
  record('pipeline_articles_per_s', articles / s, `pipeline end to end (${articles} articles)`, 'articles/s')
  record('pipeline_pages_per_s', texts.length / s, 'pipeline end to end', 'pages/s')
}

// Event coding alone, on pages already read and with their actors found.
{
  const kb = loadKnowledgeBase()
  const before = createPipeline([pageStage(), actorStage({ kb })])
  const code = eventStage()
  const read = texts.map((text, i) =>
    before.run(readText(Buffer.from(text), { input: 'bench', name: `p${i}` })),
  )
  const articles = read.reduce((n, p) => n + p.articles.length, 0)
  const t = performance.now()
  let events = 0
  for (const page of read) {
    code(page)
    for (const a of page.articles) events += a.events?.length ?? 0
  }
  const s = (performance.now() - t) / 1000
  record('event_coding_articles_per_s', articles / s, `event coding alone (${events} events)`, 'articles/s')
}

record('peak_rss_mb', process.resourceUsage().maxRSS / 1024, 'peak resident memory', 'MB')

// Ingest into the store, in a child process per dialect so its peak memory is its own: generated pages in a
// WARC file, read, processed and stored one transaction per page.
{
  const n = quick ? 300 : 3_000
  const dir = mkdtempSync(join(tmpdir(), 'entente-bench-'))
  const warc = join(dir, 'bench.warc')
  const records = pages.slice(0, n).map((p, i) => {
    const payload = Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${p.text}`)
    const date = new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString()
    const head = `WARC/1.0\r\nWARC-Type: response\r\nWARC-Date: ${date}\r\nWARC-Record-ID: <urn:uuid:${i}>\r\nContent-Length: ${payload.length}\r\n\r\n`
    return Buffer.concat([Buffer.from(head), payload, Buffer.from('\r\n\r\n')])
  })
  writeFileSync(warc, Buffer.concat(records))
  const child = `
    import { createDefaultPipeline } from '${new URL('../dist/index.js', import.meta.url).pathname}'
    import { openStore } from '${new URL('../dist/store/dialects/index.js', import.meta.url).pathname}'
    import { ingest } from '${new URL('../dist/store/ingest.js', import.meta.url).pathname}'
    const pipeline = createDefaultPipeline()
    const store = await openStore(process.argv[1])
    const t = performance.now()
    const r = await ingest(store, pipeline, [process.argv[2]], {})
    const secs = (performance.now() - t) / 1000
    await store.close()
    console.log(JSON.stringify({ ...r, secs, maxRss: process.resourceUsage().maxRSS / 1024 }))`
  const ingestInto = (db: string, label: string, key: string) => {
    const r = spawnSync('node', ['--input-type=module', '-e', child, db, warc], { encoding: 'utf8' })
    if (r.status !== 0) throw new Error(`bench ingest (${label}) failed: ${r.stderr}`)
    const out = JSON.parse(r.stdout)
    record(
      `${key}_ingest_pages_per_s`,
      out.stored / out.secs,
      `ingest into ${label} (${out.stored} pages)`,
      'pages/s',
    )
    record(`ingest_${key}_peak_rss_mb`, out.maxRss, `ingest into ${label}, peak memory`, 'MB')
  }
  ingestInto(join(dir, 'bench.db'), 'SQLite', 'sqlite')

  const pgUrl = process.env.ENTENTE_TEST_PG || 'postgres://postgres@127.0.0.1:5432/test'
  const schema = `bench_${process.pid}`
  const admin = new pg.Client({ connectionString: pgUrl, connectionTimeoutMillis: 3000 })
  let connected = false
  try {
    await admin.connect()
    connected = true
  } catch (e) {
    rows.push(['ingest into PostgreSQL', `skipped: ${pgUrl} unreachable (${(e as Error).message})`])
  }
  if (connected) {
    try {
      const u = new URL(pgUrl)
      u.searchParams.set('schema', schema)
      ingestInto(u.toString(), 'PostgreSQL', 'postgres')
    } finally {
      await admin.query(`drop schema if exists ${schema} cascade`)
      await admin.end()
    }
  }
  rmSync(dir, { recursive: true, force: true })
}

// Query latency on a generated store of 1 M events (100 k with --quick), in a child process of its own.
{
  const n = quick ? 100_000 : 1_000_000
  const r = spawnSync('npx', ['tsx', new URL('./queries.ts', import.meta.url).pathname, String(n)], {
    encoding: 'utf8',
  })
  if (r.status !== 0) throw new Error(`bench queries failed: ${r.stderr}`)
  const q = JSON.parse(r.stdout.trim().split('\n').pop()!)
  record('query_store_build_s', q.buildSecs, `generated store of ${n} events, built in`, 's')
  record('dyad_query_p50_ms', q.dyad.p50, 'dyad timeline by month, p50', 'ms')
  record('dyad_query_p95_ms', q.dyad.p95, 'dyad timeline by month, p95', 'ms')
  record('actor_query_p50_ms', q.actor.p50, 'actor summary with trend, p50', 'ms')
  record('actor_query_p95_ms', q.actor.p95, 'actor summary with trend, p95', 'ms')
}

const width = Math.max(...rows.map((r) => r[0].length))
for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`)
writeFileSync(
  new URL('./results.json', import.meta.url),
  JSON.stringify({ quick, date: new Date().toISOString(), ...results }, null, 2) + '\n',
)
console.log('wrote bench/results.json')
