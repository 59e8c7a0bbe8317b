// `entente changes`: the ties that appeared, vanished, reversed, warmed or cooled between two windows.

import { usage, type Command } from './args.js'
import { checkRange, dbOption, jsonOption, str } from './options.js'
import { json, out, sign } from './print.js'
import { withReadModel } from './store.js'

export const changes: Command = {
  name: 'changes',
  summary: 'what changed between two windows: new, gone, reversed, warmer and colder ties',
  options: {
    before: { type: 'string', value: 'FROM..TO', help: 'the earlier window, e.g. 2025-01-01..2025-03-31' },
    after: { type: 'string', value: 'FROM..TO', help: 'the later window' },
    shift: {
      type: 'string',
      value: 'N',
      help: 'score points of mean change that count as warmer or colder',
      default: '2',
    },
    ...jsonOption,
    ...dbOption,
  },
  examples: [
    [
      'entente changes --before 2025-01-01..2025-03-31 --after 2025-04-01..2025-06-30',
      'the first quarter against the second',
    ],
    [
      'entente changes --before 2025-03-01..2025-03-15 --after 2025-03-16..2025-03-31 --shift 1 --json',
      'smaller shifts, as JSON',
    ],
  ],
  async run(args) {
    const before = checkRange(str(args, 'before'), '--before')
    const after = checkRange(str(args, 'after'), '--after')
    const shiftText = str(args, 'shift')!
    const shift = Number(shiftText)
    if (!/^\d+(\.\d+)?$/.test(shiftText))
      usage(`--shift must be a number of score points, 0 or more, not "${shiftText}"`)
    return withReadModel(args, async (read) => {
      const { edgeChanges } = await import('../graph/blocs.js')
      const list = edgeChanges(await read.edges(before), await read.edges(after), shift)
      if (args.values.json) return (json({ changes: list }), 0)
      for (const c of list) {
        const was = c.before ? `${c.before.events} ev, mean ${sign(c.before.scoreMean)}` : '-'
        const now = c.after ? `${c.after.events} ev, mean ${sign(c.after.scoreMean)}` : '-'
        out(`${c.kind.padEnd(8)} ${c.a} - ${c.b}   before: ${was}   after: ${now}\n`)
      }
      out(`${list.length} changed tie(s)\n`)
      return 0
    })
  },
}
