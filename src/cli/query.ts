// The query commands: relations, actor, events, search and export. Argument parsing and formatting only;
// the answers come from the store's read model and the graph functions, as the HTTP API's do.

import { parseArgs } from 'node:util'
import { actorName } from '../api/names.js'
import type { EventItem } from '../api/contract.js'
import type { EventFilter, ReadModel } from '../api/read-model.js'
import { EVENT_TYPES } from '../events/lexicon.js'
import { loadMapping } from '../events/scores.js'
import {
  csvHeader,
  csvRow,
  gdeltHeader,
  gdeltRow,
  gexf,
  graphml,
  ploverLine,
  type ExportEvent,
  type GraphNode,
} from '../export/formats.js'
import { actorSummary } from '../graph/actors.js'
import type { Period, Tally } from '../graph/aggregate.js'
import { blocs, edgeChanges } from '../graph/blocs.js'

export class QueryUsageError extends Error {}

const usage = (m: string): never => {
  throw new QueryUsageError(m)
}

const DAY = /^\d{4}-\d{2}-\d{2}$/
const CODE = /^[A-Z][A-Z0-9_]{1,15}$/

function window(values: { from?: string; to?: string }): { from?: string; to?: string } {
  for (const k of ['from', 'to'] as const) {
    const v = values[k]
    if (v !== undefined && !DAY.test(v)) usage(`--${k} must be a date as YYYY-MM-DD, not "${v}"`)
  }
  return { from: values.from, to: values.to }
}

function code(v: string | undefined, what: string): string {
  const c = (v ?? '').toUpperCase()
  if (!CODE.test(c)) usage(`${what} must be an actor code such as RUS, NATO or HAMAS, not "${v ?? ''}"`)
  return c
}

const out = (s: string) => process.stdout.write(s)

/** Writes and waits while the reader is behind, so a long export keeps memory flat. */
async function outAsync(s: string): Promise<void> {
  if (!process.stdout.write(s)) await new Promise((ok) => process.stdout.once('drain', ok))
}
const json = (x: unknown) => out(JSON.stringify(x, null, 2) + '\n')

const sign = (x: number | null) => (x === null ? '   -' : `${x > 0 ? '+' : ''}${x.toFixed(2)}`)

function tallyLine(t: Tally): string {
  const quads = `q1 ${t.byQuad[1]}  q2 ${t.byQuad[2]}  q3 ${t.byQuad[3]}  q4 ${t.byQuad[4]}`
  const apart = `negated ${t.negated}, alleged ${t.alleged}, hypothetical ${t.hypothetical}`
  return `${String(t.events).padStart(4)} events  ${quads}  score ${sign(t.scoreMean)} mean  (${apart})`
}

/** `entente relations A B [--from --to --by day|week|month] [--ordered] [--json]` */
export async function relationsCommand(read: ReadModel, argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      by: { type: 'string', default: 'month' },
      ordered: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      db: { type: 'string' },
    },
  })
  if (positionals.length !== 2) usage('relations needs two actor codes, e.g. entente relations RUS CHN')
  const [a, b] = [code(positionals[0], 'the first actor'), code(positionals[1], 'the second actor')]
  const by = values.by as Period
  if (!['day', 'week', 'month'].includes(by)) usage(`--by must be day, week or month, not "${by}"`)
  const w = window(values)
  const t = await read.dyadTimeline({ a, b, ordered: values.ordered, by, ...w })
  if (values.json) return (json(t), 0)
  const arrow = values.ordered ? '->' : '<->'
  out(`${a} ${actorName(a)} ${arrow} ${b} ${actorName(b)}, by ${by}\n`)
  out(`  total   ${tallyLine(t.total)}\n`)
  for (const p of t.points) out(`  ${p.period.padEnd(10)} ${tallyLine(p)}\n`)
  if (t.undated) out(`  (${t.undated} event(s) without a date are in the total only)\n`)
  if (t.total.events + t.total.negated + t.total.alleged + t.total.hypothetical === 0)
    out('  no events between them in the store\n')
  return 0
}

