// WARC and WET files (warcio): every response, resource or conversion record is a page; WARC-Date is its
// crawl time and WARC-Target-URI its origin. Gzip or not; read as a stream, one record at a time.

import { WARCParser } from 'warcio'
import type { Page } from '../core/doc.js'
import { InputError } from '../core/message.js'
import { readHtml } from './html.js'
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

export async function* readWarc(
  stream: AsyncIterable<Uint8Array>,
  input: string,
  name: string,
  options: WarcOptions = {},
): AsyncGenerator<WarcItem> {
  const max = options.maxRecordBytes ?? 64 * 1024 * 1024
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
    if (!PAGE_TYPES.has(type)) continue
    const url = record.warcTargetURI ?? undefined
    const date = record.warcDate ?? null
    const length = Number(record.warcHeader('Content-Length') ?? 0)
    const source = { input, name: `${name}#${index}`, record: index, url }
    if (length > max) {
      yield new InputError(
        input,
        'input/record-too-large',
        `record ${index} (${url ?? 'no URI'}) is ${length} bytes, over ${max}`,
      )
      continue
    }
    let payload: Uint8Array
    try {
      payload = await record.readFully(true)
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
