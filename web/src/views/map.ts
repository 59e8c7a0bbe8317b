// Map (#/map?actor&type&polarity&modality&from&to&q&country): the events the list's filters select, drawn
// where they happened on world outlines from world-atlas (bundled TopoJSON, projected with d3-geo: no tile
// server, nothing fetched but the API). Events at one place make one point, coloured by the quad class most
// of them have; clicking a point lists its events, each leading to its article with the evidence marked.

import { geoGraticule10, geoNaturalEarth1, geoPath } from 'd3-geo'
import type { FeatureCollection } from 'geojson'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import world from 'world-atlas/countries-110m.json' with { type: 'json' }
import { getMapEvents, MAP_MAX, type EventItem } from '../api.js'
import { done, h, link, loading } from '../dom.js'
import type { Route } from '../route.js'
import { QUAD, sqrtScale } from '../scale.js'
import { eventTable } from './common.js'
import { filterForm } from './events.js'
import type { View } from './view.js'

type MapRoute = Extract<Route, { view: 'map' }>

const SVG = 'http://www.w3.org/2000/svg'
const WIDTH = 960
const HEIGHT = 500

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag)
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v))
  return el
}

let outlines: FeatureCollection | null = null
function countries(): FeatureCollection {
  const topo = world as unknown as Topology<{ countries: GeometryCollection }>
  outlines ??= feature(topo, topo.objects.countries) as FeatureCollection
  return outlines
}

/** Events grouped by the point they were placed at. */
interface Spot {
  key: string
  lat: number
  lon: number
  name: string
  events: EventItem[]
  quad: 1 | 2 | 3 | 4
}

export function spots(items: EventItem[]): Spot[] {
  const byKey = new Map<string, Spot>()
  for (const e of items) {
    if (!e.place) continue
    const key = `${e.place.lat.toFixed(3)},${e.place.lon.toFixed(3)}`
    let s = byKey.get(key)
    if (!s)
      byKey.set(
        key,
        (s = { key, lat: e.place.lat, lon: e.place.lon, name: e.place.name, events: [], quad: 1 }),
      )
    s.events.push(e)
  }
  for (const s of byKey.values()) {
    const count = [0, 0, 0, 0, 0]
    for (const e of s.events) count[e.quad] = (count[e.quad] ?? 0) + 1
    s.quad = ([1, 2, 3, 4] as const).reduce((best, q) => (count[q]! > count[best]! ? q : best), 1)
  }
  // Larger points first, so smaller ones stay on top and clickable.
  return [...byKey.values()].sort((a, b) => b.events.length - a.events.length)
}

export const mapView: View<MapRoute> = async (root, route, signal) => {
  const form = filterForm(route.filters, 'map')
  const body = h('section', { class: 'map-view' })
  root.replaceChildren(
    h('h1', { tabindex: '-1' }, 'Map'),
    form,
    h(
      'p',
      { class: 'muted small' },
      link({ view: 'events', filters: route.filters, offset: 0 }, {}, 'These events as a list'),
    ),
    body,
  )
  loading(body, 'events')
  const page = await getMapEvents(route.filters, signal)
  done(body)
  const list = spots(page.items)
  const placed = list.reduce((n, s) => n + s.events.length, 0)

  const projection = geoNaturalEarth1().fitSize([WIDTH, HEIGHT], { type: 'Sphere' })
  const path = geoPath(projection)
  const map = svg('svg', {
    class: 'world',
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    role: 'img',
    'aria-label': `Map of ${placed} placed events at ${list.length} places`,
  })
  map.append(
    svg('path', { class: 'sphere', d: path({ type: 'Sphere' }) ?? '' }),
    svg('path', { class: 'graticule', d: path(geoGraticule10()) ?? '' }),
  )
  for (const f of countries().features) map.append(svg('path', { class: 'land', d: path(f) ?? '' }))

  const panel = h('div', { class: 'spot-events', 'aria-live': 'polite' })
  const max = list[0]?.events.length ?? 1
  let selected: SVGElement | null = null
  for (const s of list) {
    const at = projection([s.lon, s.lat])
    if (!at) continue
    const r = sqrtScale(s.events.length, max, 4, 16)
    const dot = svg('circle', {
      cx: at[0].toFixed(1),
      cy: at[1].toFixed(1),
      r: r.toFixed(1),
      fill: QUAD[s.quad].colour,
      class: `spot q${s.quad}`,
      tabindex: 0,
      role: 'button',
      'data-testid': `spot-${s.key}`,
      'aria-label': `${s.name}: ${s.events.length} event${s.events.length === 1 ? '' : 's'}`,
    })
    const title = svg('title', {})
    title.textContent = `${s.name}: ${s.events.length} event${s.events.length === 1 ? '' : 's'}`
    dot.append(title)
    const open = () => {
      selected?.classList.remove('selected')
      dot.classList.add('selected')
      selected = dot
      panel.replaceChildren(
        h('h2', {}, s.name),
        eventTable(s.events, `${s.events.length} event${s.events.length === 1 ? '' : 's'} at ${s.name}`),
      )
    }
    dot.addEventListener('click', open)
    dot.addEventListener('keydown', (ev) => {
      if (ev.key === 'Enter' || ev.key === ' ') {
        ev.preventDefault()
        open()
      }
    })
    map.append(dot)
  }

  const legend = h(
    'ul',
    { class: 'legend' },
    ...([1, 2, 3, 4] as const).map((q) =>
      h('li', {}, h('span', { class: 'swatch', style: `background:${QUAD[q].colour}` }), QUAD[q].name),
    ),
  )
  const shown =
    page.total > page.items.length
      ? `The first ${page.items.length} of ${page.total} events (the map shows at most ${MAP_MAX}); `
      : `${page.total} events; `
  body.replaceChildren(
    h('p', { class: 'muted small' }, `${shown}${placed} placed at ${list.length} places.`),
    legend,
    h('div', { class: 'map-frame' }, map),
    list.length ? panel : h('p', { class: 'empty' }, 'No placed events.'),
  )
  if (list.length) panel.append(h('p', { class: 'muted' }, 'Click a point to list its events.'))
}
