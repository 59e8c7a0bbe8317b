// The dashboard's entry: reads the hash route, renders its view into <main>, and on every navigation
// cancels the previous view's requests and releases what it held.

import { getStats } from './api.js'
import { done, errorBox, h } from './dom.js'
import { parseRoute, type Route } from './route.js'
import { actorView } from './views/actor.js'
import { articleView } from './views/article.js'
import { dyadView } from './views/dyad.js'
import { eventsView } from './views/events.js'
import { graphView } from './views/graph.js'
import type { View } from './views/view.js'

const app = document.getElementById('app')!
interface Current {
  abort: AbortController
  cleanup: (() => void) | null
  route: Route
}
let current: Current | null = null

const views: { [K in Route['view']]: View<Extract<Route, { view: K }>> } = {
  graph: graphView,
  actor: actorView,
  dyad: dyadView,
  events: eventsView,
  // The map (world outlines, d3-geo) loads when first shown.
  map: async (root, route, signal) => (await import('./views/map.js')).mapView(root, route, signal),
  article: articleView,
  notfound: async (root, route) => {
    root.replaceChildren(
      h('h1', { tabindex: '-1' }, 'Not found'),
      h(
        'p',
        {},
        `There is no view at “${route.path}”. `,
        h('a', { href: '#/' }, 'Back to the relations graph.'),
      ),
    )
  },
}

const titles: Record<Route['view'], (r: Route) => string> = {
  graph: () => 'Relations',
  actor: (r) => (r.view === 'actor' ? r.code : ''),
  dyad: (r) => (r.view === 'dyad' ? `${r.a}–${r.b}` : ''),
  events: () => 'Events',
  map: () => 'Map',
  article: (r) => (r.view === 'article' ? `Article ${r.id}` : ''),
  notfound: () => 'Not found',
}

/** Draws the view of the current route; a refresh (new data, same route) keeps focus and scroll where they are. */
async function render(refresh = false): Promise<void> {
  const route = parseRoute(location.hash)
  const scroll = window.scrollY
  const previous = current
  previous?.abort.abort()
  previous?.cleanup?.()
  const abort = new AbortController()
  const me: Current = { abort, cleanup: null, route }
  current = me
  document.title = `${titles[route.view](route)} · Entente`
  for (const a of document.querySelectorAll<HTMLAnchorElement>('[data-nav]'))
    a.toggleAttribute('aria-current', a.dataset.nav === route.view)
  const view = views[route.view] as View<Route>
  try {
    const cleanup = await view(app, route, abort.signal)
    if (current !== me) cleanup?.()
    else me.cleanup = cleanup ?? null
  } catch (e) {
    if (abort.signal.aborted) return
    done(app)
    app.querySelector('[aria-busy]')?.removeAttribute('aria-busy')
    const busy = app.querySelector('.loading')
    if (busy) busy.replaceWith(errorBox(e), h('p', {}, h('a', { href: '#/' }, '← Relations')))
    else app.replaceChildren(h('h1', { tabindex: '-1' }, 'Something went wrong'), errorBox(e))
  }
  // Moving between views moves focus to the new heading (screen readers announce it); a highlight change
  // within the same article keeps the reader's place.
  const sameArticle =
    previous?.route.view === 'article' && route.view === 'article' && previous.route.id === route.id
  if (refresh) window.scrollTo(0, scroll)
  else if (!sameArticle && current === me)
    app.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true })
}

// Pages keep arriving while the dashboard is open (`entente watch`, POST /api/pages): every REFRESH seconds
// it asks for the store's totals and, when they changed, draws the current view again. `?refresh=N` in the
// address sets another period.
const REFRESH_S = Number(new URLSearchParams(location.search).get('refresh')) || 15
let totals: string | null = null
function lookForNewData(): void {
  if (document.hidden) return
  getStats({}).then(
    (s) => {
      const now = `${s.pages}:${s.articles}:${s.events}`
      if (totals !== null && now !== totals) void render(true)
      totals = now
    },
    // The API being away for a moment is shown by the view when it next loads; nothing to do here.
    () => {},
  )
}
lookForNewData()
setInterval(lookForNewData, REFRESH_S * 1000)

window.addEventListener('hashchange', () => void render())
void render()
