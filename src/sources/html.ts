// HTML pages: the DOM is flattened to text lines (block elements break lines) so the page rules can find
// datelines and teaser lists; Readability (over linkedom) locates the main article and gives the title.

import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import type { Page, PageSource } from '../core/doc.js'
import { InputError } from '../core/message.js'
import { decodeBytes } from './decode.js'
import { makePage, type ReadOptions } from './page.js'

const DROP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'HEAD',
  'BUTTON',
  'SELECT',
  'FORM',
])
const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
  'TIME',
])
const MAX_DEPTH = 400
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

interface DomNode {
  nodeType: number
  nodeName: string
  textContent: string | null
  childNodes: ArrayLike<DomNode>
}

/** Flatten a DOM to text: one line per block, whitespace collapsed inside a line. */
export function domToText(root: DomNode): { text: string; truncatedDepth: boolean; maxDepth: number } {
  const lines: string[] = []
  let current = ''
  let truncatedDepth = false
  let maxDepth = 0
  const flush = () => {
    const t = current.replace(/[ \t\r\n\u00a0]+/g, ' ').trim()
    if (t) lines.push(t)
    current = ''
  }
  // Iterative walk: deeply nested HTML must not overflow the stack.
  const stack: { node: DomNode; depth: number; exit?: boolean }[] = [{ node: root, depth: 0 }]
  while (stack.length > 0) {
    const { node, depth, exit } = stack.pop()!
    if (exit) {
      flush()
      continue
    }
    if (node.nodeType === 3) {
      current += node.textContent ?? ''
      continue
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue
    const name = node.nodeName.toUpperCase()
    if (DROP.has(name)) continue
    if (depth > maxDepth) maxDepth = depth
    if (depth > MAX_DEPTH) {
      truncatedDepth = true
      current += ' ' + (node.textContent ?? '')
      continue
    }
    const block = BLOCK.has(name)
    if (block) {
      flush()
      stack.push({ node, depth, exit: true })
    }
    const kids = node.childNodes
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, depth: depth + 1 })
  }
  flush()
  // A blank line between blocks, as text pages have between paragraphs.
  return { text: lines.join('\n\n') + (lines.length ? '\n' : ''), truncatedDepth, maxDepth }
}

function metaContent(doc: Document, selectors: string[]): string | undefined {
  for (const sel of selectors) {
    const v = doc.querySelector(sel)?.getAttribute('content')?.trim()
    if (v) return v
  }
  return undefined
}

export function readHtml(
  bytes: Uint8Array,
  source: PageSource,
  options: ReadOptions = {},
  charset?: string | null,
): Page {
  const decoded = decodeBytes(bytes, source.input, charset ?? sniffHtmlCharset(bytes))
  const messages = [...decoded.messages]
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
  const title =
    metaContent(doc, ['meta[property="og:title"]', 'meta[name="twitter:title"]']) ??
    doc.querySelector('title')?.textContent?.trim() ??
    undefined
  const published = metaContent(doc, [
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[name="pubdate"]',
    'meta[name="date"]',
    'meta[itemprop="datePublished"]',
  ])
  const url =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    metaContent(doc, ['meta[property="og:url"]'])
  const body = (doc.body ?? doc.documentElement) as unknown as DomNode | null
  const { text, truncatedDepth, maxDepth } = body
    ? domToText(body)
    : { text: '', truncatedDepth: false, maxDepth: 0 }
  if (truncatedDepth) {
    messages.push({
      ruleId: 'html/deep-nesting',
      severity: 'warning',
      text: `HTML nested deeper than ${MAX_DEPTH} elements; deeper content read as plain text`,
    })
  }
  let mainText: string | undefined
  // Readability's time grows steeply with nesting depth and element count: real article pages stay far below.
  if (maxDepth <= READABILITY_MAX_DEPTH) {
    try {
      const article = new Readability(parseHTML(decoded.text).document as unknown as Document, {
        maxElemsToParse: READABILITY_MAX_ELEMENTS,
      }).parse()
      if (article?.textContent) mainText = article.textContent.replace(/\s+/g, ' ').trim()
    } catch (e) {
      messages.push({
        ruleId: 'html/readability',
        severity: 'info',
        text: `Readability skipped: ${(e as Error).message}`,
      })
    }
  } else {
    messages.push({
      ruleId: 'html/readability',
      severity: 'info',
      text: `Readability skipped: nesting depth ${maxDepth} is over ${READABILITY_MAX_DEPTH}`,
    })
  }
  return makePage({
    source: { ...source, url: source.url ?? url ?? undefined },
    format: 'html',
    bytes,
    text,
    encoding: decoded.encoding,
    messages,
    meta: { title, published: published ?? undefined, mainText },
    observedAt: options.observedAt,
    observedAtSource: options.observedAtSource,
  })
}
