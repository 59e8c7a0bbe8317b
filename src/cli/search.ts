// `entente search WORDS`: full text over the articles, and the events of the stories found.

import type { EventFilter } from '../read/model.js'
import { usage, type Command } from './args.js'
import { listEvents } from './events.js'
import { actorOptions, checkPaging, checkWindow, pagingOptions, queryOptions, str } from './options.js'
import { ActorResolver, withReadModel } from './store.js'

export const search: Command = {
  name: 'search',
  summary: 'full-text search over the articles (Dutch stemming); lists the events of the stories found',
  args: 'WORDS...',
  positionals: { min: 1, what: 'words to look for, e.g. entente search "bondgenootschap"' },
  options: { ...actorOptions, ...pagingOptions, ...queryOptions },
  examples: [
    ['entente search bondgenootschap --actor CHN', "China's events in stories about an alliance"],
    ['entente search "gas leveringen" --from 2025-01-01 --json', 'stories on gas deliveries this year'],
  ],
  async run(args) {
    const q = args.positionals.join(' ').trim()
    if (!q) usage('search needs words to look for, e.g. entente search "bondgenootschap"')
    const w = checkWindow(args)
    checkPaging(args)
    return withReadModel(args, async (read) => {
      const filter: EventFilter = { q, ...w }
      const actor = str(args, 'actor')
      if (actor !== undefined) filter.actor = await new ActorResolver(read).resolve(actor, '--actor')
      return listEvents(read, filter, args)
    })
  },
}
