// HTML pages: metadata (JSON-LD, OpenGraph, <h1>) gives the headline and dates; the article's own element
// (or Readability, when the markup does not say) gives the body without boilerplate; teaser cards become
// teasers. The page text is laid out as items: the article (headline, blank line, paragraphs), then each
// card. A page where none of this is found is flattened whole, one line per block, for the page rules.

import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import type { Page, PageSource } from '../core/doc.js'
import { InputError } from '../core/message.js'
import type { FeedItemMeta, PageMeta } from '../core/doc.js'
import type { Message } from '../core/message.js'
import { decodeBytes } from './decode.js'
import {
  articleContainer,
  flatten,
  MAX_DEPTH,
  scanDom,
  teaserCards,
  type Card,
  type El,
} from './html-body.js'
import { htmlMeta, jsonLdArticle } from './html-meta.js'
import { makePage, type ReadOptions } from './page.js'

const READABILITY_MAX_DEPTH = 80
const READABILITY_MAX_ELEMENTS = 30_000

/** Nesting deeper than this is refused before parsing: the HTML parser's time grows with depth squared. */
export const MAX_HTML_DEPTH = 10_000
// Elements without content, and elements whose end tag the parser implies (a page of unclosed <p> is flat).
const FLAT = new Set(
  'area base br col embed hr img input link meta param source track wbr p li dt dd option optgroup tr td th thead tbody tfoot rb rt rp'.split(
    ' ',
  ),
)

/**
 * More tags than this are refused before parsing: the parsed document takes about a kilobyte per element
 * (a 7 MB page of 400 000 table cells needed over 1 GB), and a news page has a few thousand.
 */
export const MAX_HTML_TAGS = 150_000

/** How deep the tags nest, estimated from the tags alone, and how many there are: one linear pass. */
function tagShape(html: string): { depth: number; tags: number } {
  const tag = /<(\/?)([a-zA-Z][\w:-]*)[^<>]*?(\/?)>/g
  let depth = 0
  let max = 0
  let tags = 0
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    tags++
    if (m[3] || FLAT.has(m[2]!.toLowerCase())) continue
    if (m[1]) depth = Math.max(0, depth - 1)
    else if (++depth > max) max = depth
  }
  return { depth: max, tags }
}

/** Sniff a charset declared in the first bytes (<meta charset>, http-equiv). */
export function sniffHtmlCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1')
  const m = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)
  return m ? m[1]! : null
}

/** Flatten a DOM to text: one line per block, whitespace collapsed inside a line. */
export function domToText(
  root: El,
  clean = false,
): { text: string; truncatedDepth: boolean; maxDepth: number } {
  return flatten(root, clean)
}

// Navigation and footers are never article text and are often a page's largest menus: not built as DOM.
const RAW_OPEN = /<(script|style|noscript|template|svg|nav|footer)\b/gi

/**
 * Script and style elements go before parsing: most of a page's bytes, and never text. One pass: an
 * element never closed ends the stripping, so a hostile page costs linear time.
 */
export function stripRaw(html: string): string {
  let out = ''
  let from = 0
  RAW_OPEN.lastIndex = 0
  for (let m = RAW_OPEN.exec(html); m; m = RAW_OPEN.exec(html)) {
    const close = indexOfClose(html, m[1]!.toLowerCase(), m.index)
    if (close === -1) break
    out += html.slice(from, m.index)
    from = close
    RAW_OPEN.lastIndex = close
  }
  return from === 0 ? html : out + html.slice(from)
}

function indexOfClose(html: string, name: string, at: number): number {
  const re = new RegExp(`</${name}\\s*>`, 'gi')
  re.lastIndex = at
  const m = re.exec(html)
  return m ? m.index + m[0].length : -1
}

/** Lay out the article and the cards as page text, each an item with its span. */
function layout(
  main: { headline: string | undefined; lines: string[]; published: string | undefined } | null,
  cards: Card[],
): { text: string; items: FeedItemMeta[] } {
  let text = ''
  const items: FeedItemMeta[] = []
  const add = (title: string | null, lines: string[], extra: Omit<FeedItemMeta, 'span' | 'title'>) => {
    const start = text.length
    text += [...(title ? [title] : []), ...lines].join('\n\n')
    items.push({ span: { start, end: text.length }, title, ...extra })
    text += '\n\n\n'
  }
  if (main)
    add(main.headline ?? null, main.lines, { published: main.published ?? null, url: null, kind: 'main' })
  for (const c of cards) {
    if (!c.snippet) continue
    add(c.title, [c.snippet, ...(c.time ? [c.time] : [])], {
      published: c.published,
      url: c.url,
      kind: 'teaser',
    })
  }
  return { text, items }
}

