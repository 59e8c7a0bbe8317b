// The event row every event writer takes: the read model's event (EventItem) with its page's URL and the
// CAMEO root of its type. `export` reads rows from the store; `extract` makes them from a page, and then
// also knows where in the page text each event sits (`inPage`).

import type { Page } from '../core/doc.js'
import type { EventItem } from '../read/contract.js'

export interface EventRow extends EventItem {
  /** A stable record id: `entente-<event id>` from the store, `<page hash>-<article>-<event>` from a page. */
  key: string
  url: string | null
  cameo: string
  /** Where the event sits in its page, when read straight from one (extract); null from the store. */
  inPage: InPage | null
}

export interface InPage {
  /** The article's position on the page. */
  sequence: number
  language: string | null
  /** The evidence's and its sentence's half-open spans into the page text, and the sentence. */
  start: number
  end: number
  sentenceStart: number
  sentenceEnd: number
  sentence: string
  attributionCode: string | null
  context: string[]
  mappingVersion: number
}

/** A store event as a row: its type's CAMEO root comes from the mapping table (`cameoOf`). */
export function storeRow(item: EventItem, cameoOf: (type: string) => string): EventRow {
  return { ...item, key: `entente-${item.id}`, url: null, cameo: cameoOf(item.type), inPage: null }
}

/**
 * A page's events as rows, numbered from `firstId` in page order. An event's date is the article's own date
 * when the page gives it, else the crawl date, else unknown; there are no stories without a store.
 */
export function pageRows(page: Page, firstId = 1): EventRow[] {
  const rows: EventRow[] = []
  page.articles.forEach((a, ai) => {
    ;(a.events ?? []).forEach((e, ei) => {
      const p = e.place ?? null
      rows.push({
        id: firstId + rows.length,
        key: `${page.hash.slice(0, 16)}-${ai}-${ei}`,
        story: null,
        article: ai,
        date: (a.published ?? page.observedAt)?.slice(0, 10) ?? null,
        source: e.source,
        target: e.target,
        type: e.type,
        mode: e.mode,
        polarity: e.polarity,
        modality: e.modality,
        quad: e.quad,
        score: e.score,
        goldstein: e.goldstein,
        evidence: e.evidence.text,
        cue: e.cue.text,
        attribution: e.attribution?.text ?? null,
        headline: a.headline,
        lead: a.lead,
        place: p && {
          name: p.name,
          text: p.text,
          precision: p.precision,
          feature: p.feature,
          country: p.country,
          lat: p.lat,
          lon: p.lon,
        },
        url: page.source.url ?? null,
        cameo: e.cameo,
        inPage: {
          sequence: ai,
          language: a.language,
          start: e.evidence.start,
          end: e.evidence.end,
          sentenceStart: e.sentence.start,
          sentenceEnd: e.sentence.end,
          sentence: page.text.slice(e.sentence.start, e.sentence.end),
          attributionCode: e.attribution?.code ?? null,
          context: e.context,
          mappingVersion: e.mappingVersion,
        },
      })
    })
  })
  return rows
}
