// `entente actors`: the actors in the store, with their codes, names and event counts.

import type { Command } from './args.js'
import { checkWindow, queryOptions } from './options.js'
import { json, out, windowLabel } from './print.js'
import { withReadModel } from './store.js'

export const actors: Command = {
  name: 'actors',
  summary: 'the actors in the store: code, name, events (as `actor` counts them) and stories',
  options: { ...queryOptions },
  examples: [
    ['entente actors', 'every actor in the store, most events first'],
    ['entente actors --from 2025-03-01 --to 2025-03-31 --json', 'the actors of March as JSON'],
  ],
  notes: ['Events are asserted story events with the actor on either side; "self" of them on itself.'],
  async run(args) {
    const w = checkWindow(args)
    return withReadModel(args, async (read) => {
      const { actorName } = await import('../api/names.js')
      const list = (await read.actors(w)).map((a) => ({ ...a, name: actorName(a.code) }))
      if (args.values.json) return (json({ actors: list }), 0)
      const span = windowLabel(w)
      out(
        `${'code'.padEnd(8)} ${'events'.padStart(7)} ${'self'.padStart(5)} ${'stories'.padStart(8)}  name\n`,
      )
      for (const a of list)
        out(
          `${a.code.padEnd(8)} ${String(a.events).padStart(7)} ${String(a.selfLoops).padStart(5)} ${String(a.stories).padStart(8)}  ${a.name}\n`,
        )
      out(`${list.length} actor(s)${span ? ` in ${span}` : ''}\n`)
      return 0
    })
  },
}
