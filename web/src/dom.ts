// Building DOM without markup: every string becomes a text node or an attribute value, never HTML, so
// nothing from the API can run. Small helpers the views share (links, tables, loading and error states).

import { ApiError } from './api.js'
import { formatRoute, safeHref, type Route } from './route.js'

export type Child = Node | string | number | null | undefined | false
type Attrs = Record<string, string | number | boolean | null | undefined>

/** An element with attributes (false/null/undefined left out) and children (strings as text nodes). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag)
  for (const [k, v] of Object.entries(attrs)) {
    if (v === false || v === null || v === undefined) continue
    el.setAttribute(k, v === true ? '' : String(v))
  }
  append(el, children)
  return el
}

export function append(parent: Node, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue
    parent.appendChild(
      typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c,
    )
  }
}

/** A link to a dashboard view. */
export function link(route: Route, attrs: Attrs, ...children: Child[]): HTMLAnchorElement {
  return h('a', { ...attrs, href: formatRoute(route) }, ...children)
}

/** A link out to a page, only for http(s) URLs; anything else is shown as text. */
export function outLink(url: string | null | undefined, label?: string): Node {
  const href = safeHref(url)
  if (!href) return document.createTextNode(url ? `${label ?? url} (link not shown)` : '—')
  return h('a', { href, rel: 'noopener noreferrer nofollow', target: '_blank' }, label ?? url!)
}

export function table(caption: string, head: string[], rows: Child[][], attrs: Attrs = {}): HTMLTableElement {
  return h(
    'table',
    attrs,
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, ...head.map((x) => h('th', { scope: 'col' }, x)))),
    h('tbody', {}, ...rows.map((r) => h('tr', {}, ...r.map((c) => h('td', {}, c))))),
  )
}

export function loading(root: HTMLElement, what: string): void {
  root.setAttribute('aria-busy', 'true')
  root.replaceChildren(h('p', { class: 'loading', role: 'status' }, `Loading ${what}…`))
}

export function done(root: HTMLElement): void {
  root.removeAttribute('aria-busy')
}

export function errorBox(e: unknown): HTMLElement {
  const api = e instanceof ApiError ? e : null
  return h(
    'div',
    { class: 'error', role: 'alert', 'data-testid': 'error' },
    h('strong', {}, api ? `Error ${api.status || ''} ${api.code}`.replace(/\s+/g, ' ') : 'Error'),
    ': ',
    api ? api.message : String((e as Error)?.message ?? e),
  )
}

export const num = (n: number | null | undefined, digits = 0) =>
  n === null || n === undefined || !Number.isFinite(n) ? '—' : n.toFixed(digits)

/** A signed score with two decimals (+2.50, −3.00). */
export const score = (n: number | null | undefined) =>
  n === null || n === undefined ? '—' : `${n > 0 ? '+' : n < 0 ? '−' : ''}${Math.abs(n).toFixed(2)}`

export const day = (d: string | null | undefined) => (d ? d.slice(0, 10) : 'undated')
