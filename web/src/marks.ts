// Text with marked spans, made inert: spans (half-open, in UTF-16 units as the API counts them) become a
// tree of pieces, and the tree becomes DOM through text nodes only, so whatever the page said (a <script>,
// an onerror) stays text.

export interface Span {
  start: number
  end: number
}

/** A piece of marked text: plain text, or a span with the pieces inside it. */
export type Piece<T extends Span> = string | { span: T; children: Piece<T>[] }

interface TreeNode<T extends Span> {
  span: T | null
  start: number
  end: number
  children: TreeNode<T>[]
}

/**
 * Splits `text` into nested pieces. Spans earlier in the list win: a later span that crosses the border of
 * an earlier one is cut into parts that fit inside or around it, so an earlier span (the evidence) always
 * stays one piece. Spans out of range are clipped; empty ones are dropped. Equal ranges nest in list order.
 */
export function markup<T extends Span>(text: string, spans: readonly T[]): Piece<T>[] {
  const root: TreeNode<T> = { span: null, start: 0, end: text.length, children: [] }
  for (const span of spans) {
    const start = Math.max(0, Math.min(text.length, Math.floor(span.start)))
    const end = Math.max(0, Math.min(text.length, Math.floor(span.end)))
    if (!(end > start)) continue
    insert(root, start, end, span)
  }
  return pieces(text, root)
}

function insert<T extends Span>(node: TreeNode<T>, start: number, end: number, span: T): void {
  const inside = node.children.find((c) => c.start <= start && end <= c.end)
  if (inside) return insert(inside, start, end, span)
  // Cut at the borders of children this range crosses (overlaps without containing).
  const cuts = new Set<number>()
  for (const c of node.children) {
    const overlaps = c.start < end && start < c.end
    const contained = start <= c.start && c.end <= end
    if (!overlaps || contained) continue
    if (c.start > start && c.start < end) cuts.add(c.start)
    if (c.end > start && c.end < end) cuts.add(c.end)
  }
  if (cuts.size) {
    const points = [start, ...[...cuts].sort((x, y) => x - y), end]
    for (let i = 0; i + 1 < points.length; i++) insert(node, points[i]!, points[i + 1]!, span)
    return
  }
  const wrapped = node.children.filter((c) => start <= c.start && c.end <= end)
  const rest = node.children.filter((c) => !(start <= c.start && c.end <= end))
  rest.push({ span, start, end, children: wrapped })
  node.children = rest.sort((x, y) => x.start - y.start)
}

function pieces<T extends Span>(text: string, node: TreeNode<T>): Piece<T>[] {
  const out: Piece<T>[] = []
  let at = node.start
  for (const c of node.children) {
    if (c.start > at) out.push(text.slice(at, c.start))
    out.push({ span: c.span!, children: pieces(text, c) })
    at = c.end
  }
  if (node.end > at) out.push(text.slice(at, node.end))
  return out
}

/** The plain text of pieces (equal to the text they came from). */
export function plain<T extends Span>(list: Piece<T>[]): string {
  return list.map((p) => (typeof p === 'string' ? p : plain(p.children))).join('')
}

/**
 * Builds DOM for marked text: `element` makes the (empty) element for a span; its text comes only from
 * text nodes, never from markup.
 */
export function renderMarked<T extends Span>(
  doc: Document,
  text: string,
  spans: readonly T[],
  element: (span: T) => Element,
): DocumentFragment {
  const frag = doc.createDocumentFragment()
  const put = (parent: Node | DocumentFragment, list: Piece<T>[]) => {
    for (const p of list) {
      if (typeof p === 'string') parent.appendChild(doc.createTextNode(p))
      else {
        const el = element(p.span)
        put(el, p.children)
        parent.appendChild(el)
      }
    }
  }
  put(frag, markup(text, spans))
  return frag
}
