// `entente ingest`: read pages into the store (and, for `enqueue`, into the PostgreSQL queue).

import type { Args, Command } from './args.js'
import { usage } from './args.js'
import { DEFAULT_BATCH } from '../ingest/batch.js'
import {
  checkInt,
  dbOption,
  inputOptions,
  modelOptions,
  pipelineOptions,
  pipelineSpec,
  str,
} from './options.js'
import { checkInputOptions, INPUTS, progressHooks, reportUndated } from './report.js'
import { withStore } from './store.js'

/** Total size of the named files, for the progress bar's ETA (none when reading stdin). */
async function totalBytes(inputs: string[], include?: string[]): Promise<number | undefined> {
  const { stat } = await import('node:fs/promises')
  const { expandInputs } = await import('../sources/input.js')
  let total = 0
  for (const entry of await expandInputs(inputs, { include })) {
    if (entry === '-') return undefined
    // A missing input is reported by the reader; it adds nothing to read.
    if (typeof entry === 'string') total += (await stat(entry)).size
  }
  return total
}

/** Removes a SQLite store this run made and stored nothing in, so a failed first run leaves no empty file. */
async function removeIfNew(file: string | null): Promise<void> {
  if (!file) return
  const { rm } = await import('node:fs/promises')
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) await rm(f, { force: true })
}

/** Reads the inputs into the store (ingest) or into the PostgreSQL queue (enqueue). */
export async function ingestRun(args: Args, queue: boolean): Promise<number> {
  const input = checkInputOptions(args)
  const { isPostgresUrl, resolveDb } = await import('../store/dialects/index.js')
  const db = resolveDb(str(args, 'db'))
  if (queue && !isPostgresUrl(db)) usage('enqueue needs --db postgres://... (the queue lives in PostgreSQL)')
  const { existsSync } = await import('node:fs')
  const fresh = !isPostgresUrl(db) && db !== ':memory:' && !existsSync(db) ? db : null
  const { Progress } = await import('./progress.js')
  const progress = new Progress(process.stderr, {
    totalBytes: await totalBytes(args.positionals, input.include),
  })
  const options = { ...input, onBytes: (n: number) => progress.read(n) }
  let stored = 0
  try {
    return await withStore(
      args,
      async (store) => {
        if (queue) {
          const { enqueue } = await import('../ingest/queue.js')
          const leaseSeconds = checkInt(str(args, 'lease'), '--lease', 1, 86_400)
          const r = await enqueue(
            store,
            args.positionals,
            { ...options, leaseSeconds },
            progressHooks(progress),
          )
          progress.done(r.failed, `; ${r.queued} queued, ${r.pages - r.queued} queued before`)
          return r.failed > 0 ? 1 : 0
        }
        const { stats } = await import('../store/repositories/stats.js')
        const before = await stats(store.db)
        const dates = { undated: 0, articles: 0 }
        const batch = checkInt(str(args, 'batch'), '--batch', 1)
        const { defaultThreads } = await import('../ingest/threads.js')
        const threads =
          str(args, 'threads') === 'auto'
            ? defaultThreads()
            : checkInt(str(args, 'threads'), '--threads', 0, 64)
        const { ingest } = await import('../ingest/service.js')
        const { readInputs } = await import('../sources/input.js')
        const r = await ingest(
          store,
          async () => (await import('../index.js')).createDefaultPipeline(await pipelineOptions(args)),
          readInputs(args.positionals, options),
          { batch },
          progressHooks(progress, dates),
          { threads: { count: threads, spec: await pipelineSpec(args) } },
        )
        stored = r.stored
        const after = await stats(store.db)
        progress.done(
          r.failed,
          `; stored ${r.stored} new page(s) (${r.pages - r.stored} already stored), ` +
            `+${after.articles - before.articles} articles, +${after.stories - before.stories} stories, ` +
            `+${after.events - before.events} events in ${store.location}`,
        )
        reportUndated(dates)
        if (fresh && r.stored === 0)
          process.stderr.write(`entente: nothing stored, so no store was made at ${db}\n`)
        return r.failed > 0 ? 1 : 0
      },
      true,
    )
  } finally {
    if (stored === 0) await removeIfNew(fresh)
  }
}

export const ingest: Command = {
  name: 'ingest',
  summary: 'read pages into the store: articles, actors, events and stories (idempotent)',
  args: 'FILE|DIR|GLOB|- ...',
  positionals: INPUTS,
  options: {
    ...dbOption,
    ...inputOptions,
    batch: {
      type: 'string',
      value: 'N',
      help: 'pages stored per transaction (a crash loses at most the batch being stored)',
      default: String(DEFAULT_BATCH),
    },
    threads: {
      type: 'string',
      value: 'N|auto',
      help: 'worker threads running the pipeline while this one stores (0: none; auto: the cores beyond two, at most 2)',
      default: 'auto',
    },
    ...modelOptions,
  },
  examples: [
    ['entente ingest crawl.warc.gz pages/', 'into ./entente.db'],
    [
      'entente ingest pages/ --db postgres://entente@db.example/news --observed-at mtime',
      'into PostgreSQL, each file time its crawl time',
    ],
  ],
  notes: ['A page already stored adds nothing; a run that stores nothing leaves no new store file behind.'],
  run: (args) => ingestRun(args, false),
}