/** `entente actor CODE [--from --to --limit N] [--json]` */
export async function actorCommand(read: ReadModel, argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      limit: { type: 'string', default: '10' },
      json: { type: 'boolean', default: false },
      db: { type: 'string' },
    },
  })
  const actor = code(positionals[0], 'actor needs an actor code; it')
  const limit = Number(values.limit)
  if (!Number.isInteger(limit) || limit < 1) usage(`--limit must be a positive number, not "${values.limit}"`)
  const w = window(values)
  const q = { actor, limit, ...w }
  // An actor without events gets the empty summary.
  const s = (await read.actorSummary(q)) ?? actorSummary([], q)
  if (values.json) return (json(s), 0)
  out(`${actor} ${actorName(actor)}${w.from || w.to ? ` ${w.from ?? '…'} .. ${w.to ?? '…'}` : ''}\n`)
  out(`  ${tallyLine(s.total)}\n`)
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
}

function eventLine(e: EventItem): string {
  const flags = [e.polarity === 'negated' ? 'NOT' : '', e.modality !== 'actual' ? e.modality : '']
    .filter(Boolean)
    .join(' ')
  return `${(e.date ?? '????-??-??').slice(0, 10)}  ${e.type.padEnd(9)} ${e.source ?? '-'} -> ${e.target ?? '-'}${flags ? ` [${flags}]` : ''}  "${e.evidence}"  (article ${e.article})\n`
}

async function listEvents(
  read: ReadModel,
  filter: EventFilter,
  limit: number,
  offset: number,
  asJson: boolean,
) {
  const page = await read.events(filter, limit, offset)
  if (asJson) return (json({ ...page, limit, offset }), 0)
  for (const e of page.items) out(eventLine(e))
  out(
    `${page.items.length} of ${page.total} event(s)${page.total > offset + page.items.length ? `; more with --offset ${offset + page.items.length}` : ''}\n`,
  )
  return 0
}

function paging(values: { limit?: string; offset?: string }): { limit: number; offset: number } {
  const limit = Number(values.limit ?? '50')
  const offset = Number(values.offset ?? '0')
  if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) usage('--limit must be between 1 and 10000')
  if (!Number.isInteger(offset) || offset < 0) usage('--offset must be 0 or more')
  return { limit, offset }
}

/** `entente events [--actor --a --b --type --polarity --modality --from --to --limit --offset] [--json]` */
export async function eventsCommand(read: ReadModel, argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      actor: { type: 'string' },
      a: { type: 'string' },
      b: { type: 'string' },
      type: { type: 'string' },
      polarity: { type: 'string' },
      modality: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      limit: { type: 'string' },
      offset: { type: 'string' },
      json: { type: 'boolean', default: false },
      db: { type: 'string' },
    },
  })
  const type = values.type?.toUpperCase()
  if (type && !(EVENT_TYPES as readonly string[]).includes(type))
    usage(`--type must be one of ${EVENT_TYPES.join(', ')}, not "${values.type}"`)
  if (values.polarity && !['asserted', 'negated'].includes(values.polarity))
    usage('--polarity must be asserted or negated')
  if (values.modality && !['actual', 'intended', 'hypothetical', 'alleged'].includes(values.modality))
    usage('--modality must be actual, intended, hypothetical or alleged')
  if ((values.a && !values.b) || (!values.a && values.b)) usage('--a and --b go together')
  const filter: EventFilter = {
    ...window(values),
    ...(values.actor ? { actor: code(values.actor, '--actor') } : {}),
    ...(values.a ? { a: code(values.a, '--a'), b: code(values.b, '--b') } : {}),
    ...(type ? { type } : {}),
    ...(values.polarity ? { polarity: values.polarity } : {}),
    ...(values.modality ? { modality: values.modality } : {}),
  }
  const { limit, offset } = paging(values)
  return listEvents(read, filter, limit, offset, values.json)
}

