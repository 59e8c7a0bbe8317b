// `work` at the end of the queue: while other workers hold the last jobs it looks again soon, so it stops
// shortly after they are done rather than a whole poll later.

import { describe, expect, it } from 'vitest'
import type { Pipeline } from '../core/pipeline.js'
import type { JobQueue, QueueCounts } from '../store/dialects/queue.js'
import type { Store } from '../store/dialects/types.js'
import { work } from './queue.js'

describe('work at the end of the queue', () => {
  it('stops soon after the jobs other workers hold are done, within one poll', async () => {
    // Another worker holds the last jobs through this worker's first four looks; this one finds nothing to take.
    let looks = 0
    const counts = (): QueueCounts => ({
      queued: 0,
      retrying: 0,
      active: ++looks <= 4 ? 2 : 0,
      done: 10,
      dead: 0,
    })
    let expired = 0
    const queue = {
      takePages: () => Promise.resolve([]),
      counts: () => Promise.resolve(counts()),
      expire: () => {
        expired++
        return Promise.resolve()
      },
      close: () => Promise.resolve(),
    } as unknown as JobQueue
    const store = { openQueue: () => Promise.resolve(queue) } as unknown as Store
    const pipeline = { run: (p: unknown) => p } as unknown as Pipeline
    const t0 = performance.now()
    const report = await work(store, pipeline, { pollMs: 2000 })
    const took = performance.now() - t0
    expect(report.pages).toBe(0)
    expect(looks).toBe(5)
    // Four waits, doubling from 25 ms: well within one poll of 2 s (four polls, 8 s, before).
    expect(took).toBeLessThan(2000)
    // Jobs held by a worker that died are still handed back while waiting.
    expect(expired).toBeGreaterThan(1)
  })
})
