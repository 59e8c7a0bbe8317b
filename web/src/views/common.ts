// Pieces several views show: the table of events (each row linking to its article, the evidence
// highlighted there) and the pager for paged lists.

import type { EventItem, EventsResponse } from '../api.js'
import { day, h, link, type Child } from '../dom.js'
import type { Route } from '../route.js'
import { QUAD } from '../scale.js'

/** How an event stands: asserted events carry the scores, the rest are shown apart. */
export function standing(e: Pick<EventItem, 'polarity' | 'modality'>): string {
  if (e.polarity === 'negated') return 'negated'
  return e.modality
}

function actorLink(code: string | null): Child {
  return code ? link({ view: 'actor', code }, { class: 'code' }, code) : h('span', { class: 'muted' }, '?')
}

export function eventTable(items: EventItem[], caption: string): HTMLElement {
  if (!items.length) return h('p', { class: 'empty' }, 'No events.')
  const rows = items.map((e) =>
    h(
      'tr',
      { 'data-testid': `event-${e.id}` },
      h('td', { class: 'nowrap' }, day(e.date)),
      h('td', { class: 'nowrap' }, actorLink(e.source), ' → ', actorLink(e.target)),
      h(
        'td',
        { class: 'nowrap' },
        h('span', { class: `quad q${e.quad}`, title: QUAD[e.quad as 1 | 2 | 3 | 4]?.name ?? '' }, e.type),
        e.mode ? h('span', { class: 'muted' }, ` ${e.mode}`) : null,
      ),
      h('td', {}, standing(e) === 'actual' ? '' : h('span', { class: `tag ${standing(e)}` }, standing(e))),
      h(
        'td',
        {},
        link(
          { view: 'article', id: e.article, event: e.id },
          { class: 'evidence-link', 'data-testid': `event-link-${e.id}` },
          e.evidence,
        ),
        e.headline ? h('div', { class: 'muted small' }, e.headline) : null,
        e.place
          ? h(
              'div',
              { class: 'muted small', 'data-testid': `place-${e.id}` },
              `At ${e.place.name}${e.place.precision === 'dateline' ? ' (dateline)' : ''}`,
            )
          : null,
      ),
    ),
  )
  return h(
    'table',
    { class: 'events' },
    h('caption', {}, caption),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ...['Date', 'Actors', 'Type', 'Standing', 'Evidence'].map((x) => h('th', { scope: 'col' }, x)),
      ),
    ),
    h('tbody', {}, ...rows),
  )
}

/**
 * "1–50 of 1234" with previous/next: links to `at(offset)` routes, or buttons calling `go(offset)` when the
 * list is a part of a view that pages in place.
 */
export function pager(
  page: EventsResponse,
  target: { at: (offset: number) => Route } | { go: (offset: number) => void },
): HTMLElement {
  const first = page.total ? page.offset + 1 : 0
  const last = page.offset + page.items.length
  const prev = page.offset > 0 ? Math.max(0, page.offset - page.limit) : null
  const next = last < page.total ? page.offset + page.limit : null
  const control = (offset: number | null, label: string, rel: 'prev' | 'next'): Child => {
    if (offset === null) return h('span', { class: 'muted' }, label)
    if ('at' in target) return link(target.at(offset), { rel, 'data-testid': rel }, label)
    const b = h('button', { type: 'button', class: 'linkish', 'data-testid': rel }, label)
    b.addEventListener('click', () => target.go(offset))
    return b
  }
  return h(
    'nav',
    { class: 'pager', 'aria-label': 'Pages' },
    control(prev, '← Previous', 'prev'),
    h('span', { role: 'status' }, `${first}–${last} of ${page.total}`),
    control(next, 'Next →', 'next'),
  )
}
