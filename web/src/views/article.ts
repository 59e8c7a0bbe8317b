// Article view (#/article/123?event=456): the article text with every actor mention marked and the chosen
// event's evidence highlighted, its events (choosing one moves the highlight), its page and every sighting
// of its story. All text goes in as text nodes (marks.ts).

import { getArticle, type ArticleResponse } from '../api.js'
import { day, done, h, link, loading, outLink } from '../dom.js'
import { renderMarked } from '../marks.js'
import type { Route } from '../route.js'
import { standing } from './common.js'
import type { View } from './view.js'

type ArticleRoute = Extract<Route, { view: 'article' }>
type Event = ArticleResponse['events'][number]

/** The last article shown: choosing another event of it only moves the highlight, without a refetch. */
let last: ArticleResponse | null = null

interface Mark {
  start: number
  end: number
  kind: 'evidence' | 'mention'
  code: string | null
}

export const articleView: View<ArticleRoute> = async (root, route, signal) => {
  let article = last?.id === route.id ? last : null
  if (!article) {
    loading(root, `article ${route.id}`)
    article = await getArticle(route.id, signal)
    done(root)
    last = article
  }
  const selected = article.events.find((e) => e.id === route.event) ?? null
  root.replaceChildren(
    h('p', { class: 'crumbs' }, link({ view: 'events', filters: {}, offset: 0 }, {}, '← Events')),
    header(article),
    h(
      'div',
      { class: 'article-grid' },
      h('article', { class: 'text', lang: 'nl', 'aria-label': 'Article text' }, body(article, selected)),
      h('aside', {}, eventList(article, selected), sources(article)),
    ),
  )
  if (route.event !== undefined && !selected)
    root.insertBefore(
      h('p', { class: 'error', role: 'alert' }, `Event ${route.event} is not in this article.`),
      root.children[2] ?? null,
    )
  document.querySelector<HTMLElement>('mark.evidence')?.scrollIntoView({ block: 'center' })
}

function header(a: ArticleResponse): HTMLElement {
  return h(
    'header',
    { class: 'article-head' },
    h('h1', { tabindex: '-1' }, a.headline ?? h('span', { class: 'muted' }, '(no headline)')),
    h(
      'p',
      { class: 'meta' },
      a.kind === 'teaser' ? h('span', { class: 'tag' }, 'teaser') : null,
      a.dateline.length ? h('span', {}, h('strong', {}, 'Dateline '), a.dateline.join(', ')) : null,
      a.agencies.length ? h('span', {}, h('strong', {}, 'Agencies '), a.agencies.join(', ')) : null,
      h('span', {}, h('strong', {}, 'Date '), day(a.date)),
    ),
  )
}

function body(a: ArticleResponse, selected: Event | null): DocumentFragment {
  const spans: Mark[] = []
  // The evidence first: it stays one element even when a mention crosses its border.
  if (selected) spans.push({ start: selected.start, end: selected.end, kind: 'evidence', code: null })
  for (const m of a.mentions) spans.push({ start: m.start, end: m.end, kind: 'mention', code: m.code })
  return renderMarked(document, a.text, spans, (m) => {
    const el = document.createElement('mark')
    el.className = m.kind
    if (m.kind === 'evidence') {
      el.setAttribute('data-testid', 'evidence')
      el.title = `${selected!.type}: ${selected!.source ?? '?'} → ${selected!.target ?? '?'}`
    } else if (m.code) {
      el.setAttribute('data-code', m.code)
      el.title = m.code
    }
    return el
  })
}

function eventList(a: ArticleResponse, selected: Event | null): HTMLElement {
  return h(
    'section',
    {},
    h('h2', {}, `Events (${a.events.length})`),
    a.events.length
      ? h(
          'ol',
          { class: 'article-events' },
          ...a.events.map((e) =>
            h(
              'li',
              { class: e === selected ? 'selected' : '', 'data-testid': `article-event-${e.id}` },
              link(
                { view: 'article', id: a.id, event: e.id },
                { 'aria-current': e === selected ? 'true' : undefined },
                h('span', { class: `quad q${e.quad}` }, e.type),
                ` ${e.source ?? '?'} → ${e.target ?? '?'}`,
                standing(e) === 'actual' ? '' : h('span', { class: `tag ${standing(e)}` }, standing(e)),
              ),
              h('div', { class: 'small muted' }, e.evidence),
            ),
          ),
        )
      : h('p', { class: 'empty' }, 'No events coded in this article.'),
  )
}

function sources(a: ArticleResponse): HTMLElement {
  const sightings = a.story?.sightings ?? []
  return h(
    'section',
    {},
    h('h2', {}, 'Source'),
    h(
      'p',
      {},
      h('strong', {}, 'Page '),
      a.page.name,
      ' ',
      outLink(a.page.url, 'open'),
      a.page.observedAt ? ` seen ${a.page.observedAt}` : '',
    ),
    a.story
      ? h(
          'div',
          {},
          h(
            'h3',
            {},
            `Story ${a.story.id}: ${sightings.length} sighting${sightings.length === 1 ? '' : 's'}`,
            a.story.firstSeen ? `, first ${a.story.firstSeen}` : '',
          ),
          h(
            'ul',
            { class: 'sightings' },
            ...sightings.map((s) =>
              h(
                'li',
                {},
                s.article === a.id
                  ? h('strong', {}, s.pageName)
                  : link({ view: 'article', id: s.article }, {}, s.pageName),
                ` ${s.seenAt ?? 'time unknown'} `,
                outLink(s.url),
              ),
            ),
          ),
        )
      : null,
  )
}
