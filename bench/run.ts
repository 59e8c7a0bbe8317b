// The benchmark suite: prints a table and writes bench/results.json. `--quick` runs a reduced suite.
// Run with `npm run bench` (after `npm run build`); no timing assertions live in the tests.

import { spawnSync } from 'node:child_process'
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import pg from 'pg'

import { loadKnowledgeBase } from '../dist/actors/kb.js'
import { createDefaultPipeline, defaultStages } from '../dist/index.js'
import { readText } from '../dist/sources/text.js'
import { pageStream, type GeneratedPage } from './generate.js'

const quick = process.argv.includes('--quick')
const results: Record<string, number> = {}
const rows: [string, string][] = []

function record(key: string, value: number, label: string, unit: string) {
  results[key] = Math.round(value * 100) / 100
  rows.push([label, `${value.toFixed(value < 10 ? 2 : 0)} ${unit}`])
}

const opts = { input: 'bench', name: 'generated' }
const cli = new URL('../dist/cli/main.js', import.meta.url).pathname
const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length

/** Writes generated pages as WARC response records, one at a time; returns the file's size in bytes. */
function writeWarc(file: string, pages: Iterable<GeneratedPage>): number {
  const fd = openSync(file, 'w')
  let size = 0
  let i = 0
  for (const p of pages) {
    const payload = Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${p.text}`)
    const date = new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString()
    const head = `WARC/1.0\r\nWARC-Type: response\r\nWARC-Date: ${date}\r\nWARC-Record-ID: <urn:uuid:${i++}>\r\nContent-Length: ${payload.length}\r\n\r\n`
    const record = Buffer.concat([Buffer.from(head), payload, Buffer.from('\r\n\r\n')])
    writeSync(fd, record)
    size += record.length
  }
  closeSync(fd)
  return size
}

/** Node flags that make a child process print its peak resident memory (KiB) on stderr when it exits. */
const REPORT_RSS = [
  '--import',
  `data:text/javascript,process.on('exit',()=>process.stderr.write('maxrss='+process.resourceUsage().maxRSS+'\\n'))`,
]
/** The heap cap the \`entente\` command runs with (its shebang and the npm scripts). */
const HEAP = '--max-old-space-size=1024'
const peakRss = (stderr: string) => Number(/maxrss=(\d+)/.exec(stderr)?.[1] ?? NaN) / 1024

// Knowledge base: compiled from the data files (cold, in this process: the first compile pays for reading
// and compiling the data), then loaded as a run loads it, from the snapshot a first load leaves (rewritten
// whenever a data file or the loader changes, as after the build above).
{
  let t = performance.now()
  const kb = loadKnowledgeBase({ cache: false })
  record('kb_compile_ms', performance.now() - t, `knowledge base compile (${kb.size} forms)`, 'ms')
  record('kb_person_rows', kb.personRows, `person-role rows (${kb.people.size} people)`, 'rows')
  loadKnowledgeBase() // writes the snapshot when there is none for these files
  t = performance.now()
  loadKnowledgeBase()
  record('kb_load_ms', performance.now() - t, 'knowledge base load from its snapshot', 'ms')
}

const corpusPages = quick ? 5_000 : 100_000

// End to end and per stage, over generated pages streamed one at a time (nothing is held): read the bytes,
// then each stage of the default pipeline, timed apart. Words of the article bodies are counted outside
// the timers, for the comparison with Frog below.
{
  const stages = defaultStages()
  const spent = new Map<string, number>([
    ['read', 0],
    ...stages.map(([name]) => [name, 0] as [string, number]),
  ])
  // Warm the JIT on other pages first, as a long run would be.
  for (const p of pageStream(300, 7))
    for (const [, stage] of stages) stage(readText(Buffer.from(p.text), opts))
  let articles = 0
  let bytes = 0
  let words = 0
  let e2e = 0
  for (const p of pageStream(corpusPages, 42)) {
    const buf = Buffer.from(p.text)
    bytes += buf.length
    const t0 = performance.now()
    const page = readText(buf, opts)
    let t = performance.now()
    spent.set('read', spent.get('read')! + t - t0)
    for (const [name, stage] of stages) {
      stage(page)
      const now = performance.now()
      spent.set(name, spent.get(name)! + now - t)
      t = now
    }
    e2e += t - t0
    articles += page.articles.length
    for (const a of page.articles)
      for (const para of a.paragraphs) words += countWords(page.text.slice(para.start, para.end))
  }
  for (const [name, ms] of spent)
    record(`stage_${name}_articles_per_s`, articles / (ms / 1000), `stage ${name}`, 'articles/s')
  const s = e2e / 1000
  record(
    'pipeline_articles_per_s',
    articles / s,
    `pipeline end to end (${corpusPages} pages, ${articles} articles)`,
    'articles/s',
  )
  record('pipeline_pages_per_s', corpusPages / s, 'pipeline end to end', 'pages/s')
  record('pipeline_mb_per_s', bytes / 1e6 / s, 'pipeline end to end', 'MB/s')
  record('pipeline_words_per_s', words / s, 'pipeline end to end, words of article bodies', 'words/s')
  // Kept for comparison with earlier runs.
  results.event_coding_articles_per_s = results.stage_events_articles_per_s!
  record(
    'bench_process_peak_rss_mb',
    process.resourceUsage().maxRSS / 1024,
    'peak memory of the bench process (tsx, pipeline in process, no heap cap)',
    'MB',
  )
}

// Frog, the reference Dutch NLP pipeline, on the article bodies of the first pages, where installed
// (apt-get install frog frogdata). Its own "Frogging in total took" time leaves out loading its models.
if (quick) rows.push(['Frog side by side', 'full run only (it takes 10-20 s to load)'])
else if (spawnSync('frog', ['--help'], { encoding: 'utf8' }).error)
  rows.push(['Frog side by side', 'not installed'])
else {
  const dir = mkdtempSync(join(tmpdir(), 'entente-frog-'))
  const input = join(dir, 'in.txt')
  const pipeline = createDefaultPipeline()
  const texts: string[] = []
  for (const p of pageStream(300, 42)) {
    const page = pipeline.run(readText(Buffer.from(p.text), opts))
    for (const a of page.articles)
      texts.push(a.paragraphs.map((x) => page.text.slice(x.start, x.end)).join('\n'))
  }
  writeFileSync(input, texts.join('\n\n') + '\n')
  const words = countWords(texts.join(' '))
  const t = performance.now()
  const r = spawnSync('frog', ['--skip=mpca', '-t', input, '-o', join(dir, 'out.tsv')], { encoding: 'utf8' })
  const wall = (performance.now() - t) / 1000
  const took = /Frogging in total took:\s*(\d+) seconds?, (\d+) milliseconds?/.exec(r.stderr ?? '')
  if (r.status !== 0 || !took) rows.push(['Frog side by side', `failed: ${(r.stderr ?? '').slice(-200)}`])
  else {
    const secs = Number(took[1]) + Number(took[2]) / 1000
    record(
      'frog_words_per_s',
      words / secs,
      `Frog --skip=mpca (${words} words of 300 pages' articles)`,
      'words/s',
    )
    record('frog_total_s', wall, 'Frog wall time including loading its models', 's')
  }
  rmSync(dir, { recursive: true, force: true })
}

