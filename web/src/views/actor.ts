// Actor view (#/actor/RUS): who the actor works with and who it clashes with in the window, with the trend
// against the window before; its asserted events by quad class, the others counted apart; recent events.

import { getActor } from '../api.js'
import type { ActorResponse } from '../api.js'
import { done, h, link, loading, num, score } from '../dom.js'
import type { Route } from '../route.js'
import { QUAD, scoreColour, trendMark } from '../scale.js'
import { eventTable } from './common.js'
import type { View } from './view.js'

type ActorRoute = Extract<Route, { view: 'actor' }>
type Counterpart = ActorResponse['partners'][number]

export const actorView: View<ActorRoute> = async (root, route, signal) => {
  loading(root, route.code)
  const actor = await getActor(route.code, route, signal)
  done(root)
  const w = { from: route.from, to: route.to }
  const t = actor.total
  const windowText = actor.from || actor.to ? `${actor.from ?? '…'} to ${actor.to ?? '…'}` : 'all dates'
  root.replaceChildren(
    h('p', { class: 'crumbs' }, link({ view: 'graph', ...w }, {}, '← Relations')),
    h('h1', { tabindex: '-1' }, h('span', { class: 'code' }, actor.actor), ' ', actor.name),
    h(
      'p',
      { class: 'muted' },
      `Window: ${windowText}. `,
      link(
        { view: 'events', filters: { actor: actor.actor, ...w }, offset: 0 },
        {},
        'All events of this actor →',
      ),
    ),
    h(
      'section',
      { class: 'totals', 'aria-label': 'Totals' },
      h('div', { class: 'stat' }, h('span', { class: 'big' }, t.events), ' asserted events'),
      h(
        'div',
        { class: 'stat' },
        h('span', { class: 'big', style: `color:${scoreColour(t.scoreMean)}` }, score(t.scoreMean)),
        ' mean score',
      ),
      h('div', { class: 'stat' }, h('span', { class: 'big' }, t.stories), ' stories'),
      h(
        'ul',
        { class: 'quads' },
        ...([1, 2, 3, 4] as const).map((q) =>
          h(
            'li',
            {},
            h('span', { class: 'swatch', style: `background:${QUAD[q].colour}` }),
            `${QUAD[q].name}: `,
            h('strong', {}, t.byQuad[q]),
          ),
        ),
      ),
      h(
        'p',
        { class: 'apart' },
        'Not scored: ',
        h('span', { class: 'tag negated' }, `${t.negated} negated`),
        ' ',
        h('span', { class: 'tag alleged' }, `${t.alleged} alleged`),
        ' ',
        h('span', { class: 'tag hypothetical' }, `${t.hypothetical} hypothetical`),
      ),
    ),
    h(
      'div',
      { class: 'columns' },
      counterparts('Partners', 'partners', actor.actor, actor.partners, w),
      counterparts('Adversaries', 'adversaries', actor.actor, actor.adversaries, w),
    ),
    h('h2', {}, 'Recent events'),
    eventTable(actor.recent, `Most recent events of ${actor.actor}`),
  )
}

function counterparts(
  title: string,
  id: string,
  actor: string,
  list: Counterpart[],
  w: { from?: string; to?: string },
): HTMLElement {
  if (!list.length)
    return h('section', {}, h('h2', {}, title), h('p', { class: 'empty' }, 'None in this window.'))
  return h(
    'section',
    {},
    h('h2', {}, title),
    h(
      'table',
      { class: id },
      h('caption', { class: 'visually-hidden' }, `${title} of ${actor}`),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ...['Actor', 'Events', 'Coop.', 'Conflict', 'Score sum', 'Mean', 'Trend', ''].map((x) =>
            h('th', { scope: 'col' }, x),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        ...list.map((c) => {
          const tr = trendMark(c.trend)
          return h(
            'tr',
            {},
            h('td', {}, link({ view: 'actor', code: c.actor, ...w }, { class: 'code' }, c.actor)),
            h('td', { class: 'num' }, c.events),
            h('td', { class: 'num' }, c.cooperation),
            h('td', { class: 'num' }, c.conflict),
            h('td', { class: 'num' }, num(c.scoreSum, 1)),
            h('td', { class: 'num', style: `color:${scoreColour(c.scoreMean)}` }, score(c.scoreMean)),
            h(
              'td',
              { class: `trend ${tr.arrow === '▲' ? 'up' : tr.arrow === '▼' ? 'down' : ''}`, title: tr.label },
              tr.arrow,
              h('span', { class: 'visually-hidden' }, ` ${tr.label}`),
            ),
            h(
              'td',
              {},
              link(
                { view: 'dyad', a: actor, b: c.actor, by: 'month', ...w },
                { 'data-testid': `dyad-${id}-${c.actor}` },
                'timeline →',
              ),
            ),
          )
        }),
      ),
    ),
  )
}
