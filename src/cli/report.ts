// What the reading commands (extract, ingest, enqueue, work) say on stderr while they run: each bad input
// with its name, each warning about a page with its input and line, and the progress line.

import type { Page } from '../core/doc.js'
import type { IngestHooks } from '../ingest/service.js'
import type { InputOptions } from '../sources/input.js'
import { parseFields } from '../sources/jsonl.js'
import { undatedArticles, undatedLine } from '../page/undated.js'
import { usage, type Args } from './args.js'
import { checkChoice, INPUT_FORMATS, str } from './options.js'
import type { Progress } from './progress.js'
import { crashTestHook } from './crash-hook.js'

export function reportMessages(page: Page, progress: Progress): void {
  for (const m of page.messages) {
    if (m.severity === 'info') continue
    progress.clear()
    const where = `${page.source.input}${page.source.record ? `#${page.source.record}` : ''}${m.line ? `:${m.line}` : ''}`
    process.stderr.write(`entente: ${where}: ${m.severity}: ${m.text} [${m.ruleId}]\n`)
  }
}

export function reportError(e: { message: string; ruleId: string }, progress: Progress): void {
  progress.clear()
  process.stderr.write(`entente: ${e.message} [${e.ruleId}]\n`)
}

export function progressHooks(progress: Progress, dates?: Dates): IngestHooks {
  return {
    onPage(page) {
      progress.tick(page.articles.length)
      reportMessages(page, progress)
      if (dates) countDates(dates, page)
    },
    onError: (e) => reportError(e, progress),
    beforeCommit: crashTestHook(),
  }
}

/** How many articles a run read, and how many of them have no date. */
export interface Dates {
  undated: number
  articles: number
}

export function countDates(dates: Dates, page: Page): void {
  dates.articles += page.articles.length
  dates.undated += undatedArticles(page)
}

/** The line that ends a run where articles have no date: how many, and how to give one. */
export function reportUndated(dates: Dates): void {
  const line = undatedLine(dates.undated, dates.articles)
  if (line) process.stderr.write(`entente: ${line}\n`)
}

/** --observed-at and --input-format, checked. */
export function checkInputOptions(args: Args) {
  const observed = str(args, 'observed-at')
  if (observed !== undefined && observed !== 'mtime' && Number.isNaN(Date.parse(observed)))
    usage(`--observed-at must be an ISO time such as 2025-05-12T10:00:00Z, or "mtime", not "${observed}"`)
  let fields: InputOptions['fields']
  try {
    fields = str(args, 'fields') ? parseFields(str(args, 'fields')!) : undefined
  } catch (e) {
    usage((e as Error).message)
  }
  const include = str(args, 'include')
    ?.split(',')
    .map((g) => g.trim())
    .filter(Boolean)
  return {
    observedAt: observed ? (observed === 'mtime' ? 'mtime' : new Date(observed).toISOString()) : null,
    format: checkChoice(str(args, 'input-format')!, '--input-format', INPUT_FORMATS),
    include,
    fields,
    onSkipped(dir: string, count: number, examples: string[]) {
      const more = count > examples.length ? ', ...' : ''
      process.stderr.write(
        `entente: ${dir}: skipped ${count} file(s) of other kinds (${examples.join(', ')}${more}); --include GLOB reads them\n`,
      )
    },
  } satisfies InputOptions
}

export const INPUTS = { min: 1, what: 'at least one input (a file, directory, glob or - for stdin)' }
