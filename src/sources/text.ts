// Plain-text pages (portal pages saved as text, WET conversion records).

import type { Page, PageSource } from '../core/doc.js'
import { decodeBytes } from './decode.js'
import { makePage, type ReadOptions } from './page.js'

export function readText(
  bytes: Uint8Array,
  source: PageSource,
  options: ReadOptions = {},
  charset?: string | null,
): Page {
  const decoded = decodeBytes(bytes, source.input, charset)
  return makePage({
    source,
    format: 'text',
    bytes,
    text: decoded.text,
    encoding: decoded.encoding,
    messages: decoded.messages,
    observedAt: options.observedAt,
    observedAtSource: options.observedAtSource,
  })
}
