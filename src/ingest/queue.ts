// The work queue's two ends: `enqueue` reads pages into it without the pipeline, `work` claims, processes and
// stores them through the ingest service, a batch per transaction.

import { randomUUID } from 'node:crypto'
import { hostname } from 'node:os'
import type { Pipeline } from '../core/pipeline.js'
import { InputError } from '../core/message.js'
import { readInputs, type InputOptions } from '../sources/input.js'
import type { Store } from '../store/dialects/types.js'
import { claimPages, completeClaim, enqueuePage, queueCounts } from '../store/repositories/queue.js'
import { Ingestor, pageError, type IngestHooks, type IngestReport } from './service.js'

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
  /** Items claimed (and stored in one transaction) at a time. */
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
  const ingestor = new Ingestor(store, pipeline, hooks)
  for (;;) {
    const claims = await claimPages(store.db, worker, options.batch ?? 8, options.leaseSeconds ?? 300)
    if (claims.length === 0) {
      const counts = await queueCounts(store.db)
      if (counts.open === 0 && !options.follow) return ingestor.report
      await new Promise((r) => setTimeout(r, options.pollMs ?? 1000))
      continue
    }
    void pageError
    await ingestor.pages(
      claims.map((c) => c.page),
      {
        beforeCommit: async (trx) => {
          for (const c of claims) await completeClaim(trx, c.id)
        },
      },
    )
  }
}
