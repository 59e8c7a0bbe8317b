// `entente events`: the events behind the numbers, filtered, newest first, paged.

import type { EventFilter, ReadModel } from '../read/model.js'
import { usage, type Args, type Command } from './args.js'
import {
  actorOptions,
  checkChoice,
  checkPaging,
  checkWindow,
  eventFilterOptions,
  MODALITIES,
  pagingOptions,
  POLARITIES,
  queryOptions,
  str,
} from './options.js'
import { eventLine, json, out } from './print.js'
import { ActorResolver, withReadModel } from './store.js'

/** Lists a page of the events that match, as text or JSON. */
export async function listEvents(read: ReadModel, filter: EventFilter, args: Args): Promise<number> {
  const { limit, offset } = checkPaging(args)
  const page = await read.events(filter, limit, offset)
  if (args.values.json) return (json({ ...page, limit, offset }), 0)
  for (const e of page.items) out(eventLine(e))
  const more =
    page.total > offset + page.items.length ? `; more with --offset ${offset + page.items.length}` : ''
  out(`${page.items.length} of ${page.total} event(s)${more}\n`)
  return 0
}

export const events: Command = {
  name: 'events',
  summary: 'the events behind the numbers, newest first (undated last), with filters',
  options: {
    ...actorOptions,
    a: { type: 'string', value: 'ACTOR', help: 'with --b: events between two actors, either direction' },
    b: { type: 'string', value: 'ACTOR', help: 'the other actor of --a' },
    ...eventFilterOptions,
    ...pagingOptions,
    ...queryOptions,
  },
  examples: [
    [
      'entente events --actor RUS --type SANCTION --from 2025-01-01',
      "Russia's sanctions, given and taken, this year",
    ],
    [
      'entente events --a Frankrijk --b Duitsland --modality intended --json',
      'what France and Germany intend',
    ],
  ],
  async run(args) {
    const w = checkWindow(args)
    checkPaging(args)
    const filter: EventFilter = { ...w }
    const type = str(args, 'type')
    if (type !== undefined) {
      const { EVENT_TYPES } = await import('../events/types.js')
      filter.type = checkChoice(type.toUpperCase(), '--type', EVENT_TYPES)
    }
    const polarity = str(args, 'polarity')
    if (polarity !== undefined) filter.polarity = checkChoice(polarity, '--polarity', POLARITIES)
    const modality = str(args, 'modality')
    if (modality !== undefined) filter.modality = checkChoice(modality, '--modality', MODALITIES)
    if ((str(args, 'a') === undefined) !== (str(args, 'b') === undefined)) usage('--a and --b go together')
    return withReadModel(args, async (read) => {
      const actors = new ActorResolver(read)
      const actor = str(args, 'actor')
      if (actor !== undefined) filter.actor = await actors.resolve(actor, '--actor')
      const [a, b] = [str(args, 'a'), str(args, 'b')]
      if (a !== undefined && b !== undefined) {
        filter.a = await actors.resolve(a, '--a')
        filter.b = await actors.resolve(b, '--b')
      }
      return listEvents(read, filter, args)
    })
  },
}
