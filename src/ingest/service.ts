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
import { storedHashes, storePages, type StoreOptions } from '../store/repositories/pages.js'

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
}

/** A batch's pages: stored now or before (`done`), or stopped by an error in the pipeline. */
export interface BatchOutcome {
  done: Page[]
  failed: { page: Page; error: string }[]
}

/** A pipeline, or a loader of one: loaded at the first page not stored yet, so a re-run loads none. */
export type PipelineSource = Pipeline | (() => Promise<Pipeline>)

const emptyReport = (): IngestReport => ({ pages: 0, stored: 0, articles: 0, failed: 0 })

/** Processes and stores pages, a batch at a time; one per ingest run, watch loop or worker. */
export class Ingestor {
  readonly report = emptyReport()
  private ready: Pipeline | null

  constructor(
    private readonly store: Store,
    private readonly pipeline: PipelineSource,
    private readonly hooks: IngestHooks = {},
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
        await this.enqueue(chunk, options)
        chunk = []
      }
    }
    await this.enqueue(chunk, options)
    await this.settle()
  }

  /** One batch, stored when this returns: pages stored before are skipped, the rest stored in one transaction. */
  async pages(pages: Page[], options: Pick<BatchOptions, 'beforeCommit'> = {}): Promise<void> {
    await this.enqueue(pages, options)
    await this.settle()
  }

  /**
   * Processes a batch, then stores it while the caller goes on to the next one: with PostgreSQL the
   * pipeline runs while the server writes. Batches still commit one after the other, in order.
   */
  private async enqueue(pages: Page[], options: Pick<BatchOptions, 'beforeCommit'>): Promise<void> {
    const known =
      pages.length > 0
        ? await storedHashes(
            this.store.db,
            pages.map((p) => p.hash),
          )
        : new Set()
    const processed: Page[] = []
    const skipped: Page[] = []
    const failed: BatchOutcome['failed'] = []
    for (const page of pages) {
      if (known.has(page.hash)) {
        skipped.push(page)
        continue
      }
      this.ready ??= await (this.pipeline as () => Promise<Pipeline>)()
      try {
        processed.push(this.ready.run(page))
      } catch (e) {
        const error = pageError(page, e)
        failed.push({ page, error: error.message })
        this.failed(error)
      }
      // Let the batch being stored take its next step (a query's answer) between pages.
      if (this.pending) await new Promise((r) => setImmediate(r))
    }
    await this.settle()
    this.pending = this.commit(processed, skipped, failed, options).then(
      () => null,
      (error: unknown) => ({ error }),
    )
  }

  /** Waits for the batch being stored; its error, if any, is thrown here. */
  private async settle(): Promise<void> {
    const outcome = await this.pending
    this.pending = null
    if (outcome) throw outcome.error
  }

  private pending: Promise<{ error: unknown } | null> | null = null

  private async commit(
    processed: Page[],
    skipped: Page[],
    failed: BatchOutcome['failed'],
    options: Pick<BatchOptions, 'beforeCommit'>,
  ): Promise<void> {
    const results =
      processed.length > 0 || options.beforeCommit
        ? await storePages(this.store, processed, {
            beforeCommit: async (trx, r) => {
              await options.beforeCommit?.(trx, { done: [...skipped, ...processed], failed })
              await this.hooks.beforeCommit?.(trx, r)
            },
          })
        : []
    for (const page of skipped) {
      this.report.pages++
      this.hooks.onPage?.(page, false)
    }
    for (const [i, page] of processed.entries()) {
      const r = results[i]!
      this.report.pages++
      if (r.stored) {
        this.report.stored++
        this.report.articles += r.articles
      }
      this.hooks.onPage?.(page, r.stored)
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
): Promise<IngestReport> {
  const ingestor = new Ingestor(store, pipeline, hooks)
  await ingestor.items(items, options)
  return ingestor.report
}

export function pageError(page: Page, e: unknown): InputError {
  const where = page.source.record ? `${page.source.input}#${page.source.record}` : page.source.input
  return new InputError(where, 'pipeline/failed', (e as Error).message)
}
