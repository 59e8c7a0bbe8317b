// `entente relations A B`: the timeline of two actors' relations, by day, week or month.

import type { Period } from '../graph/aggregate.js'
import type { Command } from './args.js'
import { checkChoice, checkWindow, queryOptions, str } from './options.js'
import { allEvents, json, out, tallyLine, windowLabel } from './print.js'
import { ActorResolver, withReadModel } from './store.js'

export const relations: Command = {
  name: 'relations',
  summary: "the timeline of two actors' relations: events by type and quad class, scores, per period",
  args: 'A B',
  positionals: { min: 2, max: 2, what: 'two actors, each a code or a name (RUS, Rusland, Russia)' },
  options: {
    by: { type: 'string', value: 'PERIOD', help: 'day, week or month', default: 'month' },
    ordered: { type: 'boolean', help: 'only A acting on B (both directions without it)' },
    ...queryOptions,
  },
  examples: [
    ['entente relations RUS CHN --by month --from 2025-01-01 --to 2025-06-30', 'both directions, per month'],
    ['entente relations Rusland Oekraïne --ordered --by week', 'only Russia acting on Ukraine, per week'],
  ],
  notes: ['Events are counted once per story; negated, alleged and hypothetical ones apart.'],
  async run(args) {
    const by = checkChoice(str(args, 'by')!, '--by', ['day', 'week', 'month'] as Period[])
    const w = checkWindow(args)
    const ordered = args.values.ordered === true
    return withReadModel(args, async (read) => {
      const actors = new ActorResolver(read)
      const a = await actors.resolve(args.positionals[0]!, 'the first actor')
      const b = await actors.resolve(args.positionals[1]!, 'the second actor')
      const t = await read.dyadTimeline({ a, b, ordered, by, ...w })
      if (args.values.json) return (json(t), 0)
      const { actorName } = await import('../api/names.js')
      const span = windowLabel(w)
      out(
        `${a} ${actorName(a)} ${ordered ? '->' : '<->'} ${b} ${actorName(b)}, by ${by}${span ? `, ${span}` : ''}\n`,
      )
      out(`  ${'total'.padEnd(10)} ${tallyLine(t.total)}\n`)
      for (const p of t.points) out(`  ${p.period.padEnd(10)} ${tallyLine(p)}\n`)
      if (t.undated) out(`  ${'no date'.padEnd(10)} ${tallyLine(t.undatedTally)}\n`)
      if (allEvents(t.total) === 0)
        out(`  no events between them in the store${span ? ' in this window' : ''}\n`)
      return 0
    })
  },
}
