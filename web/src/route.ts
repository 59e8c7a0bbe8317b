// Hash routes: every view of the dashboard has a URL (`#/actor/RUS?from=...`), parsed here into a typed
// route and formatted back, so links, the back button and bookmarks all go through one place.

export type By = 'day' | 'week' | 'month'

export const POLARITIES = ['asserted', 'negated'] as const
export const MODALITIES = ['actual', 'intended', 'hypothetical', 'alleged'] as const

export interface Window {
  from?: string
  to?: string
}

export interface EventFilters extends Window {
  actor?: string
  type?: string
  polarity?: (typeof POLARITIES)[number]
  modality?: (typeof MODALITIES)[number]
  q?: string
  /** Events placed in this state (ISO 3166-1 alpha-3). */
  country?: string
}

export type Route =
  | ({ view: 'graph' } & Window)
  | ({ view: 'actor'; code: string } & Window)
  | ({ view: 'dyad'; a: string; b: string; by: By; period?: string } & Window)
  | { view: 'events'; filters: EventFilters; offset: number }
  | { view: 'map'; filters: EventFilters }
  | { view: 'article'; id: number; event?: number }
  | { view: 'notfound'; path: string }

const CODE = /^[A-Z][A-Z0-9_-]{1,15}$/
const DATE = /^\d{4}-\d{2}-\d{2}$/
const PERIOD = /^\d{4}(-\d{2}(-\d{2})?|-W\d{2})$/

/** An actor code as the API writes it (RUS, NATO, HAMAS), or undefined. */
export function code(s: string | null | undefined): string | undefined {
  const c = s?.trim().toUpperCase()
  return c && CODE.test(c) ? c : undefined
}

export function date(s: string | null | undefined): string | undefined {
  const d = s?.trim().slice(0, 10)
  return d && DATE.test(d) ? d : undefined
}

function id(s: string | null | undefined): number | undefined {
  if (!s || !/^\d{1,15}$/.test(s)) return undefined
  return Number(s)
}

function oneOf<T extends string>(list: readonly T[], s: string | null): T | undefined {
  return list.find((x) => x === s)
}

function decode(s: string): string | null {
  try {
    return decodeURIComponent(s)
  } catch {
    return null
  }
}

function window(q: URLSearchParams): Window {
  const w: Window = {}
  const from = date(q.get('from'))
  const to = date(q.get('to'))
  if (from) w.from = from
  if (to) w.to = to
  return w
}

/** The event list's filters (shared by the list and the map), only valid values. */
function eventFilters(q: URLSearchParams): EventFilters {
  const filters: EventFilters = { ...window(q) }
  const actor = code(q.get('actor'))
  const type = q.get('type')?.trim().toUpperCase()
  const polarity = oneOf(POLARITIES, q.get('polarity'))
  const modality = oneOf(MODALITIES, q.get('modality'))
  const text = q.get('q')?.trim()
  const country = q.get('country')?.trim().toUpperCase()
  if (actor) filters.actor = actor
  if (type && /^[A-Z]{2,20}$/.test(type)) filters.type = type
  if (polarity) filters.polarity = polarity
  if (modality) filters.modality = modality
  if (text) filters.q = text.slice(0, 200)
  if (country && /^[A-Z]{3}$/.test(country)) filters.country = country
  return filters
}

/** Parses `location.hash` (with or without the leading `#`). Unknown paths give a `notfound` route. */
export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '')
  const qi = raw.indexOf('?')
  const path = qi < 0 ? raw : raw.slice(0, qi)
  const q = new URLSearchParams(qi < 0 ? '' : raw.slice(qi + 1))
  const parts = path.split('/').filter(Boolean).map(decode)
  const notfound: Route = { view: 'notfound', path }
  if (parts.some((p) => p === null)) return notfound
  const [head, x, y, ...rest] = parts as string[]
  if (!head) return { view: 'graph', ...window(q) }
  if (head === 'actor' && x && !y) {
    const c = code(x)
    return c ? { view: 'actor', code: c, ...window(q) } : notfound
  }
  if (head === 'dyad' && x && y && !rest.length) {
    const a = code(x)
    const b = code(y)
    if (!a || !b) return notfound
    const by = oneOf(['day', 'week', 'month'] as const, q.get('by')) ?? 'month'
    const period = q.get('period')
    return { view: 'dyad', a, b, by, ...window(q), ...(period && PERIOD.test(period) ? { period } : {}) }
  }
  if (head === 'events' && !x)
    return { view: 'events', filters: eventFilters(q), offset: id(q.get('offset')) ?? 0 }
  if (head === 'map' && !x) return { view: 'map', filters: eventFilters(q) }
  if (head === 'article' && x && !y) {
    const n = id(x)
    if (n === undefined) return notfound
    const event = id(q.get('event'))
    return event === undefined ? { view: 'article', id: n } : { view: 'article', id: n, event }
  }
  return notfound
}

function query(params: Record<string, string | number | undefined>): string {
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v))
  const s = q.toString()
  return s ? `?${s}` : ''
}

const seg = encodeURIComponent

function filterParams(f: EventFilters): Record<string, string | undefined> {
  return {
    actor: f.actor,
    type: f.type,
    polarity: f.polarity,
    modality: f.modality,
    from: f.from,
    to: f.to,
    q: f.q,
    country: f.country,
  }
}

/** The hash (`#/...`) for a route; parseRoute(formatRoute(r)) gives r back. */
export function formatRoute(r: Route): string {
  switch (r.view) {
    case 'graph':
      return `#/${query({ from: r.from, to: r.to })}`
    case 'actor':
      return `#/actor/${seg(r.code)}${query({ from: r.from, to: r.to })}`
    case 'dyad':
      return `#/dyad/${seg(r.a)}/${seg(r.b)}${query({ by: r.by, from: r.from, to: r.to, period: r.period })}`
    case 'events':
      return `#/events${query({ ...filterParams(r.filters), offset: r.offset || undefined })}`
    case 'map':
      return `#/map${query(filterParams(r.filters))}`
    case 'article':
      return `#/article/${r.id}${query({ event: r.event })}`
    case 'notfound':
      return `#/${r.path.replace(/^\//, '')}`
  }
}

/** The two codes of an undirected pair, sorted: the key of an edge and of its `data-testid`. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}-${b}` : `${b}-${a}`
}

/** The query string for an API call: only set values, in the given order. */
export function apiQuery(params: Record<string, string | number | boolean | undefined | null>): string {
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== '') q.set(k, String(v))
  const s = q.toString()
  return s ? `?${s}` : ''
}

/** Only web links leave the dashboard: a `javascript:` or `data:` URL from a page is shown as text. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null
  try {
    const u = new URL(url)
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null
  } catch {
    return null
  }
}
