// Dyad view (#/dyad/RUS/CHN?by=month): the pair's timeline as stacked bars by quad class with the mean
// score as a line, drawn as inline SVG; choosing a period lists the events behind it, paged.

import { getEvents, getRelations, type RelationsResponse } from '../api.js'
import { done, errorBox, h, link, loading, score } from '../dom.js'
import { formatRoute, type By, type Route } from '../route.js'
import { QUAD, scoreColour } from '../scale.js'
import { layoutTimeline, periodBounds, type Bar } from '../timeline.js'
import { eventTable, pager } from './common.js'
import type { View } from './view.js'

type DyadRoute = Extract<Route, { view: 'dyad' }>

const SVG = 'http://www.w3.org/2000/svg'

function s<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  ...kids: (Node | string)[]
) {
  const el = document.createElementNS(SVG, tag)
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v))
  for (const k of kids) el.appendChild(typeof k === 'string' ? document.createTextNode(k) : k)
  return el
}

export const dyadView: View<DyadRoute> = async (root, route, signal) => {
  loading(root, `${route.a}–${route.b}`)
  const rel = await getRelations(route.a, route.b, route.by, route, signal)
  done(root)
  const name = (c: string) => rel.names[c] ?? c
  const w = { from: route.from, to: route.to }
  const events = h('section', { class: 'period-events', 'aria-live': 'polite' })
  root.replaceChildren(
    h('p', { class: 'crumbs' }, link({ view: 'graph', ...w }, {}, '← Relations')),
    h(
      'h1',
      { tabindex: '-1' },
      link({ view: 'actor', code: rel.a, ...w }, { class: 'code' }, rel.a),
      ` ${name(rel.a)} – `,
      link({ view: 'actor', code: rel.b, ...w }, { class: 'code' }, rel.b),
      ` ${name(rel.b)}`,
    ),
    summary(rel),
    byForm(route),
    chart(rel, route),
    events,
  )
  if (route.period) await periodEvents(events, route, signal)
  else
    events.replaceChildren(
      h(
        'p',
        { class: 'muted' },
        'Choose a bar to list the events of that period, or ',
        link({ view: 'events', filters: { ...w }, offset: 0 }, {}, 'search all events'),
        '.',
      ),
    )
}

function summary(rel: RelationsResponse): HTMLElement {
  const t = rel.total
  return h(
    'p',
    { class: 'summary' },
    h('strong', {}, `${t.events}`),
    ' asserted events, mean score ',
    h('strong', { style: `color:${scoreColour(t.scoreMean)}` }, score(t.scoreMean)),
    `; not scored: ${t.negated} negated, ${t.alleged} alleged, ${t.hypothetical} hypothetical`,
    rel.undated ? `; ${rel.undated} undated (in the total, not in the chart)` : '',
    '.',
  )
}

function byForm(route: DyadRoute): HTMLElement {
  const select = h(
    'select',
    { name: 'by', id: 'by' },
    ...(['day', 'week', 'month'] as By[]).map((b) => h('option', { value: b, selected: b === route.by }, b)),
  )
  select.addEventListener('change', () => {
    const { period: _drop, ...rest } = route
    location.hash = formatRoute({ ...rest, by: select.value as By })
  })
  return h('div', { class: 'controls' }, h('label', { for: 'by' }, 'Per '), select)
}

/** Why a timeline is empty or short: events whose pages gave no date (and no crawl time was given at ingest). */
export function undatedNote(undated: number, dated: boolean): string | null {
  if (!undated) return null
  const what = undated === 1 ? '1 event between these two is' : `${undated} events between these two are`
  return (
    `${dated ? '' : 'No dated events to chart: '}${what} undated: ` +
    'their pages state no date and no crawl time was given at ingest (entente ingest --observed-at). ' +
    'They are in the totals above, not on the timeline.'
  )
}

