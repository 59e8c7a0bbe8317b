// Build a Page from decoded text: the one constructor every reader uses.

import { createHash } from 'node:crypto'
import type { ObservedAtSource, Page, PageFormat, PageMeta, PageSource } from '../core/doc.js'
import { InputError, type Message } from '../core/message.js'

/**
 * The longest line a page may have (characters). Text that runs on this long without a line break is not a
 * news page (minified data, a dump, a crafted input), and every later stage would pay for reading it.
 */
export const MAX_LINE = 1_000_000

/**
 * The most bytes one page may have (a file, a WARC record, an upload): far above any news page, HTML with
 * its scripts included, and small enough that reading it stays within the heap `entente` runs with.
 */
export const MAX_PAGE_BYTES = 20 * 1024 * 1024

/**
 * The most characters of text one page may have once read. The pipeline holds a page's articles, tokens
 * and mentions at once, at some tens of bytes per character; a news page's text is rarely 100 000.
 */
export const MAX_PAGE_TEXT = 2_000_000

export interface ReadOptions {
  /** Crawl time given by the user (ISO), applied when the container gives none. */
  observedAt?: string | null
  observedAtSource?: ObservedAtSource
}

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex')
}

export function makePage(init: {
  source: PageSource
  format: PageFormat
  bytes: Uint8Array | string
  text: string
  encoding: string
  messages?: Message[]
  meta?: PageMeta
  observedAt?: string | null
  observedAtSource?: ObservedAtSource
}): Page {
  refuseLongLine(init.text, init.source)
  refuseLongText(init.text, init.source)
  const observedAt = init.observedAt ?? null
  return {
    source: init.source,
    format: init.format,
    hash: sha256(init.bytes),
    encoding: init.encoding,
    text: init.text,
    observedAt,
    observedAtSource: observedAt ? (init.observedAtSource ?? null) : null,
    meta: init.meta ?? {},
    language: null,
    articles: [],
    messages: init.messages ?? [],
  }
}

function refuseLongText(text: string, source: PageSource): void {
  if (text.length <= MAX_PAGE_TEXT) return
  const what = `the page's text is ${text.length} characters, over the limit of ${MAX_PAGE_TEXT}: not a news page`
  throw new InputError(
    source.input,
    'input/too-large',
    source.record ? `record ${source.record}: ${what}` : what,
  )
}

function refuseLongLine(text: string, source: PageSource): void {
  if (text.length <= MAX_LINE) return
  let start = 0
  for (let line = 1; start <= text.length; line++) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    if (end - start > MAX_LINE) {
      const what = `line ${line} is ${end - start} characters long, over the limit of ${MAX_LINE}: not a news page`
      // In a container the line number is the record's, not the file's.
      if (source.record)
        throw new InputError(source.input, 'input/long-line', `record ${source.record}: ${what}`)
      throw new InputError(source.input, 'input/long-line', what, line)
    }
    start = end + 1
  }
}
