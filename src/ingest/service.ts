// The one ingest service: pages from any source (files, posted bytes, watched folders and feeds, queue jobs)
// through the pipeline into the store, many pages to a transaction. `entente ingest`, `watch`, `work` and the
// API all call it, so batching, skipping stored pages and the crash hook live in one place. Pages stream
// through a batch at a time, so memory stays flat however large the input.

import type { Page } from '../core/doc.js'
import { InputError } from '../core/message.js'
import type { Pipeline } from '../core/pipeline.js'
import type { InputItem } from '../sources/input.js'
import type { Store } from '../store/dialects/types.js'
import type { Database } from '../store/schema.js'
import type { Transaction } from 'kysely'
import { DEFAULT_BATCH } from './batch.js'
import {
  preparePage,
  storedHashes,
  storePrepared,
  type PreparedPage,
  type StoreOptions,
} from '../store/repositories/pages.js'
import { PipelineThreads, type PipelineSpec, type ThreadResult } from './threads.js'

export interface IngestReport {
  /** Pages read and processed. */
  pages: number
  /** Pages newly stored; the rest were stored already. */
  stored: number
  articles: number
  /** Inputs (or pages) that failed. */
  failed: number
}

export interface IngestHooks {
  /** After the page's batch committed; `stored` is false for a page stored before. */
  onPage?: (page: Page, stored: boolean) => void
  onError?: (error: InputError) => void
  /** Inside each batch's transaction, after its rows are written and before commit (the crash tests' kill). */
  beforeCommit?: StoreOptions['beforeCommit']
}

export interface BatchOptions {
  /** Pages per transaction. */
  batch?: number
  /** Runs inside each batch's transaction before commit (queue bookkeeping). */
  beforeCommit?: (trx: Transaction<Database>, outcome: BatchOutcome) => Promise<void>
  /** A batch whose transaction failed (rolled back): called instead of throwing, so the caller can go on. */
  onFailed?: (error: unknown) => Promise<void>
}

type PerBatch = Pick<BatchOptions, 'beforeCommit' | 'onFailed'>

/** A batch's pages: stored now or before (`done`), or stopped by an error in the pipeline. */
export interface BatchOutcome {
  done: Page[]
  failed: { page: Page; error: string }[]
}

/** A pipeline, or a loader of one: loaded at the first page not stored yet, so a re-run loads none. */
export type PipelineSource = Pipeline | (() => Promise<Pipeline>)

export interface IngestorOptions {
  /**
   * Run the pipeline in this many worker threads, built as `spec` says, while this thread stores. They
   * start at the first full batch to process, so a run of a few pages (the API, a watched file) never pays
   * for starting them and processes in this thread.
   */
  threads?: { count: number; spec: PipelineSpec }
}

/** A batch after the pipeline: each processed page with the page as it came, and the pages that failed. */
interface Processed {
  items: { original: Page; prepared: PreparedPage }[]
  failed: BatchOutcome['failed']
}

const emptyReport = (): IngestReport => ({ pages: 0, stored: 0, articles: 0, failed: 0 })

/** Processes and stores pages, a batch at a time; one per ingest run, watch loop or worker. */
export class Ingestor {
  readonly report = emptyReport()
  private ready: Pipeline | null
  private threads: PipelineThreads | null = null
  /** Batches sent to the pipeline and not yet stored, oldest first: they are stored in this order. */
  private inflight: {
    processing: Promise<Processed>
    skipped: Page[]
    options: PerBatch
  }[] = []
  /** The batch being stored; its error, if any, is thrown at the next settle. */
  private pending: Promise<{ error: unknown } | null> | null = null
  /** The batch being stored holds the story lock (every other writer waits for it to commit). */
  private locked = false

  constructor(
    private readonly store: Store,
    private readonly pipeline: PipelineSource,
    private readonly hooks: IngestHooks = {},
    private readonly options: IngestorOptions = {},
  ) {
    this.ready = typeof pipeline === 'function' ? null : pipeline
  }

  /** Reads every item, storing `batch` pages per transaction. */
  async items(
    items: AsyncIterable<InputItem> | Iterable<InputItem>,
    options: BatchOptions = {},
  ): Promise<void> {
    const size = options.batch ?? DEFAULT_BATCH
    let chunk: Page[] = []
    for await (const item of items) {
      if (item instanceof InputError) {
        this.failed(item)
        continue
      }
      chunk.push(item)
      if (chunk.length >= size) {
        await this.enqueue(chunk, options, size)
        chunk = []
      }
    }
    await this.enqueue(chunk, options, size)
    await this.drain()
  }

  /** One batch, stored when this returns: pages stored before are skipped, the rest stored in one transaction. */
  async pages(pages: Page[], options: PerBatch = {}): Promise<void> {
    await this.enqueue(pages, options, Infinity)
    await this.drain()
  }

  /**
   * One batch, stored in turn while the caller fetches the next (`flush` waits for all). Threads start when
   * a batch of `fullBatch` pages comes.
   */
  async send(pages: Page[], options: PerBatch, fullBatch: number): Promise<void> {
    await this.enqueue(pages, options, fullBatch)
  }

  /** Stores every batch sent. */
  async flush(): Promise<void> {
    await this.drain()
  }

  /** Stops the pipeline threads, if any were started. */
  async close(): Promise<void> {
    await this.threads?.close()
    this.threads = null
  }

