// Pipeline threads for the ingest service: the pipeline (CPU-bound) runs in worker threads while the main
// thread reads input and writes the store, so on a machine with cores to spare storing no longer waits for
// processing. Batches go to the threads in turn and come back in the order they were sent, so the store
// sees the same batches in the same order as without threads.

import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { Page } from '../core/doc.js'
import type { PreparedPage } from '../store/repositories/pages.js'

/** How a thread builds its pipeline: the same choices as --model and --rules-only. */
export interface PipelineSpec {
  /** A trained event model's file; the bundled model when absent. */
  modelPath?: string
  /** Rules alone decide events. */
  rulesOnly?: boolean
}

export interface ThreadRequest {
  id: number
  pages: Page[]
}

/** Per page, in the order sent: the prepared page, or the pipeline's error. */
export type ThreadResult = { prepared: PreparedPage } | { error: string }
export interface ThreadReply {
  id: number
  results: ThreadResult[]
}

/**
 * Threads that pay off: the cores beyond two (one for the thread that writes, one for the database server and
 * the rest of the machine), at most two. Each thread loads its own knowledge base, gazetteer and model: about
 * 200 MB and 2-3 s of CPU at its start, which a thread only earns back on a core that would otherwise idle.
 * On a 2-core machine that is none (measured in docs/performance.md); --threads asks for them anyway.
 */
export function defaultThreads(cores = availableParallelism()): number {
  return Math.max(0, Math.min(2, cores - 2))
}

/** The compiled thread's file, from the compiled modules (dist/ingest) and from the bundled CLI's chunks (dist/cli). */
const THREAD_FILE = new URL('../ingest/pipeline-thread.js', import.meta.url)

/**
 * The process's Node flags for a thread: the same, except those Node refuses there. --input-type (a process
 * run with -e has it) has no meaning for a thread started from a file, and the heap cap is a resource limit
 * of the thread's own.
 */
function threadFlags(): { execArgv: string[]; resourceLimits?: { maxOldGenerationSizeMb: number } } {
  const heap = /^--max-old-space-size=(\d+)$/
  const cap = process.execArgv.map((a) => heap.exec(a)?.[1]).find((v) => v !== undefined)
  return {
    execArgv: process.execArgv.filter((a) => !a.startsWith('--input-type') && !heap.test(a)),
    ...(cap ? { resourceLimits: { maxOldGenerationSizeMb: Number(cap) } } : {}),
  }
}

export class PipelineThreads {
  private readonly workers: Worker[]
  private readonly waiting = new Map<
    number,
    { resolve: (r: ThreadResult[]) => void; reject: (e: Error) => void }
  >()
  private nextId = 0
  private failure: Error | null = null
  private closing = false

  constructor(
    readonly size: number,
    spec: PipelineSpec,
  ) {
    this.workers = Array.from({ length: size }, () => {
      const worker = new Worker(THREAD_FILE, { workerData: spec, ...threadFlags() })
      worker.on('message', ({ id, results }: ThreadReply) => {
        this.waiting.get(id)?.resolve(results)
        this.waiting.delete(id)
      })
      const fail = (e: Error) => {
        this.failure ??= e
        for (const w of this.waiting.values()) w.reject(e)
        this.waiting.clear()
      }
      worker.on('error', fail)
      worker.on('exit', (code) => {
        if (code !== 0 && !this.closing) fail(new Error(`a pipeline thread stopped (exit code ${code})`))
      })
      return worker
    })
  }

  /** Processes a batch on the next thread in turn. */
  process(pages: Page[]): Promise<ThreadResult[]> {
    if (this.failure) return Promise.reject(this.failure)
    const id = this.nextId++
    const worker = this.workers[id % this.workers.length]!
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject })
      worker.postMessage({ id, pages } satisfies ThreadRequest)
    })
  }

  async close(): Promise<void> {
    this.closing = true
    await Promise.all(this.workers.map((w) => w.terminate()))
  }
}
