// Datasets of articles as JSON Lines: one article per line, with fields for the title, text, date and URL
// whose names can be given (`--fields title=headline,text=body`). Each line is a page of its own.

import type { Page, PageSource } from '../core/doc.js'
import { InputError } from '../core/message.js'
import { makePage, type ReadOptions } from './page.js'
import { repairMojibake } from './decode.js'

export interface JsonlFields {
  title: string
  text: string
  date: string
  url: string
}

/** Names tried, in order, for a field the user did not name. */
const DEFAULTS: Record<keyof JsonlFields, string[]> = {
  title: ['title', 'headline'],
  text: ['text', 'body', 'content', 'article'],
  date: ['date', 'published', 'datePublished', 'pubDate', 'published_at'],
  url: ['url', 'link'],
}

/** Parse "title=headline,text=body" into a field map; throws a message naming what is wrong. */
export function parseFields(spec: string): Partial<JsonlFields> {
  const out: Partial<JsonlFields> = {}
  for (const part of spec.split(',')) {
    const m = /^\s*(\w+)\s*=\s*([^=,]+?)\s*$/.exec(part)
    if (!m || !(m[1]! in DEFAULTS))
      throw new Error(
        `--fields takes NAME=FIELD pairs with NAME one of ${Object.keys(DEFAULTS).join(', ')}, not "${part}"`,
      )
    out[m[1] as keyof JsonlFields] = m[2]!
  }
  return out
}

/** A field's value by a dotted path ("meta.title"). */
function get(record: Record<string, unknown>, path: string): unknown {
  let v: unknown = record
  for (const k of path.split('.')) {
    if (!v || typeof v !== 'object') return undefined
    v = (v as Record<string, unknown>)[k]
  }
  return v
}

function pick(
  record: Record<string, unknown>,
  name: keyof JsonlFields,
  fields: Partial<JsonlFields>,
): string | null {
  for (const f of fields[name] ? [fields[name]] : DEFAULTS[name]) {
    const v = get(record, f)
    if (typeof v === 'string' && v.trim()) return v
    if (typeof v === 'number' && name === 'date') return new Date(v > 1e11 ? v : v * 1000).toISOString()
  }
  return null
}

/** A date as the dataset wrote it when it is ISO-like ("2024-05", "2024-05-03T10:00Z"), else parsed, else null. */
function isoDate(s: string): string | null {
  const t = s.trim()
  if (/^\d{4}-\d{2}(?:-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)?$/.test(t)) return t
  const ms = Date.parse(t)
  return Number.isNaN(ms) ? null : new Date(ms).toISOString()
}

/** One line of a dataset as a page: the title (when given) first, a blank line, then the text. */
export function readJsonlRecord(
  line: string,
  source: PageSource & { record: number },
  options: ReadOptions,
  fields: Partial<JsonlFields>,
): Page {
  let record: unknown
  try {
    record = JSON.parse(line)
  } catch (e) {
    throw new InputError(source.input, 'input/bad-jsonl', `not JSON (${(e as Error).message})`, source.record)
  }
  if (!record || typeof record !== 'object' || Array.isArray(record))
    throw new InputError(source.input, 'input/bad-jsonl', 'not a JSON object', source.record)
  const r = record as Record<string, unknown>
  const body = pick(r, 'text', fields)
  if (!body) {
    const tried = fields.text ? `"${fields.text}"` : DEFAULTS.text.map((f) => `"${f}"`).join(', ')
    throw new InputError(
      source.input,
      'input/no-text',
      `no text field (tried ${tried}; name it with --fields text=FIELD)`,
      source.record,
    )
  }
  const title = pick(r, 'title', fields)?.replace(/\s+/g, ' ').trim() ?? null
  const rawDate = pick(r, 'date', fields)
  const date = rawDate ? isoDate(rawDate) : null
  const url = pick(r, 'url', fields)
  const repaired = repairMojibake((title ? `${title}\n\n` : '') + body)
  const messages = [...repaired.messages]
  if (rawDate && !date)
    messages.push({
      ruleId: 'jsonl/bad-date',
      severity: 'warning',
      text: `line ${source.record}: the date "${rawDate}" is not a date; the article has none`,
    })
  const text = repaired.text
  const titled = title !== null && text.startsWith(title)
  return makePage({
    source: { ...source, url: url ?? undefined },
    format: 'text',
    bytes: line,
    text,
    encoding: 'utf-8',
    messages,
    meta: {
      ...(date ? { published: date } : {}),
      ...(titled
        ? { headline: title!, items: [{ span: { start: 0, end: text.length }, title, published: date, url }] }
        : {}),
    },
    observedAt: options.observedAt,
    observedAtSource: options.observedAtSource,
  })
}

/** Read a dataset line by line from a stream of bytes; a bad line is an error naming it, and reading goes on. */
export async function* readJsonl(
  lines: AsyncIterable<string>,
  input: string,
  name: string,
  options: ReadOptions,
  fields: Partial<JsonlFields>,
): AsyncGenerator<Page | InputError> {
  let n = 0
  for await (const line of lines) {
    n++
    if (!line.trim()) continue
    try {
      yield readJsonlRecord(line, { input, name: `${name}#${n}`, record: n }, options, fields)
    } catch (e) {
      yield e instanceof InputError ? e : new InputError(input, 'input/bad-jsonl', (e as Error).message, n)
    }
  }
}
