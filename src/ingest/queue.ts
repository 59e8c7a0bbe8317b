// The job queue's two ends: `enqueue` reads pages into it without the pipeline, `work` takes, processes and
// stores them through the ingest service, a batch per transaction. A batch's jobs are marked done in the
// transaction that stores its pages, so a worker killed at any point leaves its jobs to be taken over once
// their lease runs out, and storing is idempotent, so no page is stored twice.

import type { Page } from '../core/doc.js'
import { InputError } from '../core/message.js'
import { readInputs, type InputOptions } from '../sources/input.js'
import type { Store } from '../store/dialects/types.js'
import type { JobQueue } from '../store/dialects/queue.js'
import {
  Ingestor,
  type IngestHooks,
  type IngestorOptions,
  type IngestReport,
  type PipelineSource,
} from './service.js'

/** Pages read per round trip to the queue. */
const ENQUEUE_CHUNK = 64

/** The first wait for jobs other workers hold, in milliseconds (doubled at each look, up to the poll). */
export const DRAIN_FIRST_MS = 25

export async function openJobQueue(store: Store): Promise<JobQueue> {
  const queue = await store.openQueue?.()
  if (!queue) throw new Error('the job queue lives in PostgreSQL: use --db postgres://...')
  return queue
}

/** Read pages into the queue, without running the pipeline. */
export async function enqueue(
  store: Store,
  inputs: string[],
  options: InputOptions & { leaseSeconds?: number },
  hooks: IngestHooks = {},
): Promise<{ pages: number; queued: number; failed: number }> {
  const report = { pages: 0, queued: 0, failed: 0 }
  const queue = await openJobQueue(store)
  try {
    let chunk: Parameters<JobQueue['addPages']>[0] = []
    const flush = async () => {
      report.queued += await queue.addPages(chunk, options.leaseSeconds ?? 300)
      for (const page of chunk) hooks.onPage?.(page, true)
      chunk = []
    }
    for await (const item of readInputs(inputs, options)) {
      if (item instanceof InputError) {
        report.failed++
        hooks.onError?.(item)
        continue
      }
      report.pages++
      chunk.push(item)
      if (chunk.length >= ENQUEUE_CHUNK) await flush()
    }
    await flush()
  } finally {
    await queue.close()
  }
  return report
}

export interface WorkOptions {
  /** Jobs taken (and stored in one transaction) at a time. */
  batch?: number
  /** Milliseconds to wait when no job is ready. */
  pollMs?: number
  /** Keep waiting for new jobs instead of stopping when the queue is drained. */
  follow?: boolean
  /** Stops taking jobs when aborted (SIGINT, SIGTERM); the batch in hand is finished first. */
  signal?: AbortSignal
}

/**
 * Take, process and store queued pages until the queue is drained (or forever with `follow`). The next batch
 * is taken and processed while the last one is stored, in order; with threads, on other cores.
 */
export async function work(
  store: Store,
  pipeline: PipelineSource,
  options: WorkOptions = {},
  hooks: IngestHooks = {},
  ingestorOptions: IngestorOptions = {},
): Promise<IngestReport> {
  const queue = await openJobQueue(store)
  const ingestor = new Ingestor(store, pipeline, hooks, ingestorOptions)
  const size = options.batch ?? 8
  const pollMs = options.pollMs ?? 1000
  // The wait while other workers hold the last jobs: short, then doubling up to `pollMs`, so that a worker
  // stops soon after the others store the last pages instead of up to `pollMs` later.
  let drainMs = DRAIN_FIRST_MS
  try {
    while (!options.signal?.aborted) {
      const jobs = await queue.takePages(size)
      if (jobs.length === 0) {
        // What is in hand is stored (and its jobs done) before the queue is judged drained.
        await ingestor.flush()
        const counts = await queue.counts()
        if (counts.queued + counts.active === 0 && !options.follow) break
        // Jobs held by a worker that died come back once their lease ran out.
        if (counts.active > 0) await queue.expire()
        const othersBusy = counts.active > 0 && counts.queued === 0
        const wait = othersBusy ? Math.min(drainMs, pollMs) : pollMs
        drainMs = othersBusy ? drainMs * 2 : DRAIN_FIRST_MS
        await new Promise((r) => setTimeout(r, wait))
        continue
      }
      drainMs = DRAIN_FIRST_MS
      // Pages by hash: the pages a thread hands back are copies of those sent.
      const idOf = new Map(jobs.map((j) => [j.data.hash, j.id]))
      const idsOf = (pages: Page[]) => pages.map((p) => idOf.get(p.hash)!)
      await ingestor.send(
        jobs.map((j) => j.data),
        {
          beforeCommit: async (trx, { done, failed }) => {
            await queue.completePages(idsOf(done), trx)
            for (const f of failed) await queue.failPages(idsOf([f.page]), f.error, trx)
          },
          // The batch rolled back: its jobs are retried after a backoff, and end as dead letters if they keep failing.
          onFailed: async (e) => {
            await queue.failPages(
              jobs.map((j) => j.id),
              (e as Error).message,
            )
            ingestor.failed(
              new InputError(`${jobs.length} queued page(s)`, 'queue/failed', (e as Error).message),
            )
          },
        },
        size,
      )
    }
    await ingestor.flush()
  } finally {
    await ingestor.close()
    await queue.close()
  }
  return ingestor.report
}
