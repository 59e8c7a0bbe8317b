// `entente actor X`: an actor's partners and adversaries in a window, with their trend.

import type { Command } from './args.js'
import { checkInt, checkWindow, queryOptions, str } from './options.js'
import { json, out, sign, tallyLine, windowLabel } from './print.js'
import { ActorResolver, withReadModel } from './store.js'

export const actor: Command = {
  name: 'actor',
  summary: "an actor's partners and adversaries, with their trend against the window before",
  args: 'ACTOR',
  positionals: { min: 1, max: 1, what: 'one actor, a code or a name (RUS, Rusland, Russia)' },
  options: {
    limit: { type: 'string', value: 'N', help: 'partners and adversaries to list, 1 to 100', default: '10' },
    ...queryOptions,
  },
  examples: [
    ['entente actor RUS --from 2025-03-01 --to 2025-03-31', 'March, with the trend against February'],
    ['entente actor Frankrijk --limit 3 --json', 'the three closest partners and adversaries as JSON'],
  ],
  notes: [
    'The total counts every asserted event of the actor; self-loops (events on itself) are shown apart.',
  ],
  async run(args) {
    const limit = checkInt(str(args, 'limit'), '--limit', 1, 100)
    const w = checkWindow(args)
    return withReadModel(args, async (read) => {
      const code = await new ActorResolver(read).resolve(args.positionals[0]!, 'actor')
      const q = { actor: code, limit, ...w }
      const { actorSummary } = await import('../graph/actors.js')
      // An actor without events gets the empty summary.
      const s = (await read.actorSummary(q)) ?? actorSummary([], q)
      const [count] = await read.actors({ ...w, actor: code })
      const selfLoops = count?.selfLoops ?? 0
      if (args.values.json) return (json({ ...s, selfLoops }), 0)
      const { actorName } = await import('../api/names.js')
      const span = windowLabel(w)
      out(`${code} ${actorName(code)}${span ? ` ${span}` : ''}\n`)
      out(`  ${tallyLine(s.total)}\n`)
      if (!count) out(`  no events of ${code} in the store${span ? ' in this window' : ''}\n`)
      if (selfLoops) out(`  of these, ${selfLoops} on itself (no counterpart)\n`)
      for (const [label, list] of [
        ['partners', s.partners],
        ['adversaries', s.adversaries],
      ] as const) {
        out(`  ${label}:${list.length ? '' : ' none'}\n`)
        for (const c of list)
          out(
            `    ${c.actor.padEnd(8)} ${String(c.events).padStart(4)} events  score ${sign(c.scoreSum)} sum ${sign(c.scoreMean)} mean  trend ${sign(c.trend)}  ${actorName(c.actor)}\n`,
          )
      }
      return 0
    })
  },
}
