// What the reading commands (extract, ingest, enqueue, work) say on stderr while they run: each bad input
// with its name, each warning about a page with its input and line, and the progress line.

import type { Page } from '../core/doc.js'
import type { IngestHooks } from '../store/ingest.js'
import { usage, type Args } from './args.js'
import { checkChoice, INPUT_FORMATS, str } from './options.js'
import type { Progress } from './progress.js'

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

export function progressHooks(progress: Progress): IngestHooks {
  return {
    onPage(page) {
      progress.tick(page.articles.length)
      reportMessages(page, progress)
    },
    onError: (e) => reportError(e, progress),
  }
}

/** --observed-at and --input-format, checked. */
export function checkInputOptions(args: Args) {
  const observed = str(args, 'observed-at')
  if (observed !== undefined && observed !== 'mtime' && Number.isNaN(Date.parse(observed)))
    usage(`--observed-at must be an ISO time such as 2025-05-12T10:00:00Z, or "mtime", not "${observed}"`)
  return {
    observedAt: observed ? (observed === 'mtime' ? 'mtime' : new Date(observed).toISOString()) : null,
    format: checkChoice(str(args, 'input-format')!, '--input-format', INPUT_FORMATS),
  }
}

export const INPUTS = { min: 1, what: 'at least one input (a file, directory, glob or - for stdin)' }
