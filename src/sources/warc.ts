// WARC and WET files (warcio): every response, resource or conversion record is a page; WARC-Date is its
// crawl time and WARC-Target-URI its origin. Gzip or not; read as a stream, one record at a time.

import { WARCParser, type WARCRecord } from 'warcio'
import type { Page } from '../core/doc.js'
import { InputError } from '../core/message.js'
import { readHtml } from './html.js'
import { MAX_PAGE_BYTES } from './page.js'
import { readText } from './text.js'

const PAGE_TYPES = new Set(['response', 'resource', 'conversion'])

export interface WarcOptions {
  /** Records larger than this are skipped with an error. */
  maxRecordBytes?: number
}

export type WarcItem = Page | InputError

function charsetOf(contentType: string | null | undefined): string | null {
  const m = /charset\s*=\s*["']?([\w-]+)/i.exec(contentType ?? '')
  return m ? m[1]! : null
}

/**
 * Reads what is left of a record's block and says whether the file held all of it. warcio reads a block
 * through a reader limited to its Content-Length that stops quietly at the end of the file, and its own
 * skip of an unread block loops for ever when the file ends first (warcio 2.4): so every block is read
 * here, and what the limited reader still expects afterwards is the part cut off.
 */
async function drain(record: WARCRecord): Promise<boolean> {
  const raw = (record as unknown as { _reader?: AsyncIterable<Uint8Array> & { limit?: unknown } })._reader
  if (!raw || typeof raw.limit !== 'number') return true
  for await (const chunk of raw) void chunk
  return raw.limit <= 0
}

function truncated(input: string, index: number, url: string | undefined, length: number): InputError {
  return new InputError(
    input,
    'input/truncated-warc',
    `record ${index} (${url ?? 'no URI'}) is cut off: the file ends before its ${length} bytes`,
  )
}

export async function* readWarc(
  stream: AsyncIterable<Uint8Array>,
  input: string,
  name: string,
  options: WarcOptions = {},
): AsyncGenerator<WarcItem> {
  const max = options.maxRecordBytes ?? MAX_PAGE_BYTES
  let index = 0
  let parser: WARCParser
  try {
    parser = new WARCParser(stream)
  } catch (e) {
    yield new InputError(input, 'input/bad-warc', `not a readable WARC file (${(e as Error).message})`)
    return
  }
  const records = parser[Symbol.asyncIterator]()
  for (;;) {
    let next: IteratorResult<Awaited<ReturnType<WARCParser['parse']>>>
    try {
      next = await records.next()
    } catch (e) {
      yield new InputError(
        input,
        'input/bad-warc',
        `record ${index + 1}: unreadable WARC data (${(e as Error).message})`,
      )
      return
    }
    if (next.done || !next.value) return
    const record = next.value
    index++
    const type = record.warcType ?? ''
    const url = record.warcTargetURI ?? undefined
    // A file cut off inside a record's headers leaves a record without a type or a length.
    if (!type || record.warcHeader('Content-Length') == null) {
      yield new InputError(
        input,
        'input/truncated-warc',
        `record ${index}: no ${type ? 'Content-Length' : 'WARC-Type'} header: not WARC data, or the file is cut off`,
      )
      return
    }
    const date = record.warcDate ?? null
    const length = record.warcContentLength
    const source = { input, name: `${name}#${index}`, record: index, url }
    if (!PAGE_TYPES.has(type) || length > max) {
      if (PAGE_TYPES.has(type))
        yield new InputError(
          input,
          'input/record-too-large',
          `record ${index} (${url ?? 'no URI'}) is ${length} bytes, over ${max}`,
        )
      if (!(await drain(record))) {
        yield truncated(input, index, url, length)
        return
      }
      continue
    }
    let payload: Uint8Array
    try {
      payload = await record.readFully(true)
      if (!(await drain(record))) {
        yield truncated(input, index, url, length)
        return
      }
    } catch (e) {
      yield new InputError(
        input,
        'input/bad-warc',
        `record ${index} (${url ?? 'no URI'}): ${(e as Error).message}`,
      )
      return
    }
    const contentType =
      type === 'response'
        ? (record.httpHeaders?.headers.get('content-type') ?? '')
        : (record.warcContentType ?? '')
    if (
      type === 'response' &&
      record.httpHeaders &&
      !/^(?:text\/|application\/xhtml)/i.test(contentType || 'text/html')
    )
      continue
    const observed = {
      observedAt: date ? new Date(date).toISOString() : null,
      observedAtSource: 'warc' as const,
    }
    try {
      const isHtml =
        /html/i.test(contentType) ||
        (!contentType &&
          /^\s*<(?:!doctype|html)/i.test(Buffer.from(payload.subarray(0, 100)).toString('latin1')))
      const page = isHtml
        ? readHtml(payload, source, observed, charsetOf(contentType))
        : readText(payload, source, observed, charsetOf(contentType))
      page.format = type === 'conversion' ? 'wet' : page.format
      yield page
    } catch (e) {
      yield e instanceof InputError
        ? e
        : new InputError(input, 'input/bad-record', `record ${index}: ${(e as Error).message}`)
    }
  }
}