/** `entente search WORDS [--actor ...] [--json]`: full text over the articles, Dutch stemming. */
export async function searchCommand(read: ReadModel, argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      actor: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      limit: { type: 'string' },
      offset: { type: 'string' },
      json: { type: 'boolean', default: false },
      db: { type: 'string' },
    },
  })
  const q = positionals.join(' ').trim()
  if (!q) usage('search needs words to look for, e.g. entente search "bondgenootschap"')
  const filter: EventFilter = {
    q,
    ...window(values),
    ...(values.actor ? { actor: code(values.actor, '--actor') } : {}),
  }
  const { limit, offset } = paging(values)
  return listEvents(read, filter, limit, offset, values.json)
}

/** `entente export --format plover|csv|gdelt|graphml|gexf [--from --to]` to stdout. */
export async function exportCommand(read: ReadModel, argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      format: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      db: { type: 'string' },
    },
  })
  const format = values.format
  const formats = ['plover', 'csv', 'gdelt', 'graphml', 'gexf']
  if (!format || !formats.includes(format)) usage(`--format must be one of ${formats.join(', ')}`)
  const w = window(values)
  if (format === 'graphml' || format === 'gexf') {
    const edges = await read.edges(w)
    const bloc = new Map<string, number>()
    for (const b of blocs(edges)) for (const m of b.members) bloc.set(m, b.id)
    const weight = new Map<string, number>()
    for (const e of edges) for (const x of [e.a, e.b]) weight.set(x, (weight.get(x) ?? 0) + e.events)
    const nodes: GraphNode[] = [...weight]
      .sort(([x], [y]) => x.localeCompare(y))
      .map(([id, events]) => ({ id, name: actorName(id), events, bloc: bloc.get(id) ?? null }))
    out(format === 'graphml' ? graphml(nodes, edges) : gexf(nodes, edges))
    return 0
  }
  const cameo = new Map([...loadMapping()].map(([t, f]) => [t as string, f.cameoRoot]))
  const today = new Date().toISOString().slice(0, 10)
  if (format === 'csv') out(csvHeader())
  if (format === 'gdelt') out(gdeltHeader())
  // Page through the store by event id, so memory stays flat and each page costs the same however many
  // events the store holds.
  const size = 1000
  for (let after: number | null = null; ;) {
    const items = await read.eventsAfter(w, after, size)
    for (const item of items) {
      const e: ExportEvent = { ...item, url: null, cameo: cameo.get(item.type) ?? '' }
      await outAsync(
        format === 'csv'
          ? csvRow(e)
          : format === 'gdelt'
            ? gdeltRow(e, today.replace(/-/g, ''))
            : ploverLine(e, today),
      )
    }
    if (items.length < size) break
    after = items[items.length - 1]!.id
  }
  return 0
}

/** `entente changes --before FROM..TO --after FROM..TO [--shift 2] [--json]`: what changed between windows. */
export async function changesCommand(read: ReadModel, argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      before: { type: 'string' },
      after: { type: 'string' },
      shift: { type: 'string', default: '2' },
      json: { type: 'boolean', default: false },
      db: { type: 'string' },
    },
  })
  const range = (v: string | undefined, name: string) => {
    const m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(v ?? '')
    if (!m) usage(`--${name} must be a window as FROM..TO, e.g. 2025-01-01..2025-03-31`)
    return { from: m![1]!, to: m![2]! }
  }
  const before = range(values.before, 'before')
  const after = range(values.after, 'after')
  const shift = Number(values.shift)
  if (!(shift >= 0)) usage('--shift must be a number of score points, 0 or more')
  const list = edgeChanges(await read.edges(before), await read.edges(after), shift)
  if (values.json) return (json({ changes: list }), 0)
  for (const c of list) {
    const was = c.before ? `${c.before.events} ev, mean ${sign(c.before.scoreMean)}` : '-'
    const now = c.after ? `${c.after.events} ev, mean ${sign(c.after.scoreMean)}` : '-'
    out(`${c.kind.padEnd(8)} ${c.a} - ${c.b}   before: ${was}   after: ${now}\n`)
  }
  out(`${list.length} changed tie(s)\n`)
  return 0
}
