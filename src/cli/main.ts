#!/usr/bin/env -S node --max-old-space-size=1024
// The `entente` command: argument parsing only; the work is done by the library.

import { mkdir, stat as statFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import type { Page } from '../core/doc.js'
import { InputError } from '../core/message.js'
import { toGold } from '../eval/gold.js'
import { ploverRecords } from '../events/plover.js'
import { formatScores, runEval } from '../eval/run.js'
import { createDefaultPipeline } from '../index.js'
import { expandInputs, readInputs, type Format, type InputOptions } from '../sources/input.js'
import { parseFields } from '../sources/jsonl.js'
import { undatedArticles, undatedLine } from '../page/undated.js'
import { isPostgresUrl, openStore, resolveDb, type Store } from '../store/dialects/index.js'
import { enqueue, ingest, work, type IngestHooks } from '../store/ingest.js'
import { formatStats, stats } from '../store/repositories/stats.js'
import { ingestBytes } from '../api/ingest.js'
import type { ReadModel } from '../api/read-model.js'
import { startServer } from '../api/serve.js'
import { readModel } from '../store/read.js'
import {
  actorCommand,
  changesCommand,
  eventsCommand,
  exportCommand,
  QueryUsageError,
  relationsCommand,
  searchCommand,
} from './query.js'
import { formatSummary } from './summary.js'
import { Progress } from './progress.js'

const HELP = `entente — relations between states from news pages

Usage:
  entente extract FILE|DIR|GLOB|- ... [--format summary|jsonl|gold|plover] [--out DIR]
                  [--observed-at ISO-TIME|mtime] [--input-format auto|text|html|warc|feed|jsonl]
                  [--fields title=F,text=F,date=F,url=F] [--include GLOB]
  entente ingest FILE|DIR|GLOB|- ... [--db PATH|postgres://URL] [--observed-at ISO-TIME|mtime]
                 [--input-format auto|text|html|warc|feed|jsonl] [--fields ...] [--include GLOB]
  entente stats [--db PATH|postgres://URL] [--json]
  entente enqueue FILE|DIR|GLOB|- ... --db postgres://URL [--observed-at ...] [--input-format ...]
  entente work --db postgres://URL [--batch N] [--lease SECONDS] [--poll MS] [--follow]
  entente relations A B [--from DATE --to DATE --by day|week|month] [--ordered] [--json]
  entente actor CODE [--from DATE --to DATE] [--limit N] [--json]
  entente events [--actor CODE | --a CODE --b CODE] [--type T] [--polarity P] [--modality M]
                 [--from DATE --to DATE] [--limit N --offset N] [--json]
  entente search WORDS... [--actor CODE] [--from DATE --to DATE] [--json]
  entente export --format plover|csv|gdelt|graphml|gexf [--from DATE --to DATE]
  entente changes --before FROM..TO --after FROM..TO [--shift N] [--json]
  entente serve [--db ...] [--port 8080] [--host 127.0.0.1]
  entente eval --gold DIR --pages DIR [--actors FILE] [--json] [--errors]
  entente help

Query commands and serve read the store named by --db (default ./entente.db, or ENTENTE_DB).

The store (--db) is a SQLite file (default ./entente.db, or $ENTENTE_DB) or a postgres:// URL.

Examples:
  entente extract examples/pages
  entente extract crawl.warc.gz --format jsonl > pages.jsonl
  entente extract pages/ --format plover > events.jsonl
  entente extract page.txt --observed-at 2025-05-12T10:00:00Z --format gold --out out/
  entente ingest articles.jsonl --fields title=headline,text=body,date=published
  entente ingest pages/ --include '*.tsv'   (folders read .txt .html .warc .wet .xml .rss .atom .jsonl)
  entente ingest crawl.warc.gz pages/ && entente stats
  entente ingest pages/ --db postgres://user@db.example/entente
  entente eval --gold ../shared/gold/dev --pages ../shared/samples/zeelandnet
`

class UsageError extends Error {}

function fail(message: string): never {
  throw new UsageError(message)
}

async function extract(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'summary' },
      out: { type: 'string' },
      'observed-at': { type: 'string' },
      'input-format': { type: 'string', default: 'auto' },
      include: { type: 'string', multiple: true },
      fields: { type: 'string' },
    },
  })
  const format = values.format!
  if (!['summary', 'jsonl', 'gold', 'plover'].includes(format))
    fail(`--format must be summary, jsonl, gold or plover, not "${format}"`)
  if (format === 'gold' && !values.out) fail('--format gold needs --out DIR')
  if (positionals.length === 0)
    fail('extract needs at least one input (a file, directory, glob or - for stdin)')
  const observedAt = values['observed-at']
  if (observedAt && observedAt !== 'mtime' && Number.isNaN(Date.parse(observedAt))) {
    fail(`--observed-at must be an ISO time or "mtime", not "${observedAt}"`)
  }
  const inputFormat = checkInputFormat(values['input-format']!)
  if (values.out) await mkdir(values.out, { recursive: true })

  const pipeline = createDefaultPipeline()
  const progress = new Progress(process.stderr)
  let failed = 0
  const dates = { undated: 0, articles: 0 }
  for await (const item of readInputs(positionals, {
    observedAt: observedAt ? (observedAt === 'mtime' ? 'mtime' : new Date(observedAt).toISOString()) : null,
    format: inputFormat,
    ...folderAndFields(values, progress),
  })) {
    if (item instanceof InputError) {
      failed++
      progress.clear()
      process.stderr.write(`entente: ${item.message} [${item.ruleId}]\n`)
      continue
    }
    const page: Page = pipeline.run(item)
    progress.tick(page.articles.length)
    reportMessages(page, progress)
    countDates(dates, page)
    if (format === 'jsonl') process.stdout.write(JSON.stringify(page) + '\n')
    else if (format === 'plover')
      for (const r of ploverRecords(page)) process.stdout.write(JSON.stringify(r) + '\n')
    else if (format === 'gold') {
      const file = join(values.out!, `${page.source.name.replace(/[/\\]/g, '_')}.gold.json`)
      await writeFile(file, JSON.stringify(toGold(page), null, 2) + '\n')
    } else process.stdout.write(formatSummary(page))
  }
  progress.done(failed)
  reportUndated(dates)
  return failed > 0 ? 1 : 0
}

