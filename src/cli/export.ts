// `entente export`: the store's events or graph in a format other tools read, to stdout.

import type { Command } from './args.js'
import { checkChoice, checkWindow, dbOption, str, windowOptions } from './options.js'
import { out, outAsync } from './print.js'
import { withReadModel } from './store.js'

const FORMATS = ['plover', 'csv', 'gdelt', 'graphml', 'gexf'] as const

export const exportCommand: Command = {
  name: 'export',
  summary: 'the events (PLOVER, CSV, GDELT) or the graph (GraphML, GEXF) for other tools, to stdout',
  options: {
    format: { type: 'string', value: 'FORMAT', help: FORMATS.join(', ') },
    ...windowOptions,
    ...dbOption,
  },
  examples: [
    ['entente export --format csv > events.csv', 'every event, one row each'],
    [
      'entente export --format gexf --from 2025-01-01 --to 2025-03-31 > q1.gexf',
      'the graph of a quarter, for Gephi',
    ],
  ],
  async run(args) {
    const format = checkChoice(str(args, 'format') ?? '', '--format', FORMATS)
    const w = checkWindow(args)
    return withReadModel(args, async (read) => {
      const f = await import('../export/formats.js')
      if (format === 'graphml' || format === 'gexf') {
        const { buildGraph } = await import('../graph/blocs.js')
        const { actorName } = await import('../api/names.js')
        const g = await buildGraph(read, w, actorName)
        const nodes = g.nodes.sort((x, y) => x.id.localeCompare(y.id))
        out(format === 'graphml' ? f.graphml(nodes, g.edges) : f.gexf(nodes, g.edges))
        return 0
      }
      const { loadMapping } = await import('../events/scores.js')
      const cameo = new Map([...loadMapping()].map(([t, facts]) => [t as string, facts.cameoRoot]))
      const today = new Date().toISOString().slice(0, 10)
      if (format === 'csv') out(f.csvHeader())
      if (format === 'gdelt') out(f.gdeltHeader())
      // Page through the store by event id, so memory stays flat and each page costs the same however many
      // events the store holds.
      const size = 1000
      for (let after: number | null = null; ;) {
        const items = await read.eventsAfter(w, after, size)
        for (const item of items) {
          const e = { ...item, url: null, cameo: cameo.get(item.type) ?? '' }
          await outAsync(
            format === 'csv'
              ? f.csvRow(e)
              : format === 'gdelt'
                ? f.gdeltRow(e, today.replace(/-/g, ''))
                : f.ploverLine(e, today),
          )
        }
        if (items.length < size) break
        after = items[items.length - 1]!.id
      }
      return 0
    })
  },
}
