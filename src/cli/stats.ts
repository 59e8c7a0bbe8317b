// `entente stats`: what the store holds.

import type { Command } from './args.js'
import { checkWindow, queryOptions } from './options.js'
import { json, out, windowLabel } from './print.js'
import { withStore } from './store.js'
import type { Store } from '../store/dialects/types.js'
import type { DeadLetter, QueueCounts } from '../store/dialects/queue.js'

type QueueStats = QueueCounts & { deadLetters: DeadLetter[] }

/** The job queue's counts and its first dead letters, when the store has a queue. */
async function queueStats(store: Store): Promise<QueueStats | null> {
  const queue = await store.openQueue?.(true)
  if (!queue) return null
  try {
    return { ...(await queue.counts()), deadLetters: await queue.deadLetters(10) }
  } finally {
    await queue.close()
  }
}

function formatQueue(q: QueueStats): string {
  const lines = [
    `queue`,
    `  queued ${q.queued} (of which ${q.retrying} retrying), active ${q.active}, done ${q.done}, dead letters ${q.dead}`,
    ...q.deadLetters.map((d) => `  dead: ${d.name}: ${d.error}`),
  ]
  return lines.join('\n') + '\n'
}

export const stats: Command = {
  name: 'stats',
  summary: 'what the store holds: pages, articles, stories, mentions, events (once per story) by type',
  options: { ...queryOptions },
  examples: [
    ['entente stats', 'the counts of ./entente.db'],
    [
      'entente stats --db postgres://entente@db.example/news --from 2025-03-01 --to 2025-03-31 --json',
      'stories and events of March, as JSON',
    ],
  ],
  notes: [
    'With --from/--to, stories and events are those dated in the window (as `events` counts them); pages,',
    'articles and mentions stay the whole store.',
    'On PostgreSQL with a job queue, the queue follows: queued, retrying, active and done pages, and dead letters.',
  ],
  async run(args) {
    const w = checkWindow(args)
    return withStore(args, async (store) => {
      if (!w.from && !w.to) {
        const { formatStats, stats: count } = await import('../store/repositories/stats.js')
        const s = await count(store.db)
        const queue = await queueStats(store)
        if (args.values.json) out(JSON.stringify(queue ? { ...s, queue } : s, null, 2) + '\n')
        else out(formatStats(s, store.location) + (queue ? formatQueue(queue) : ''))
        return 0
      }
      const { readModel } = await import('../store/read.js')
      const s = await readModel(store).stats(w)
      if (args.values.json) return (json(s), 0)
      const { formatStats } = await import('../store/repositories/stats.js')
      const { firstDate: _f, lastDate: _l, ...counts } = s
      out(formatStats(counts, `${store.location}, stories and events dated ${windowLabel(w)}`))
      return 0
    })
  },
}