function countDates(dates: { undated: number; articles: number }, page: Page): void {
  dates.articles += page.articles.length
  dates.undated += undatedArticles(page)
}

function reportUndated(dates: { undated: number; articles: number }): void {
  const line = undatedLine(dates.undated, dates.articles)
  if (line) process.stderr.write(`entente: ${line}\n`)
}

function checkInputFormat(value: string): Format {
  if (!['auto', 'text', 'html', 'warc', 'feed', 'jsonl'].includes(value))
    fail(`unknown --input-format "${value}"`)
  return value as Format
}

/** --include and --fields, and the line telling how many files of other kinds a folder held. */
function folderAndFields(
  values: { include?: string[]; fields?: string },
  progress: Progress,
): Pick<InputOptions, 'include' | 'fields' | 'onSkipped'> {
  let fields: InputOptions['fields']
  try {
    fields = values.fields ? parseFields(values.fields) : undefined
  } catch (e) {
    fail((e as Error).message)
  }
  return {
    include: values.include,
    fields,
    onSkipped(dir, count, examples) {
      progress.clear()
      const more = count > examples.length ? ', ...' : ''
      process.stderr.write(
        `entente: ${dir}: skipped ${count} file(s) of other kinds (${examples.join(', ')}${more}); --include GLOB reads them\n`,
      )
    },
  }
}

function checkObservedAt(value: string | undefined): string | null {
  if (value && value !== 'mtime' && Number.isNaN(Date.parse(value)))
    fail(`--observed-at must be an ISO time or "mtime", not "${value}"`)
  return value ? (value === 'mtime' ? 'mtime' : new Date(value).toISOString()) : null
}

const inputFlags = {
  db: { type: 'string' },
  'observed-at': { type: 'string' },
  'input-format': { type: 'string', default: 'auto' },
  include: { type: 'string', multiple: true },
  fields: { type: 'string' },
} as const