function chart(rel: RelationsResponse, route: DyadRoute): HTMLElement {
  const note = undatedNote(rel.undated, rel.points.length > 0)
  if (!rel.points.length)
    return h('p', { class: 'empty' }, note ?? 'No dated events between these two in this window.')
  const box = { width: 0, height: 290, top: 26, right: 44, bottom: 34, left: 44 }
  const avail = Math.max(480, Math.min(1200, document.getElementById('app')?.clientWidth ?? 900) - 8)
  const estimate = layoutTimeline(rel.points, route.by, { ...box, width: avail })
  box.width = Math.max(avail, estimate.bars.length * 8 + box.left + box.right)
  const l = layoutTimeline(rel.points, route.by, box)
  const svg = s('svg', {
    width: box.width,
    height: box.height,
    viewBox: `0 0 ${box.width} ${box.height}`,
    role: 'group',
    'aria-label': `Events per ${route.by} by quad class, with the mean score`,
    class: 'timeline',
  })
  const { plot } = l
  for (const t of l.countTicks) {
    svg.append(
      s('line', { x1: plot.x, x2: plot.x + plot.width, y1: t.y, y2: t.y, class: 'grid' }),
      s('text', { x: plot.x - 6, y: t.y + 4, 'text-anchor': 'end', class: 'tick' }, String(t.value)),
    )
  }
  for (const t of l.scoreTicks)
    svg.append(
      s(
        'text',
        { x: plot.x + plot.width + 6, y: t.y + 4, class: 'tick score' },
        t.value > 0 ? `+${t.value}` : String(t.value),
      ),
    )
  const zero = l.scoreTicks.find((t) => t.value === 0)!
  svg.append(s('line', { x1: plot.x, x2: plot.x + plot.width, y1: zero.y, y2: zero.y, class: 'zero' }))
  for (const b of l.bars) svg.append(bar(b, route))
  for (const run of l.lines) {
    svg.append(
      s('polyline', {
        points: run.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' '),
        class: 'score-line',
      }),
    )
    for (const p of run) svg.append(s('circle', { cx: p.x, cy: p.y, r: 3, class: 'score-dot' }))
  }
  for (const lab of l.labels)
    svg.append(
      s(
        'text',
        { x: lab.x, y: plot.y + plot.height + 18, 'text-anchor': 'middle', class: 'tick' },
        lab.period,
      ),
    )
  svg.append(
    s('text', { x: 4, y: 10, class: 'axis' }, 'events'),
    s('text', { x: box.width - 4, y: 10, 'text-anchor': 'end', class: 'axis' }, 'mean score'),
  )
  const legend = h(
    'ul',
    { class: 'chart-legend' },
    ...([1, 2, 3, 4] as const).map((q) =>
      h('li', {}, h('span', { class: 'swatch', style: `background:${QUAD[q].colour}` }), QUAD[q].name),
    ),
    h('li', {}, h('span', { class: 'swatch line' }), 'Mean score (right axis)'),
  )
  return h(
    'figure',
    { class: 'chart' },
    h('div', { class: 'scroll' }, svg),
    legend,
    ...(note ? [h('figcaption', { class: 'undated' }, note)] : []),
  )
}

function bar(b: Bar, route: DyadRoute): SVGElement {
  const p = b.point
  const count = p ? p.byQuad[1] + p.byQuad[2] + p.byQuad[3] + p.byQuad[4] : 0
  const label = p
    ? `${b.period}: ${count} asserted events, mean ${score(p.scoreMean)}${p.negated + p.alleged + p.hypothetical ? `, ${p.negated + p.alleged + p.hypothetical} not scored` : ''}`
    : `${b.period}: no events`
  const g = s('g', {
    class: `bar${route.period === b.period ? ' selected' : ''}`,
    'data-testid': `period-${b.period}`,
  })
  g.append(s('title', {}, label))
  g.append(s('rect', { x: b.hit.x, y: 0, width: b.hit.width, height: '100%', class: 'hit' }))
  for (const seg of b.segments)
    g.append(
      s('rect', {
        x: b.x,
        y: seg.y,
        width: b.width,
        height: Math.max(0.5, seg.height),
        fill: QUAD[seg.quad].colour,
      }),
    )
  if (p) {
    // A period with events is a link (keyboard and screen readers reach it); empty periods are not.
    const a = s('a', { href: formatRoute({ ...route, period: b.period }), 'aria-label': label })
    a.append(g)
    return a
  }
  return g
}

async function periodEvents(
  root: HTMLElement,
  route: DyadRoute,
  signal: AbortSignal,
  offset = 0,
): Promise<void> {
  const bounds = periodBounds(route.period!)
  if (!bounds) return
  const from = route.from && route.from > bounds.from ? route.from : bounds.from
  const to = route.to && route.to < bounds.to ? route.to : bounds.to
  loading(root, `events of ${route.period}`)
  try {
    const page = await getEvents({ a: route.a, b: route.b, from, to }, offset, signal)
    done(root)
    const nav = pager(page, { go: (o) => void periodEvents(root, route, signal, o) })
    root.replaceChildren(
      h('h2', { tabindex: '-1' }, `Events ${route.a}–${route.b}, ${route.period} (${from} to ${to})`),
      eventTable(page.items, `Events between ${route.a} and ${route.b} in ${route.period}`),
      page.total > page.limit ? nav : '',
    )
  } catch (e) {
    if (signal.aborted) return
    done(root)
    root.replaceChildren(errorBox(e))
  }
}
