// Option blocks that several commands share, declared once (the store, JSON output, the date window,
// paging, event filters, inputs), and the checks of their values, whose messages say what is accepted.

import { didYouMean, usage, type Args, type Options } from './args.js'

export const dbOption = {
  db: {
    type: 'string',
    value: 'PATH|URL',
    help: 'the store: a SQLite file (default ./entente.db, or $ENTENTE_DB) or a postgres:// URL',
  },
} satisfies Options

export const jsonOption = {
  json: { type: 'boolean', help: 'print the answer as JSON' },
} satisfies Options

export const windowOptions = {
  from: { type: 'string', value: 'DATE', help: 'first day of the window, YYYY-MM-DD' },
  to: { type: 'string', value: 'DATE', help: 'last day of the window, YYYY-MM-DD (included)' },
} satisfies Options

/** What every query command takes: the date window, JSON output and the store. */
export const queryOptions = { ...windowOptions, ...jsonOption, ...dbOption } satisfies Options

/** The actor filter of the event lists (`events`, `search`). */
export const actorOptions = {
  actor: { type: 'string', value: 'ACTOR', help: 'events with this actor on either side (code or name)' },
} satisfies Options

export const pagingOptions = {
  limit: { type: 'string', value: 'N', help: 'how many events to list, 1 to 10000', default: '50' },
  offset: { type: 'string', value: 'N', help: 'how many to skip first', default: '0' },
} satisfies Options

export const POLARITIES = ['asserted', 'negated'] as const
export const MODALITIES = ['actual', 'intended', 'hypothetical', 'alleged'] as const

export const eventFilterOptions = {
  type: { type: 'string', value: 'TYPE', help: 'a PLOVER event type (SANCTION, CONSULT, ...)' },
  polarity: { type: 'string', value: 'P', help: POLARITIES.join(' or ') },
  modality: { type: 'string', value: 'M', help: MODALITIES.join(', ') },
} satisfies Options

/** Which event decisions a command that runs the pipeline uses (see model-option.ts). */
export const modelOptions = {
  model: {
    type: 'string',
    value: 'DIR|FILE',
    help: 'a trained event model (the --out DIR of entente train)',
  },
  'rules-only': { type: 'boolean', help: 'code events with the rules alone, without the trained model' },
} satisfies Options

/** What --model and --rules-only ask of pipeline threads (ingest --threads). */
export async function pipelineSpec(args: Args) {
  const { modelSpec } = await import('./model-option.js')
  return modelSpec({ model: str(args, 'model'), 'rules-only': args.values['rules-only'] === true })
}

/** The pipeline's options from --model and --rules-only (the model is read only when a page needs it). */
export async function pipelineOptions(args: Args) {
  const { modelOption } = await import('./model-option.js')
  return modelOption({ model: str(args, 'model'), 'rules-only': args.values['rules-only'] === true })
}

export const INPUT_FORMATS = ['auto', 'text', 'html', 'warc', 'feed', 'jsonl'] as const

export const inputOptions = {
  'observed-at': {
    type: 'string',
    value: 'ISO-TIME|mtime',
    help: 'crawl time of the inputs, or each file time with "mtime"',
  },
  'input-format': {
    type: 'string',
    value: 'KIND',
    help: `${INPUT_FORMATS.join('|')}: the kind of input, sniffed when auto`,
    default: 'auto',
  },
  fields: {
    type: 'string',
    value: 'NAME=FIELD,...',
    help: 'field names of a JSON Lines dataset: title=F,text=F,date=F,url=F',
  },
  include: {
    type: 'string',
    value: 'GLOB[,GLOB]',
    help: 'files in folders to read besides the known kinds (.txt .html .warc .wet .xml .rss .atom .jsonl)',
  },
} satisfies Options

export const str = (args: Args, k: string): string | undefined => {
  const v = args.values[k]
  return typeof v === 'string' ? v : undefined
}

/** A real calendar day as YYYY-MM-DD ("2025-13-45" and "2025-02-30" are not). */
export function checkDay(value: string, flag: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null
  if (!m || !d || d.toISOString().slice(0, 10) !== value)
    usage(`${flag} must be a date as YYYY-MM-DD, such as 2025-03-01, not "${value}"`)
  return value
}

/** --from and --to, each a real day, from not after to. */
export function checkWindow(args: Args): { from?: string; to?: string } {
  const from = str(args, 'from')
  const to = str(args, 'to')
  if (from !== undefined) checkDay(from, '--from')
  if (to !== undefined) checkDay(to, '--to')
  if (from && to && from > to)
    usage(`--from ${from} is after --to ${to}; the window runs from the earlier day`)
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) }
}

/** A window written FROM..TO, as `changes --before` takes it. */
export function checkRange(value: string | undefined, flag: string): { from: string; to: string } {
  const m = /^(.*)\.\.(.*)$/.exec(value ?? '')
  if (!m) usage(`${flag} must be a window as FROM..TO, e.g. 2025-01-01..2025-03-31`)
  const from = checkDay(m[1]!, `${flag}'s first day`)
  const to = checkDay(m[2]!, `${flag}'s last day`)
  if (from > to) usage(`${flag} runs from ${from} to the earlier ${to}; write the earlier day first`)
  return { from, to }
}

/** A whole number in [min, max]. */
export function checkInt(value: string | undefined, flag: string, min: number, max = Infinity): number {
  const n = Number(value)
  if (value === undefined || !/^\d+$/.test(value.trim()) || n < min || n > max)
    usage(
      `${flag} must be a whole number ${max === Infinity ? `of at least ${min}` : `from ${min} to ${max}`}, not "${value ?? ''}"`,
    )
  return n
}

export function checkChoice<T extends string>(value: string, flag: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T
  const list =
    allowed.length > 4
      ? `one of ${allowed.join(', ')}`
      : `${allowed.slice(0, -1).join(', ')} or ${allowed[allowed.length - 1]}`
  usage(`${flag} must be ${list}, not "${value}"${didYouMean(value, allowed)}`)
}

export function checkPaging(args: Args): { limit: number; offset: number } {
  return {
    limit: checkInt(str(args, 'limit'), '--limit', 1, 10_000),
    offset: checkInt(str(args, 'offset'), '--offset', 0),
  }
}
