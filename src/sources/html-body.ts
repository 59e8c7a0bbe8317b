// Where an HTML page's article is, and its text without boilerplate, by general signals only (no site
// lists): the element that holds the article's paragraphs, blocks made mostly of links, hidden and
// button-like elements, navigation, figures and share/related/paywall boxes named as such in the markup;
// and teaser cards (a heading, a link, a snippet) outside the article.

export interface El {
  nodeType: number
  nodeName: string
  textContent: string | null
  childNodes: ArrayLike<El>
  parentNode?: El | null
  getAttribute?(name: string): string | null
  querySelectorAll?(sel: string): ArrayLike<El>
  querySelector?(sel: string): El | null
}

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

/** Dropped from an article's body: not its text. */
const DROP_IN_BODY = new Set([
  'NAV',
  'FOOTER',
  'ASIDE',
  'FIGURE',
  'FIGCAPTION',
  'HEADER',
  'H1',
  'MENU',
  'DIALOG',
])

const BLOCK = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR DD DETAILS DIALOG DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TD TH TR UL TIME'.split(
    ' ',
  ),
)

/** Class or id words that name a box which is not article text, in any site's markup. */
const BOILERPLATE_NAME =
  /(?:^|[\s_-])(?:share|sharing|social|related|recommend\w*|newsletter|cookie\w*|consent|paywall|subscribe|subscription|promo|advert\w*|ad|ads|banner|breadcrumbs?|comments?|byline|meta|caption|credit|toolbar|sidebar|popup|modal)(?:$|[\s_-])/i

/** Boxes whose headings are not teasers: comments, consent and sign-up boxes. */
const NOT_CARDS =
  /(?:^|[\s_-])(?:comments?|reply|respond|discussion|cookie\w*|consent|newsletter|paywall)(?:$|[\s_-])/i

const ROLE_DROP = new Set([
  'navigation',
  'button',
  'complementary',
  'banner',
  'contentinfo',
  'dialog',
  'menu',
])

/** Nesting past this is read as plain text: the walk must stay linear on hostile pages. */
export const MAX_DEPTH = 400

function attr(node: El, name: string): string | null {
  return node.getAttribute ? node.getAttribute(name) : null
}

function isBoilerplateBox(node: El): boolean {
  if (attr(node, 'hidden') !== null || attr(node, 'aria-hidden') === 'true') return true
  const role = attr(node, 'role')
  if (role && ROLE_DROP.has(role)) return true
  const names = `${attr(node, 'class') ?? ''} ${attr(node, 'id') ?? ''}`
  return names.length > 1 && BOILERPLATE_NAME.test(names)
}

export interface Flattened {
  text: string
  lines: string[]
  truncatedDepth: boolean
  maxDepth: number
}

/**
 * Flatten a DOM to lines, one per block, whitespace collapsed inside a line. With `clean`, boilerplate goes:
 * boxes named or marked as such, navigation, figures, and lines more than half of whose text is links.
 */
export function flatten(root: El, clean = false): Flattened {
  const lines: string[] = []
  let current = ''
  let linked = 0
  let inLink = 0
  let truncatedDepth = false
  let maxDepth = 0
  const flush = () => {
    const t = current.replace(/[ \t\r\n\u00a0]+/g, ' ').trim()
    // A block mostly of links is navigation, a "read also" list or a row of share buttons.
    if (t && !(clean && linked > 0 && linked / current.length > 0.5)) lines.push(t)
    current = ''
    linked = 0
  }
  // Iterative walk: deeply nested HTML must not overflow the stack.
  const stack: { node: El; depth: number; exit?: 'block' | 'link' }[] = [{ node: root, depth: 0 }]
  while (stack.length > 0) {
    const { node, depth, exit } = stack.pop()!
    if (exit === 'block') {
      flush()
      continue
    }
    if (exit === 'link') {
      inLink--
      continue
    }
    if (node.nodeType === 3) {
      const t = node.textContent ?? ''
      current += t
      if (inLink > 0) linked += t.length
      continue
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue
    const name = node.nodeName.toUpperCase()
    if (DROP.has(name)) continue
    if (clean && node !== root && (DROP_IN_BODY.has(name) || isBoilerplateBox(node))) continue
    if (depth > maxDepth) maxDepth = depth
    if (depth > MAX_DEPTH) {
      truncatedDepth = true
      current += ' ' + (node.textContent ?? '')
      continue
    }
    if (BLOCK.has(name)) {
      flush()
      stack.push({ node, depth, exit: 'block' })
    } else if (name === 'A') {
      inLink++
      stack.push({ node, depth, exit: 'link' })
    }
    const kids = node.childNodes
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, depth: depth + 1 })
  }
  flush()
  // A blank line between blocks, as text pages have between paragraphs.
  return { text: lines.join('\n\n') + (lines.length ? '\n' : ''), lines, truncatedDepth, maxDepth }
}

interface Size {
  headings: number
  chars: number
  /** Characters of text inside <p> elements. */
  pChars: number
  /** <article> elements inside (itself not counted). */
  articles: number
}

/** What one walk over the document finds: sizes of every element, and the elements later steps look for. */
export interface DomScan {
  sizes: Map<El, Size>
  /** <article>, <main> and role=main elements, in document order. */
  articles: El[]
  mains: El[]
  headings: El[]
  metas: El[]
  marked: El | null
  h1: El | null
  time: El | null
  title: El | null
  canonical: El | null
}

