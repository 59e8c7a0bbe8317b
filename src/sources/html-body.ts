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

function paragraphChars(el: El): number {
  let n = 0
  const ps = el.querySelectorAll?.('p') ?? []
  for (let i = 0; i < ps.length; i++) n += (ps[i]!.textContent ?? '').trim().length
  return n
}

/**
 * The element holding the article's text: one marked as the article body, else the <article> (or main
 * element) with the most paragraph text, when that text is long enough to be an article.
 */
export function articleContainer(doc: El): El | null {
  const marked = doc.querySelector?.('[itemprop="articleBody"]')
  if (marked && paragraphChars(marked) + (marked.textContent?.length ?? 0) > 200) return marked
  let best: El | null = null
  let bestChars = 0
  for (const sel of ['article', 'main', '[role="main"]']) {
    const found = doc.querySelectorAll?.(sel) ?? []
    for (let i = 0; i < found.length; i++) {
      // An element holding several <article>s is a list of teasers, not an article.
      if ((found[i]!.querySelectorAll?.('article').length ?? 0) >= 3) continue
      const chars = paragraphChars(found[i]!)
      if (chars > bestChars) {
        best = found[i]!
        bestChars = chars
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

const HEADINGS = 'h2, h3, h4, h5'
const HEADING_NAMES = new Set(['H2', 'H3', 'H4', 'H5'])

/** Headings and text characters under every element, in one walk (the card search asks for them often). */
function measure(root: El): Map<El, { headings: number; chars: number }> {
  const sizes = new Map<El, { headings: number; chars: number }>()
  const stack: { node: El; exit: boolean }[] = [{ node: root, exit: false }]
  while (stack.length > 0) {
    const { node, exit } = stack.pop()!
    if (node.nodeType !== 1 && node.nodeType !== 9) continue
    if (!exit) {
      stack.push({ node, exit: true })
      const kids = node.childNodes
      for (let i = kids.length - 1; i >= 0; i--)
        if (kids[i]!.nodeType !== 3) stack.push({ node: kids[i]!, exit: false })
      continue
    }
    let headings = HEADING_NAMES.has(node.nodeName.toUpperCase()) ? 1 : 0
    let chars = 0
    const kids = node.childNodes
    for (let i = 0; i < kids.length; i++) {
      const k = kids[i]!
      if (k.nodeType === 3) chars += k.textContent?.length ?? 0
      else {
        const m = sizes.get(k)
        if (m) {
          headings += m.headings
          chars += m.chars
        }
      }
    }
    sizes.set(node, { headings, chars })
  }
  return sizes
}

/**
 * Teaser cards: the largest element around a heading that holds no other heading and little text (a card:
 * heading, link, snippet), outside the article and outside navigation.
 */
export function teaserCards(doc: El, article: El | null): Card[] {
  const heads = doc.querySelectorAll?.(HEADINGS) ?? []
  if (heads.length === 0) return []
  const cards: Card[] = []
  const seen = new Set<El>()
  const sizes = measure(doc)
  for (let i = 0; i < heads.length && cards.length < 500; i++) {
    const h = heads[i]!
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