  /**
   * Sends a batch through the pipeline, and stores the oldest batches processed while the caller goes on
   * to the next one: with threads, the pipeline runs on other cores while this thread stores; without, the
   * pipeline runs here while the server writes (PostgreSQL). Batches commit one after the other, in order.
   */
  private async enqueue(pages: Page[], options: PerBatch, fullBatch: number): Promise<void> {
    const known =
      pages.length > 0
        ? await storedHashes(
            this.store.db,
            pages.map((p) => p.hash),
          )
        : new Set()
    const todo = pages.filter((p) => !known.has(p.hash))
    const skipped = pages.filter((p) => known.has(p.hash))
    const threads = this.options.threads
    if (!this.threads && threads && threads.count > 0 && todo.length > 0 && pages.length >= fullBatch)
      this.threads = new PipelineThreads(threads.count, threads.spec)
    if (this.threads) {
      const sent = todo.length > 0 ? this.threads.process(todo) : Promise.resolve([])
      const processing = sent.then((results) => this.received(todo, results))
      // A thread's failure is thrown where its batch is awaited; the batches behind it never are.
      processing.catch(() => {})
      this.inflight.push({ processing, skipped, options })
      // Keep every thread busy while the oldest batch is stored.
      while (this.inflight.length > this.threads.size) await this.commitNext()
      return
    }
    const processed: Processed = { items: [], failed: [] }
    for (const page of todo) {
      this.ready ??= await (this.pipeline as () => Promise<Pipeline>)()
      // Once the batch being stored holds the story lock, let it run to its commit first: each of its queries
      // would otherwise wait for a page of the pipeline on its way back, and every other worker would wait
      // for the lock meanwhile (two workers on one queue spent most of their time so, decision 0019).
      if (this.locked) await this.pending
      try {
        processed.items.push({ original: page, prepared: preparePage(this.ready.run(page)) })
      } catch (e) {
        const error = pageError(page, e)
        processed.failed.push({ page, error: error.message })
        this.failed(error)
      }
      // Let the batch being stored take its next step (a query's answer) between pages.
      if (this.pending) await new Promise((r) => setImmediate(r))
    }
    this.inflight.push({ processing: Promise.resolve(processed), skipped, options })
    await this.commitNext()
  }

  /** A batch back from the threads, its failures reported. */
  private received(todo: Page[], results: ThreadResult[]): Processed {
    const processed: Processed = { items: [], failed: [] }
    for (const [i, r] of results.entries()) {
      const page = todo[i]!
      if ('prepared' in r) processed.items.push({ original: page, prepared: r.prepared })
      else {
        const error = pageError(page, new Error(r.error))
        processed.failed.push({ page, error: error.message })
        this.failed(error)
      }
    }
    return processed
  }

  /** Waits for the oldest batch's pipeline and for the batch being stored, then starts storing it. */
  private async commitNext(): Promise<void> {
    const batch = this.inflight.shift()!
    const processed = await batch.processing
    await this.settle()
    const { onFailed } = batch.options
    this.pending = this.commit(processed, batch.skipped, batch.options)
      .finally(() => {
        this.locked = false
      })
      .then(
        () => null,
        async (error: unknown) => {
          if (!onFailed) return { error }
          await onFailed(error)
          return null
        },
      )
  }

  /** Stores every batch sent. */
  private async drain(): Promise<void> {
    while (this.inflight.length > 0) await this.commitNext()
    await this.settle()
  }

  /** Waits for the batch being stored; its error, if any, is thrown here. */
  private async settle(): Promise<void> {
    const outcome = await this.pending
    this.pending = null
    if (outcome) throw outcome.error
  }

  private async commit({ items, failed }: Processed, skipped: Page[], options: PerBatch): Promise<void> {
    const results =
      items.length > 0 || options.beforeCommit
        ? await storePrepared(
            this.store,
            items.map((i) => i.prepared),
            {
              onLocked: () => {
                this.locked = true
              },
              beforeCommit: async (trx, r) => {
                await options.beforeCommit?.(trx, {
                  done: [...skipped, ...items.map((i) => i.original)],
                  failed,
                })
                await this.hooks.beforeCommit?.(trx, r)
              },
            },
          )
        : []
    for (const page of skipped) {
      this.report.pages++
      this.hooks.onPage?.(page, false)
    }
    for (const [i, { prepared }] of items.entries()) {
      const r = results[i]!
      this.report.pages++
      if (r.stored) {
        this.report.stored++
        this.report.articles += r.articles
      }
      this.hooks.onPage?.(prepared.page, r.stored)
    }
  }

  failed(error: InputError): void {
    this.report.failed++
    this.hooks.onError?.(error)
  }
}

/** Reads items (`readInputs`, `readBytes`) into the store. */
export async function ingest(
  store: Store,
  pipeline: PipelineSource,
  items: AsyncIterable<InputItem> | Iterable<InputItem>,
  options: BatchOptions = {},
  hooks: IngestHooks = {},
  ingestorOptions: IngestorOptions = {},
): Promise<IngestReport> {
  const ingestor = new Ingestor(store, pipeline, hooks, ingestorOptions)
  try {
    await ingestor.items(items, options)
  } finally {
    await ingestor.close()
  }
  return ingestor.report
}

export function pageError(page: Page, e: unknown): InputError {
  const where = page.source.record ? `${page.source.input}#${page.source.record}` : page.source.input
  return new InputError(where, 'pipeline/failed', (e as Error).message)
}