/** Total size of the named files, for the progress bar's ETA (none when reading stdin). */
async function totalBytes(inputs: string[], include?: string[]): Promise<number | undefined> {
  let total = 0
  for (const entry of await expandInputs(inputs, { include })) {
    if (entry === '-') return undefined
    // A missing input is reported by the reader; it adds nothing to read.
    if (typeof entry === 'string') total += (await statFile(entry)).size
  }
  return total
}

async function withStore<T>(location: string, fn: (store: Store) => Promise<T>, create = true): Promise<T> {
  const store = await openStore(location, { create })
  try {
    return await fn(store)
  } finally {
    await store.close()
  }
}

function progressHooks(progress: Progress, dates = { undated: 0, articles: 0 }): IngestHooks {
  return {
    onPage(page) {
      progress.tick(page.articles.length)
      reportMessages(page, progress)
      countDates(dates, page)
    },
    onError(e) {
      progress.clear()
      process.stderr.write(`entente: ${e.message} [${e.ruleId}]\n`)
    },
  }
}

async function ingestCommand(argv: string[], queue: boolean): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: inputFlags })
  const name = queue ? 'enqueue' : 'ingest'
  if (positionals.length === 0)
    fail(`${name} needs at least one input (a file, directory, glob or - for stdin)`)
  const db = resolveDb(values.db)
  if (queue && !isPostgresUrl(db)) fail('enqueue needs --db postgres://... (the queue lives in PostgreSQL)')
  const progress = new Progress(process.stderr, { totalBytes: await totalBytes(positionals, values.include) })
  const options: InputOptions = {
    observedAt: checkObservedAt(values['observed-at']),
    format: checkInputFormat(values['input-format']!),
    onBytes: (n) => progress.read(n),
    ...folderAndFields(values, progress),
  }
  return withStore(db, async (store) => {
    if (queue) {
      const r = await enqueue(store, positionals, options, progressHooks(progress))
      progress.done(r.failed, `; ${r.queued} queued, ${r.pages - r.queued} queued before`)
      return r.failed > 0 ? 1 : 0
    }
    const before = await stats(store.db)
    const dates = { undated: 0, articles: 0 }
    const r = await ingest(
      store,
      createDefaultPipeline(),
      positionals,
      options,
      progressHooks(progress, dates),
    )
    const after = await stats(store.db)
    progress.done(
      r.failed,
      `; stored ${r.stored} new page(s) (${r.pages - r.stored} already stored), ` +
        `+${after.articles - before.articles} articles, +${after.stories - before.stories} stories, ` +
        `+${after.events - before.events} events in ${store.location}`,
    )
    reportUndated(dates)
    return r.failed > 0 ? 1 : 0
  })
}

async function statsCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { db: { type: 'string' }, json: { type: 'boolean', default: false } },
  })
  return withStore(
    resolveDb(values.db),
    async (store) => {
      const s = await stats(store.db)
      process.stdout.write(values.json ? JSON.stringify(s, null, 2) + '\n' : formatStats(s, store.location))
      return 0
    },
    false,
  )
}

async function workCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string' },
      batch: { type: 'string', default: '8' },
      lease: { type: 'string', default: '300' },
      poll: { type: 'string', default: '1000' },
      follow: { type: 'boolean', default: false },
    },
  })
  const db = resolveDb(values.db)
  if (!isPostgresUrl(db)) fail('work needs --db postgres://... (the queue lives in PostgreSQL)')
  const batch = Number(values.batch)
  const lease = Number(values.lease)
  const poll = Number(values.poll)
  if (!(Number.isInteger(batch) && batch > 0)) fail('--batch must be a positive whole number')
  if (!(lease > 0)) fail('--lease must be a positive number of seconds')
  if (!(poll > 0)) fail('--poll must be a positive number of milliseconds')
  const progress = new Progress(process.stderr)
  return withStore(db, async (store) => {
    const r = await work(
      store,
      createDefaultPipeline(),
      { batch, leaseSeconds: lease, pollMs: poll, follow: values.follow },
      progressHooks(progress),
    )
    progress.done(r.failed, `; stored ${r.stored} new page(s) (${r.pages - r.stored} already stored)`)
    return r.failed > 0 ? 1 : 0
  })
}

