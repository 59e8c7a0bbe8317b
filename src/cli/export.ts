// `entente export`: the store's events or graph in a format other tools read, to stdout.

import { formatsOf } from '../export/registry.js'
import type { Command } from './args.js'
import { checkChoice, checkWindow, dbOption, str, windowOptions } from './options.js'
import { outAsync } from './print.js'
import { withReadModel } from './store.js'

const FORMATS = formatsOf('events', 'graph')
const NAMES = FORMATS.map((f) => f.name)

export const exportCommand: Command = {
  name: 'export',
  summary: 'the events (PLOVER, CSV, GDELT, Parquet) or the graph (GraphML, GEXF) for other tools, to stdout',
  options: {
    format: { type: 'string', value: 'FORMAT', help: NAMES.join(', ') },
    ...windowOptions,
    ...dbOption,
  },
  examples: [
    ['entente export --format csv > events.csv', 'every event, one row each'],
    ['entente export --format parquet > events.parquet', 'typed columns for pandas, Polars or DuckDB'],
    [
      'entente export --format gexf --from 2025-01-01 --to 2025-03-31 > q1.gexf',
      'the graph of a quarter, for Gephi',
    ],
  ],
  async run(args) {
    const name = checkChoice(str(args, 'format') ?? '', '--format', NAMES)
    const format = FORMATS.find((f) => f.name === name)!
    const w = checkWindow(args)
    return withReadModel(args, async (read) => {
      if (format.kind === 'graph') {
        const { writer } = await format.load()
        const { buildGraph } = await import('../graph/blocs.js')
        const { actorName } = await import('../api/names.js')
        const g = await buildGraph(read, w, actorName)
        await outAsync(writer({ nodes: g.nodes.sort((x, y) => x.id.localeCompare(y.id)), edges: g.edges }))
        return 0
      }
      const { writer } = await format.load()
      const { loadMapping } = await import('../events/scores.js')
      const { storeRow } = await import('../export/rows.js')
      const cameo = new Map([...loadMapping()].map(([t, facts]) => [t as string, facts.cameoRoot]))
      const cameoOf = (type: string) => cameo.get(type) ?? ''
      const events = writer(new Date().toISOString().slice(0, 10))
      await outAsync(events.head())
      // Page through the store by event id, so memory stays flat and each page costs the same however many
      // events the store holds.
      const size = 1000
      for (let after: number | null = null; ;) {
        const items = await read.eventsAfter(w, after, size)
        for (const item of items) await outAsync(events.row(storeRow(item, cameoOf)))
        if (items.length < size) break
        after = items[items.length - 1]!.id
      }
      await outAsync(events.end())
      return 0
    })
  },
}
