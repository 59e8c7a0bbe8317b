// Relations graph (#/): actors sized by events, ties coloured from conflict to cooperation and as wide as
// their event count, nodes coloured by bloc; a time window; and the same data as plain tables below, which
// work without WebGL and are what keyboard users and tests click.

import { getGraph, getStats, type GraphResponse, type StatsResponse } from '../api.js'
import { done, h, link, loading, num, score } from '../dom.js'
import { blocLayout } from '../layout.js'
import { pairKey, type Route } from '../route.js'
import { blocColour, scoreColour, sqrtScale, SCORE_SATURATION } from '../scale.js'
import type { View } from './view.js'

type GraphRoute = Extract<Route, { view: 'graph' }>

/** Rows shown before "show all": big graphs stay quick to draw, all rows are one click away. */
const TABLE_ROWS = 100

export const graphView: View<GraphRoute> = async (root, route, signal) => {
  loading(root, 'the relations graph')
  const [graph, stats] = await Promise.all([
    getGraph(route, signal),
    getStats(route, signal).catch((): StatsResponse | null => null),
  ])
  done(root)
  const from = route.from ?? stats?.firstDate?.slice(0, 10) ?? ''
  const to = route.to ?? stats?.lastDate?.slice(0, 10) ?? ''
  const blocOf = new Map<string, number>()
  for (const b of graph.blocs) for (const m of b.members) if (!blocOf.has(m)) blocOf.set(m, b.id)

  const canvas = h('div', {
    class: 'sigma',
    role: 'img',
    'aria-label': 'Relations graph (the tables below hold the same data)',
  })
  root.replaceChildren(
    h('h1', { tabindex: '-1' }, 'Relations'),
    windowForm(from, to, stats, Boolean(route.from || route.to)),
    graph.nodes.length
      ? h('div', { class: 'graph-wrap' }, canvas, legend(graph, blocOf))
      : h('p', { class: 'empty' }, 'No relations in this window.'),
    nodeTable(graph, blocOf),
    edgeTable(graph),
  )
  if (!graph.nodes.length) return
  return drawGraph(canvas, graph, blocOf, route, signal)
}

function windowForm(from: string, to: string, stats: StatsResponse | null, windowed: boolean): HTMLElement {
  const form = h(
    'form',
    { class: 'window', 'aria-label': 'Time window' },
    h(
      'label',
      {},
      'From ',
      h('input', { type: 'date', name: 'from', value: from, min: stats?.firstDate?.slice(0, 10) }),
    ),
    h(
      'label',
      {},
      'To ',
      h('input', { type: 'date', name: 'to', value: to, max: stats?.lastDate?.slice(0, 10) }),
    ),
    h('button', { type: 'submit' }, 'Show'),
    stats
      ? h(
          'span',
          { class: 'muted small' },
          // The counts follow the window, as the graph does; the articles are the whole store's.
          `${stats.events.toLocaleString('en')} events in ${stats.stories.toLocaleString('en')} stories${windowed ? ' in this window' : ''}; ${stats.articles.toLocaleString('en')} articles in the store`,
        )
      : null,
  )
  form.addEventListener('submit', (ev) => {
    ev.preventDefault()
    const data = new FormData(form)
    const route: GraphRoute = { view: 'graph' }
    const f = String(data.get('from') ?? '')
    const t = String(data.get('to') ?? '')
    if (f) route.from = f
    if (t) route.to = t
    location.hash = link(route, {}).getAttribute('href')!
  })
  return form
}

function legend(graph: GraphResponse, blocOf: Map<string, number>): HTMLElement {
  const loose = graph.nodes.filter((n) => !blocOf.has(n.id)).length
  return h(
    'aside',
    { class: 'legend', 'aria-label': 'Legend' },
    h('h2', {}, 'Blocs'),
    h(
      'ul',
      {},
      ...graph.blocs.map((b) =>
        h(
          'li',
          {},
          h('span', { class: 'swatch', style: `background:${blocColour(b.id)}` }),
          `Bloc ${b.id + 1}: `,
          b.members.slice(0, 8).join(', '),
          b.members.length > 8 ? ` +${b.members.length - 8}` : '',
        ),
      ),
      loose
        ? h(
            'li',
            {},
            h('span', { class: 'swatch', style: `background:${blocColour(null)}` }),
            `No bloc (${loose})`,
          )
        : null,
    ),
    h('h2', {}, 'Ties'),
    h(
      'div',
      { class: 'scale' },
      h('span', {
        class: 'bar',
        style: `background:linear-gradient(to right, ${scoreColour(-SCORE_SATURATION)}, ${scoreColour(0)}, ${scoreColour(SCORE_SATURATION)})`,
      }),
      h('span', { class: 'ends' }, h('span', {}, 'conflict'), h('span', {}, 'cooperation')),
    ),
    h('p', { class: 'muted small' }, 'Colour: mean score. Width: events. Node size: events.'),
  )
}

function limited(rows: HTMLTableRowElement[], tbody: HTMLElement, what: string): HTMLElement | null {
  tbody.append(...rows.slice(0, TABLE_ROWS))
  if (rows.length <= TABLE_ROWS) return null
  const more = h('button', { type: 'button', class: 'more' }, `Show all ${rows.length} ${what}`)
  more.addEventListener('click', () => {
    tbody.append(...rows.slice(TABLE_ROWS))
    more.remove()
  })
  return more
}