/** The body by Readability, for pages whose markup does not mark the article; null when it finds none. */
function readabilityLines(doc: Document, messages: Message[], maxDepth: number): string[] | null {
  // Readability's time grows steeply with nesting depth and element count: real article pages stay far below.
  if (maxDepth > READABILITY_MAX_DEPTH) {
    messages.push({
      ruleId: 'html/readability',
      severity: 'info',
      text: `Readability skipped: nesting depth ${maxDepth} is over ${READABILITY_MAX_DEPTH}`,
    })
    return null
  }
  try {
    const article = new Readability<El>(doc, {
      maxElemsToParse: READABILITY_MAX_ELEMENTS,
      // Class names stay: they tell share boxes and bylines from text.
      keepClasses: true,
      serializer: (el) => el as unknown as El,
    }).parse()
    if (!article?.content) return null
    const lines = flatten(article.content, true).lines
    return lines.join(' ').length >= 200 ? lines : null
  } catch (e) {
    messages.push({
      ruleId: 'html/readability',
      severity: 'info',
      text: `Readability skipped: ${(e as Error).message}`,
    })
    return null
  }
}

export function readHtml(
  bytes: Uint8Array,
  source: PageSource,
  options: ReadOptions = {},
  charset?: string | null,
): Page {
  // JSON-LD is read from the scripts before they are cut; the repair and the parser see the rest.
  let ld: ReturnType<typeof jsonLdArticle> = null
  const ldMessages: Message[] = []
  const decoded = decodeBytes(bytes, source.input, charset ?? sniffHtmlCharset(bytes), (html) => {
    ld = jsonLdArticle(html, ldMessages)
    return stripRaw(html)
  })
  const messages = [...decoded.messages, ...ldMessages]
  const { depth, tags } = tagShape(decoded.text)
  const where = source.record ? `record ${source.record}: ` : ''
  if (depth > MAX_HTML_DEPTH)
    throw new InputError(
      source.input,
      'input/deep-html',
      `${where}HTML nested ${depth} tags deep, over the limit of ${MAX_HTML_DEPTH}: not a news page`,
    )
  if (tags > MAX_HTML_TAGS)
    throw new InputError(
      source.input,
      'input/large-html',
      `${where}HTML of ${tags} tags, over the limit of ${MAX_HTML_TAGS}: not a news page`,
    )
  const { document } = parseHTML(decoded.text)
  const doc = document as unknown as Document
  const scan = scanDom(doc as unknown as El)
  const meta = htmlMeta(scan, ld)
  const container = articleContainer(scan)
  const cards = teaserCards(scan, container)
  let lines: string[] | null = container ? flatten(container, true).lines : null
  if (!lines && meta.articleBody && meta.articleBody.length >= 200)
    lines = meta.articleBody
      .split(/\n+/)
      .map((l) => l.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
  // Readability changes the document it reads: it runs last, on pages the markup leaves unclear.
  if (!lines && (meta.isArticle || cards.filter((c) => c.snippet).length < 3))
    lines = readabilityLines(doc, messages, depth)
  // The headline printed above the body is not body text.
  if (lines && meta.headline && lines[0] === meta.headline) lines = lines.slice(1)
  const laid =
    lines || cards.some((c) => c.snippet)
      ? layout(lines && { headline: meta.headline, lines, published: meta.published ?? meta.modified }, cards)
      : null
  const pageMeta: PageMeta = {
    title: meta.title,
    published: meta.published ?? meta.modified,
    headline: meta.headline,
    modified: meta.modified,
    author: meta.author,
    section: meta.section,
  }
  let text: string
  if (laid) {
    text = laid.text
    pageMeta.items = laid.items
    if (lines) pageMeta.mainText = lines.join(' ')
  } else {
    // Nothing located: the whole page, one line per block, for the page rules (datelines, teaser lists).
    const root = (doc.body ?? doc.documentElement) as unknown as El | null
    const whole = root ? flatten(root) : { text: '', truncatedDepth: false }
    text = whole.text
    if (whole.truncatedDepth)
      messages.push({
        ruleId: 'html/deep-nesting',
        severity: 'warning',
        text: `HTML nested deeper than ${MAX_DEPTH} elements; deeper content read as plain text`,
      })
  }
  for (const k of Object.keys(pageMeta) as (keyof PageMeta)[])
    if (pageMeta[k] === undefined) delete pageMeta[k]
  return makePage({
    source: { ...source, url: source.url ?? meta.url ?? undefined },
    format: 'html',
    bytes,
    text,
    encoding: decoded.encoding,
    messages,
    meta: pageMeta,
    observedAt: options.observedAt,
    observedAtSource: options.observedAtSource,
  })
}
