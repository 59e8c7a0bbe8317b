// Ingest and work loops: pages flow one at a time from the readers through the pipeline into the store, so
// memory stays flat however large the input. Reporting goes through callbacks; the CLI draws it.

import { randomUUID } from 'node:crypto'
import { hostname } from 'node:os'
import type { Page } from '../core/doc.js'
import { InputError } from '../core/message.js'
import type { Pipeline } from '../core/pipeline.js'
import { readInputs, type InputOptions } from '../sources/input.js'
import type { Store } from './dialects/types.js'
import { storePage, type StoreOptions } from './repositories/pages.js'
import { claimPages, completeClaim, enqueuePage, queueCounts } from './repositories/queue.js'

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
  onPage?: (page: Page, stored: boolean) => void
  onError?: (error: InputError) => void
}

/**
 * For crash tests only: ENTENTE_TEST_KILL_AFTER=N makes the process SIGKILL itself inside the transaction of
 * the N-th page it stores, after every row of that page is written and before commit.
 */
function killHook(env: NodeJS.ProcessEnv = process.env): StoreOptions['beforeCommit'] {
  const n = Number(env.ENTENTE_TEST_KILL_AFTER)
  if (!(n > 0)) return undefined
  let stored = 0
  return async (_trx, result) => {
    if (result.stored && ++stored >= n) process.kill(process.pid, 'SIGKILL')
  }
}

export async function ingest(
  store: Store,
  pipeline: Pipeline | (() => Promise<Pipeline>),
  inputs: string[],
  options: InputOptions,
  hooks: IngestHooks = {},
): Promise<IngestReport> {
  // A pipeline given as a loader is loaded at the first page not stored yet: a re-run loads none.
  let ready = typeof pipeline === 'function' ? null : pipeline
  const load = pipeline as () => Promise<Pipeline>
  const report: IngestReport = { pages: 0, stored: 0, articles: 0, failed: 0 }
  const beforeCommit = killHook()
  for await (const item of readInputs(inputs, options)) {
    if (item instanceof InputError) {
      report.failed++
      hooks.onError?.(item)
      continue
    }
    // A page stored before adds nothing: skip the pipeline for it, so a re-run (npm start) is quick.
    if (await isStored(store, item.hash)) {
      report.pages++
      hooks.onPage?.(item, false)
      continue
    }
    ready ??= await load()
    let page: Page
    try {
      page = ready.run(item)
    } catch (e) {
      report.failed++
      hooks.onError?.(pageError(item, e))
      continue
    }
    const result = await storePage(store, page, { beforeCommit })
    report.pages++
    if (result.stored) {
      report.stored++
      report.articles += result.articles
    }
    hooks.onPage?.(page, result.stored)
  }
  return report
}

async function isStored(store: Store, hash: string): Promise<boolean> {
  const row = await store.db.selectFrom('pages').select('id').where('hash', '=', hash).executeTakeFirst()
  return row !== undefined
}

function pageError(page: Page, e: unknown): InputError {
  const where = page.source.record ? `${page.source.input}#${page.source.record}` : page.source.input
  return new InputError(where, 'pipeline/failed', (e as Error).message)
}

/** Read pages into the PostgreSQL queue, without running the pipeline. */
export async function enqueue(
  store: Store,
  inputs: string[],
  options: InputOptions,
  hooks: IngestHooks = {},
): Promise<{ pages: number; queued: number; failed: number }> {
  const report = { pages: 0, queued: 0, failed: 0 }
  for await (const item of readInputs(inputs, options)) {
    if (item instanceof InputError) {
      report.failed++
      hooks.onError?.(item)
      continue
    }
    report.pages++
    const queued = await enqueuePage(store.db, item)
    if (queued) report.queued++
    hooks.onPage?.(item, queued)
  }
  return report
}

export interface WorkOptions {
  /** Items claimed at a time. */
  batch?: number
  /** Seconds after which another worker may take a claim. */
  leaseSeconds?: number
  /** Milliseconds to wait when every open item is claimed by someone else. */
  pollMs?: number
  /** Keep waiting for new items instead of stopping when the queue is drained. */
  follow?: boolean
  workerId?: string
}

/** Claim, process and store queued pages until the queue is drained (or forever with `follow`). */
export async function work(
  store: Store,
  pipeline: Pipeline,
  options: WorkOptions = {},
  hooks: IngestHooks = {},
): Promise<IngestReport> {
  const worker = options.workerId ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`
  const report: IngestReport = { pages: 0, stored: 0, articles: 0, failed: 0 }
  const kill = killHook()
  for (;;) {
    const claims = await claimPages(store.db, worker, options.batch ?? 8, options.leaseSeconds ?? 300)
    if (claims.length === 0) {
      const counts = await queueCounts(store.db)
      if (counts.open === 0 && !options.follow) return report
      await new Promise((r) => setTimeout(r, options.pollMs ?? 1000))
      continue
    }
    for (const claim of claims) {
      let page: Page
      try {
        page = pipeline.run(claim.page)
      } catch (e) {
        report.failed++
        const error = pageError(claim.page, e)
        hooks.onError?.(error)
        await completeClaim(store.db, claim.id, error.message)
        continue
      }
      const result = await storePage(store, page, {
        beforeCommit: async (trx, r) => {
          await completeClaim(trx, claim.id)
          await kill?.(trx, r)
        },
      })
      report.pages++
      if (result.stored) {
        report.stored++
        report.articles += result.articles
      }
      hooks.onPage?.(page, result.stored)
    }
  }
}