const HEADING_NAMES = new Set(['H2', 'H3', 'H4', 'H5'])

/** One iterative walk (post-order for sizes): a dozen selector queries would each walk the document again. */
export function scanDom(root: El): DomScan {
  const scan: DomScan = {
    sizes: new Map(),
    articles: [],
    mains: [],
    headings: [],
    metas: [],
    marked: null,
    h1: null,
    time: null,
    title: null,
    canonical: null,
  }
  const stack: { node: El; exit: boolean }[] = [{ node: root, exit: false }]
  while (stack.length > 0) {
    const { node, exit } = stack.pop()!
    if (node.nodeType !== 1 && node.nodeType !== 9) continue
    const name = node.nodeName.toUpperCase()
    if (!exit) {
      // Pre-order: elements in document order.
      if (name === 'ARTICLE') scan.articles.push(node)
      else if (name === 'MAIN' || attr(node, 'role') === 'main') scan.mains.push(node)
      else if (HEADING_NAMES.has(name)) scan.headings.push(node)
      else if (name === 'META') scan.metas.push(node)
      else if (name === 'H1') scan.h1 ??= node
      else if (name === 'TIME' && !scan.time && attr(node, 'datetime')) scan.time = node
      else if (name === 'TITLE') scan.title ??= node
      else if (name === 'LINK' && !scan.canonical && attr(node, 'rel') === 'canonical') scan.canonical = node
      if (!scan.marked && attr(node, 'itemprop') === 'articleBody') scan.marked = node
      stack.push({ node, exit: true })
      const kids = node.childNodes
      for (let i = kids.length - 1; i >= 0; i--)
        if (kids[i]!.nodeType !== 3) stack.push({ node: kids[i]!, exit: false })
      continue
    }
    const size: Size = { headings: HEADING_NAMES.has(name) ? 1 : 0, chars: 0, pChars: 0, articles: 0 }
    const kids = node.childNodes
    for (let i = 0; i < kids.length; i++) {
      const k = kids[i]!
      if (k.nodeType === 3) size.chars += k.textContent?.length ?? 0
      else {
        const m = scan.sizes.get(k)
        if (!m) continue
        size.headings += m.headings
        size.chars += m.chars
        size.pChars += m.pChars
        size.articles += m.articles + (k.nodeName.toUpperCase() === 'ARTICLE' ? 1 : 0)
      }
    }
    if (name === 'P') size.pChars = size.chars
    scan.sizes.set(node, size)
  }
  return scan
}

/**
 * The element holding the article's text: one marked as the article body, else the <article> (or main
 * element) with the most paragraph text, when that text is long enough to be an article.
 */
export function articleContainer(scan: DomScan): El | null {
  const size = (el: El) => scan.sizes.get(el) ?? { pChars: 0, chars: 0, articles: 0, headings: 0 }
  if (scan.marked && size(scan.marked).chars > 200) return scan.marked
  for (const found of [scan.articles, scan.mains]) {
    let best: El | null = null
    let bestChars = 0
    for (const el of found) {
      // An element holding several <article>s is a list of teasers, not an article.
      if (size(el).articles >= 3) continue
      if (size(el).pChars > bestChars) {
        best = el
        bestChars = size(el).pChars
      }
    }
    if (best && bestChars >= 150) return best
  }
  return null
}

export interface Card {
  title: string
  snippet: string
  /** A time or age printed on the card ("10 minuten geleden"). */
  time: string | null
  /** The machine-readable time of that element (datetime attribute). */
  published: string | null
  url: string | null
}

function inside(node: El, container: El | null): boolean {
  for (let p: El | null | undefined = node; p; p = p.parentNode) if (p === container) return true
  return false
}

/**
 * Teaser cards: the largest element around a heading that holds no other heading and little text (a card:
 * heading, link, snippet), outside the article and outside navigation.
 */
export function teaserCards(scan: DomScan, article: El | null): Card[] {
  const cards: Card[] = []
  const seen = new Set<El>()
  const sizes = scan.sizes
  for (const h of scan.headings) {
    if (cards.length >= 500) break
    if (article && inside(h, article)) continue
    let card = h
    // Inside navigation or a comments box: not a card.
    let nav = false
    for (let p = h.parentNode; p && p.nodeType === 1; p = p.parentNode) {
      const name = p.nodeName.toUpperCase()
      if (name === 'NAV' || attr(p, 'role') === 'navigation') nav = true
      if (NOT_CARDS.test(`${attr(p, 'class') ?? ''} ${attr(p, 'id') ?? ''}`)) nav = true
      if (name === 'BODY' || name === 'MAIN' || name === 'NAV' || name === 'FOOTER') break
      const size = sizes.get(p)
      if (!size || size.headings > 1 || size.chars > 1200) break
      card = p
    }
    if (nav || card === h || seen.has(card)) continue
    seen.add(card)
    const title = (h.textContent ?? '').replace(/\s+/g, ' ').trim()
    if (title.split(' ').length < 2) continue
    const snippetEl = card.querySelector?.('p')
    const timeEl = card.querySelector?.('time')
    const link = h.querySelector?.('a[href]') ?? card.querySelector?.('a[href]')
    cards.push({
      title,
      snippet: (snippetEl?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      time: timeEl ? (timeEl.textContent ?? '').replace(/\s+/g, ' ').trim() || null : null,
      url: link ? attr(link, 'href') : null,
      published: timeEl ? attr(timeEl, 'datetime') : null,
    })
  }
  return cards
}
