// `entente stats`: what the store holds.

import type { Command } from './args.js'
import { checkWindow, queryOptions } from './options.js'
import { json, out, windowLabel } from './print.js'
import { withStore } from './store.js'

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
  ],
  async run(args) {
    const w = checkWindow(args)
    return withStore(args, async (store) => {
      if (!w.from && !w.to) {
        const { formatStats, stats: count } = await import('../store/repositories/stats.js')
        const s = await count(store.db)
        out(args.values.json ? JSON.stringify(s, null, 2) + '\n' : formatStats(s, store.location))
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