function reportMessages(page: Page, progress: Progress): void {
  for (const m of page.messages) {
    if (m.severity === 'info') continue
    progress.clear()
    const where = `${page.source.input}${page.source.record ? `#${page.source.record}` : ''}${m.line ? `:${m.line}` : ''}`
    process.stderr.write(`entente: ${where}: ${m.severity}: ${m.text} [${m.ruleId}]\n`)
  }
}

async function evalCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      gold: { type: 'string' },
      pages: { type: 'string' },
      actors: { type: 'string' },
      json: { type: 'boolean', default: false },
      errors: { type: 'boolean', default: false },
    },
  })
  if (!values.gold || !values.pages) fail('eval needs --gold DIR and --pages DIR')
  const scores = await runEval({
    goldDir: values.gold,
    pagesDir: values.pages,
    actorsTsv: values.actors ?? null,
    pipeline: createDefaultPipeline(),
  })
  if (values.json) process.stdout.write(JSON.stringify(scores, null, 2) + '\n')
  else {
    process.stdout.write(formatScores(scores, values.gold) + '\n')
    if (values.errors) for (const e of scores.errors) process.stdout.write(`  ${e}\n`)
  }
  return 0
}

/** The store named by --db (or ENTENTE_DB), opened for reading; a missing SQLite file is an error. */
async function withReadModel(argv: string[], fn: (read: ReadModel) => Promise<number>): Promise<number> {
  const i = argv.indexOf('--db')
  const flag = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--db='))?.slice(5)
  return withStore(resolveDb(flag), (store) => fn(readModel(store)), false)
}

async function serveCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string' },
      port: { type: 'string', default: process.env.PORT ?? '8080' },
      host: { type: 'string', default: '127.0.0.1' },
    },
  })
  const port = Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    fail(`--port must be a port number, not "${values.port}"`)
  const store = await openStore(resolveDb(values.db), { create: true })
  const token = process.env.ENTENTE_API_TOKEN || null
  const pipeline = createDefaultPipeline()
  const running = await startServer({
    read: readModel(store),
    token,
    ingest: (page) => ingestBytes(store, pipeline, page),
    host: values.host,
    port,
  })
  process.stderr.write(
    `entente: serving ${store.location} at ${running.url}/ (API under /api, OpenAPI at /openapi.json)` +
      `${token ? '; writes enabled with the bearer token' : '; read-only (set ENTENTE_API_TOKEN to accept POST /api/pages)'}\n`,
  )
  await new Promise<void>((done) => {
    const stop = () => done()
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
  await running.close()
  await store.close()
  return 0
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  // "entente extract --help" asks for help, not for an unknown option error.
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(HELP)
    return 0
  }
  try {
    switch (command) {
      case 'extract':
        return await extract(rest)
      case 'eval':
        return await evalCommand(rest)
      case 'ingest':
        return await ingestCommand(rest, false)
      case 'enqueue':
        return await ingestCommand(rest, true)
      case 'stats':
        return await statsCommand(rest)
      case 'work':
        return await workCommand(rest)
      case 'relations':
        return await withReadModel(rest, (read) => relationsCommand(read, rest))
      case 'actor':
        return await withReadModel(rest, (read) => actorCommand(read, rest))
      case 'events':
        return await withReadModel(rest, (read) => eventsCommand(read, rest))
      case 'search':
        return await withReadModel(rest, (read) => searchCommand(read, rest))
      case 'export':
        return await withReadModel(rest, (read) => exportCommand(read, rest))
      case 'changes':
        return await withReadModel(rest, (read) => changesCommand(read, rest))
      case 'serve':
        return await serveCommand(rest)
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        process.stdout.write(HELP)
        return 0
      default:
        fail(`unknown command "${command}"`)
    }
  } catch (e) {
    if (
      e instanceof UsageError ||
      e instanceof QueryUsageError ||
      (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      process.stderr.write(`entente: ${(e as Error).message}\n\n${HELP}`)
      return 2
    }
    process.stderr.write(`entente: ${(e as Error).message}\n`)
    return 1
  }
}

// A reader that stops early (`entente export ... | head`) is no error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0)
  throw e
})

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (e) => {
    process.stderr.write(`entente: ${(e as Error).stack ?? e}\n`)
    process.exitCode = 1
  },
)