function nodeTable(graph: GraphResponse, blocOf: Map<string, number>): HTMLElement {
  const rows = [...graph.nodes]
    .sort((x, y) => y.events - x.events || x.id.localeCompare(y.id))
    .map((n) =>
      h(
        'tr',
        {},
        h(
          'td',
          {},
          link({ view: 'actor', code: n.id }, { 'data-testid': `node-${n.id}`, class: 'code' }, n.id),
        ),
        h('td', {}, n.name),
        h(
          'td',
          { class: 'num', title: n.selfLoops ? `${n.selfLoops} of them on itself` : undefined },
          n.events,
        ),
        h(
          'td',
          {},
          blocOf.has(n.id)
            ? h(
                'span',
                {},
                h('span', { class: 'swatch', style: `background:${blocColour(blocOf.get(n.id))}` }),
                `Bloc ${blocOf.get(n.id)! + 1}`,
              )
            : h('span', { class: 'muted' }, '—'),
        ),
      ),
    )
  const tbody = h('tbody')
  const more = limited(rows, tbody, 'actors')
  return h(
    'section',
    { class: 'half' },
    h(
      'table',
      { class: 'nodes' },
      h('caption', {}, `Actors (${graph.nodes.length})`),
      h(
        'thead',
        {},
        h('tr', {}, ...['Code', 'Name', 'Events', 'Bloc'].map((x) => h('th', { scope: 'col' }, x))),
      ),
      tbody,
    ),
    more,
  )
}

function edgeTable(graph: GraphResponse): HTMLElement {
  const rows = [...graph.edges]
    .sort((x, y) => y.events - x.events || x.a.localeCompare(y.a) || x.b.localeCompare(y.b))
    .map((e) => {
      const [a, b] = e.a < e.b ? [e.a, e.b] : [e.b, e.a]
      return h(
        'tr',
        {},
        h(
          'td',
          {},
          link(
            { view: 'dyad', a, b, by: 'month', from: graph.from ?? undefined, to: graph.to ?? undefined },
            { 'data-testid': `edge-${pairKey(a, b)}`, class: 'code' },
            `${a} – ${b}`,
          ),
        ),
        h('td', { class: 'num' }, e.events),
        h('td', { class: 'num' }, e.cooperation),
        h('td', { class: 'num' }, e.conflict),
        h(
          'td',
          { class: 'num' },
          h('span', { class: 'swatch', style: `background:${scoreColour(e.scoreMean)}` }),
          score(e.scoreMean),
        ),
        h('td', { class: 'num' }, num(e.scoreSum, 1)),
      )
    })
  const tbody = h('tbody')
  const more = limited(rows, tbody, 'ties')
  return h(
    'section',
    { class: 'half' },
    h(
      'table',
      { class: 'edges' },
      h('caption', {}, `Ties (${graph.edges.length})`),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ...['Pair', 'Events', 'Coop.', 'Conflict', 'Mean score', 'Score sum'].map((x) =>
            h('th', { scope: 'col' }, x),
          ),
        ),
      ),
      tbody,
    ),
    more,
  )
}

async function drawGraph(
  container: HTMLElement,
  graph: GraphResponse,
  blocOf: Map<string, number>,
  route: GraphRoute,
  signal: AbortSignal,
): Promise<() => void> {
  const [{ UndirectedGraph }, { default: Sigma }] = await Promise.all([import('graphology'), import('sigma')])
  if (signal.aborted) return () => {}
  const g = new UndirectedGraph()
  const at = blocLayout(graph.nodes, graph.blocs)
  const maxNode = Math.max(1, ...graph.nodes.map((n) => n.events))
  const maxEdge = Math.max(1, ...graph.edges.map((e) => e.events))
  for (const n of graph.nodes) {
    const p = at.get(n.id) ?? { x: 0, y: 0 }
    g.addNode(n.id, {
      x: p.x,
      y: p.y,
      size: sqrtScale(n.events, maxNode, 4, 18),
      // Codes keep labels short enough not to collide; the names are in the table below.
      label: n.id,
      color: blocColour(blocOf.get(n.id)),
    })
  }
  for (const e of graph.edges) {
    if (!g.hasNode(e.a) || !g.hasNode(e.b) || g.hasEdge(e.a, e.b)) continue
    g.addEdgeWithKey(`${e.a}|${e.b}`, e.a, e.b, {
      size: sqrtScale(e.events, maxEdge, 1, 8),
      color: scoreColour(e.scoreMean),
      label: `${e.a}–${e.b}: ${e.events} events, mean ${score(e.scoreMean)}`,
    })
  }
  let renderer: InstanceType<typeof Sigma>
  try {
    renderer = new Sigma(g, container, {
      enableEdgeEvents: true,
      renderEdgeLabels: false,
      // Small graphs label every actor; large ones only those drawn big enough to read.
      labelRenderedSizeThreshold: graph.nodes.length <= 60 ? 0 : 6,
      labelDensity: graph.nodes.length <= 60 ? 10 : 0.1,
      labelFont: 'system-ui, sans-serif',
      zIndex: true,
    })
  } catch (e) {
    container.replaceChildren(
      h(
        'p',
        { class: 'empty' },
        `The graph cannot be drawn here (${(e as Error).message}); the tables below hold the same data.`,
      ),
    )
    return () => {}
  }
  const w = { from: graph.from ?? route.from, to: graph.to ?? route.to }
  renderer.on('clickNode', ({ node }) => {
    location.hash = link({ view: 'actor', code: node, ...w }, {}).getAttribute('href')!
  })
  renderer.on('clickEdge', ({ edge }) => {
    const [a, b] = g.extremities(edge).sort()
    location.hash = link({ view: 'dyad', a: a!, b: b!, by: 'month', ...w }, {}).getAttribute('href')!
  })
  const pointer = (on: boolean) => () => (container.style.cursor = on ? 'pointer' : '')
  renderer.on('enterNode', pointer(true))
  renderer.on('leaveNode', pointer(false))
  renderer.on('enterEdge', pointer(true))
  renderer.on('leaveEdge', pointer(false))
  return () => renderer.kill()
}