// Memory while streaming: \`entente extract\` over a generated WARC, in a child process, at two sizes ten
// times apart. Flat memory means the larger one peaks where the smaller one does.
{
  const dir = mkdtempSync(join(tmpdir(), 'entente-bench-'))
  const sizes = quick ? [500, 5_000] : [10_000, 100_000]
  for (const n of sizes) {
    const warc = join(dir, `stream-${n}.warc`)
    const size = writeWarc(warc, pageStream(n, 42))
    const t = performance.now()
    const r = spawnSync('node', [HEAP, ...REPORT_RSS, cli, 'extract', warc, '--format', 'summary'], {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    if (r.status !== 0) throw new Error(`bench extract failed: ${r.stderr}`)
    const secs = (performance.now() - t) / 1000
    const peak = peakRss(r.stderr)
    record(
      `stream_${n}_peak_rss_mb`,
      peak,
      `streaming ${n} pages (${(size / 1e6).toFixed(0)} MB WARC), peak memory`,
      'MB',
    )
    record(`stream_${n}_pages_per_s`, n / secs, `streaming ${n} pages, whole process`, 'pages/s')
    rmSync(warc)
  }
  rmSync(dir, { recursive: true, force: true })
}

// Ingest into the store, in a child process per dialect so its peak memory is its own: generated pages in a
// WARC file, read, processed and stored one transaction per page.
{
  const n = quick ? 200 : 3_000
  const dir = mkdtempSync(join(tmpdir(), 'entente-bench-'))
  const warc = join(dir, 'bench.warc')
  writeWarc(warc, pageStream(n, 42))
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
    const r = spawnSync('node', [HEAP, '--input-type=module', '-e', child, db, warc], { encoding: 'utf8' })
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

// Query latency on generated stores of 1 M and 10 M events (100 k with --quick), each in a child process of
// its own. The unsuffixed keys are the largest store's.
for (const n of quick ? [100_000] : [1_000_000, 10_000_000]) {
  const r = spawnSync('npx', ['tsx', new URL('./queries.ts', import.meta.url).pathname, String(n)], {
    encoding: 'utf8',
  })
  if (r.status !== 0) throw new Error(`bench queries failed: ${r.stderr}`)
  const q = JSON.parse(r.stdout.trim().split('\n').pop()!)
  const tag = n >= 1_000_000 ? `${n / 1_000_000}m` : `${n / 1000}k`
  record(`query_store_build_s_${tag}`, q.buildSecs, `generated store of ${n} events, built in`, 's')
  record(`dyad_query_p50_ms_${tag}`, q.dyad.p50, `dyad timeline by month, ${tag} events, p50`, 'ms')
  record(`dyad_query_p95_ms_${tag}`, q.dyad.p95, `dyad timeline by month, ${tag} events, p95`, 'ms')
  record(`actor_query_p50_ms_${tag}`, q.actor.p50, `actor summary with trend, ${tag} events, p50`, 'ms')
  record(`actor_query_p95_ms_${tag}`, q.actor.p95, `actor summary with trend, ${tag} events, p95`, 'ms')
  record(
    `export_events_per_s_${tag}`,
    q.exported / q.exportSecs,
    `every event read by key as export does, ${tag} events`,
    'events/s',
  )
  for (const k of [
    'dyad_query_p50_ms',
    'dyad_query_p95_ms',
    'actor_query_p50_ms',
    'actor_query_p95_ms',
    'export_events_per_s',
  ])
    results[k] = results[`${k}_${tag}`]!
}

// The product's peak memory: the largest of the streaming and ingest processes.
results.peak_rss_mb = Math.max(
  ...Object.entries(results)
    .filter(([k]) => /^(stream_\d+|ingest_\w+)_peak_rss_mb$/.test(k))
    .map(([, v]) => v),
)
rows.push(['peak memory of entente (largest of the above)', `${results.peak_rss_mb!.toFixed(0)} MB`])

const width = Math.max(...rows.map((r) => r[0].length))
for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`)
writeFileSync(
  new URL('./results.json', import.meta.url),
  JSON.stringify({ quick, date: new Date().toISOString(), ...results }, null, 2) + '\n',
)
console.log('wrote bench/results.json')
