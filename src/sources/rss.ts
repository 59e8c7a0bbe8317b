// RSS and Atom feeds (@rowanmanning/feed-parser): one page per feed, each item an article of its own.

import { parseFeed } from '@rowanmanning/feed-parser'
import { XMLValidator } from 'fast-xml-parser'
import { parseHTML } from 'linkedom'
import type { FeedItemMeta, Page, PageSource } from '../core/doc.js'
import { InputError } from '../core/message.js'
import { decodeBytes } from './decode.js'
import { domToText } from './html.js'
import { makePage, type ReadOptions } from './page.js'

function htmlFragmentToText(html: string): string {
  if (!/[<&]/.test(html)) return html.trim()
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`)
  return domToText(document.body as never, true).text.trim()
}

function sniffXmlEncoding(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 200)).toString('latin1')
  const m = /<\?xml[^>]*encoding=["']([\w-]+)["']/i.exec(head)
  return m ? m[1]! : null
}

export function readFeed(bytes: Uint8Array, source: PageSource, options: ReadOptions = {}): Page {
  const decoded = decodeBytes(bytes, source.input, sniffXmlEncoding(bytes))
  const messages = [...decoded.messages]
  const check = XMLValidator.validate(decoded.text)
  if (check !== true) {
    const { code, msg, line } = check.err
    // Tags still open at the end: the feed is cut off, and what it held after the cut is lost.
    if (code === 'InvalidXml' && /^Invalid '\[/.test(msg)) {
      const tags = (JSON.parse(msg.slice(9, msg.lastIndexOf(']') + 1)) as string[]).map((t) => `<${t}>`)
      const open =
        tags.length > 6 ? [...tags.slice(0, 4), `…(${tags.length} tags)…`, tags[tags.length - 1]] : tags
      throw new InputError(
        source.input,
        'input/truncated-feed',
        `the feed ends with ${open.join('')} still open: cut off`,
      )
    }
    // Other faults (a bare "&", a mismatched end tag) are common in real feeds; the parser reads past them.
    messages.push({
      ruleId: 'feed/not-well-formed',
      severity: 'warning',
      // The line is the XML's, not the page text's, so it is told in the text.
      text: `not well-formed XML at line ${line}: ${msg}`,
    })
  }
  let feed: ReturnType<typeof parseFeed>
  try {
    feed = parseFeed(decoded.text)
  } catch (e) {
    throw new InputError(
      source.input,
      'input/bad-feed',
      `not a readable RSS or Atom feed (${(e as Error).message})`,
    )
  }
  let text = ''
  const items: FeedItemMeta[] = []
  for (const item of feed.items) {
    const title = item.title?.replace(/\s+/g, ' ').trim() || null
    const body = htmlFragmentToText(item.content ?? item.description ?? '')
    if (!title && !body) continue
    const start = text.length
    text += (title ? `${title}\n\n` : '') + body
    items.push({
      span: { start, end: text.length },
      title,
      published: item.published ? item.published.toISOString() : null,
      url: item.url ?? null,
    })
    text += '\n\n\n'
  }
  const format = /<feed[\s>]/.test(decoded.text.slice(0, 2000)) ? 'atom' : 'rss'
  return makePage({
    source: { ...source, url: source.url ?? feed.url ?? undefined },
    format,
    bytes,
    text,
    encoding: decoded.encoding,
    messages,
    meta: { title: feed.title ?? undefined, items },
    observedAt: options.observedAt,
    observedAtSource: options.observedAtSource,
  })
}

/**
 * A feed cut into one-item feeds (the root element kept, for its namespaces; the channel's own fields left
 * out): each item is then a page whose hash is its content, so an item seen in an earlier poll is known
 * however the feed around it changed. A document with no items is returned whole.
 */
export function splitFeed(bytes: Uint8Array, input: string): Uint8Array[] {
  const text = decodeBytes(bytes, input, sniffXmlEncoding(bytes)).text
  const atom = /<feed[\s>]/.test(text.slice(0, 2000))
  const root = (atom ? /<feed[\s>][^>]*>/ : /<rss[\s>][^>]*>/).exec(text)?.[0]
  const items = text.match(atom ? /<entry[\s>][\s\S]*?<\/entry>/g : /<item[\s>][\s\S]*?<\/item>/g) ?? []
  if (!root || items.length === 0) return [bytes]
  const wrap = (item: string) =>
    atom
      ? `<?xml version="1.0" encoding="UTF-8"?>\n${root}\n${item}\n</feed>\n`
      : `<?xml version="1.0" encoding="UTF-8"?>\n${root}<channel>\n${item}\n</channel></rss>\n`
  return items.map((item) => Buffer.from(wrap(item), 'utf8'))
}
