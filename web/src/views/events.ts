// Event list (#/events?actor&type&polarity&modality&from&to&q&country): a filter form whose state is the URL, and
// one page of at most 50 events, each linking to its article with the evidence highlighted.

import { EVENT_TYPES } from '../../../src/events/types.js'
import { getEvents } from '../api.js'
import { done, h, link, loading } from '../dom.js'
import { MODALITIES, POLARITIES, formatRoute, type EventFilters, type Route } from '../route.js'
import { eventTable, pager } from './common.js'
import type { View } from './view.js'

type EventsRoute = Extract<Route, { view: 'events' }>

/** The 16 PLOVER event types, in the order of the manual. */
export const PLOVER_TYPES = EVENT_TYPES

export const eventsView: View<EventsRoute> = async (root, route, signal) => {
  const form = filterForm(route.filters, 'events')
  const list = h('section', { class: 'results' })
  root.replaceChildren(
    h('h1', { tabindex: '-1' }, 'Events'),
    form,
    h(
      'p',
      { class: 'muted small' },
      link({ view: 'map', filters: route.filters }, { 'data-testid': 'to-map' }, 'These events on a map'),
    ),
    list,
  )
  loading(list, 'events')
  const page = await getEvents(route.filters, route.offset, signal)
  done(list)
  list.replaceChildren(
    pager(page, { at: (offset) => ({ view: 'events', filters: route.filters, offset }) }),
    eventTable(page.items, `Events ${page.offset + 1}–${page.offset + page.items.length} of ${page.total}`),
    page.total > page.limit
      ? pager(page, { at: (offset) => ({ view: 'events', filters: route.filters, offset }) })
      : '',
  )
}

function select(
  name: string,
  label: string,
  values: readonly string[],
  current: string | undefined,
): HTMLElement {
  return h(
    'label',
    {},
    `${label} `,
    h(
      'select',
      { name },
      h('option', { value: '' }, 'any'),
      ...values.map((v) => h('option', { value: v, selected: v === current }, v.toLowerCase())),
    ),
  )
}

/** The filters of the event list and the map: submitting goes to `view` with the new filters. */
export function filterForm(f: EventFilters, view: 'events' | 'map'): HTMLFormElement {
  const form = h(
    'form',
    { class: 'filters', 'aria-label': 'Filters', role: 'search' },
    h(
      'label',
      {},
      'Actor ',
      h('input', {
        name: 'actor',
        value: f.actor ?? '',
        size: 7,
        placeholder: 'RUS',
        autocapitalize: 'characters',
        pattern: '[A-Za-z][A-Za-z0-9_-]{1,15}',
      }),
    ),
    select('type', 'Type', PLOVER_TYPES, f.type),
    select('polarity', 'Polarity', POLARITIES, f.polarity),
    select('modality', 'Modality', MODALITIES, f.modality),
    h(
      'label',
      {},
      'Place in ',
      h('input', {
        name: 'country',
        value: f.country ?? '',
        size: 4,
        placeholder: 'UKR',
        autocapitalize: 'characters',
        pattern: '[A-Za-z]{3}',
      }),
    ),
    h('label', {}, 'From ', h('input', { type: 'date', name: 'from', value: f.from ?? '' })),
    h('label', {}, 'To ', h('input', { type: 'date', name: 'to', value: f.to ?? '' })),
    h(
      'label',
      { class: 'grow' },
      'Text ',
      h('input', {
        type: 'search',
        name: 'q',
        value: f.q ?? '',
        placeholder: 'words in the evidence or headline',
      }),
    ),
    h('button', { type: 'submit' }, 'Search'),
    h('a', { href: `#/${view}`, class: 'reset' }, 'Clear'),
  )
  form.addEventListener('submit', (ev) => {
    ev.preventDefault()
    const data = new FormData(form)
    const raw = Object.fromEntries([...data.entries()].map(([k, v]) => [k, String(v).trim()]))
    // Round-trip through the route parser so only valid values reach the URL.
    const filters = raw as EventFilters
    const hash = formatRoute(view === 'map' ? { view, filters } : { view, filters, offset: 0 })
    location.hash = hash
  })
  return form
}
