// PLOVER JSONL records (PLOVER v0.8 data format) for the events of a page, plus Entente's own fields:
// polarity, modality, attribution, and the CAMEO root and Goldstein value from the mapping table.

import type { Page } from '../core/doc.js'
import { geolocation, type Geolocation } from '../places/geolocation.js'

const CODER = 'entente'
const VERSION = '0.1.0'

export interface PloverRecord {
  id: string
  date: string | null
  actor: { code: string | null }[]
  recipient: { code: string | null }[]
  event: string[]
  mode: string[]
  context: string[]
  quad_code: number
  event_text: string
  text: string
  text_info: { sequence: number; start: number; end: number; sentence_start: number; sentence_end: number }
  cite_info: { url: string | null; language: string | null; coder: string; codebook: string; version: string }
  coder: string
  coded_date: string
  polarity: string
  modality: string
  attribution: { text: string; code: string | null } | null
  plover_score: number
  cameo_root: string
  goldstein: number
  mapping_version: number
  /** Where it happened (src/places), or null. */
  geolocation: Geolocation | null
}

export function ploverRecords(page: Page, codedDate = new Date().toISOString().slice(0, 10)): PloverRecord[] {
  const out: PloverRecord[] = []
  page.articles.forEach((a, ai) => {
    ;(a.events ?? []).forEach((e, ei) => {
      out.push({
        id: `${page.hash.slice(0, 16)}-${ai}-${ei}`,
        // The event's date is the article's own date when the page gives it, else the crawl date, else unknown.
        date: (a.published ?? page.observedAt)?.slice(0, 10) ?? null,
        actor: [{ code: e.source }],
        recipient: e.target ? [{ code: e.target }] : [],
        event: [e.type],
        mode: e.mode ? [e.mode] : [],
        context: e.context,
        quad_code: e.quad,
        event_text: e.evidence.text,
        text: page.text.slice(e.sentence.start, e.sentence.end),
        text_info: {
          sequence: ai,
          start: e.evidence.start,
          end: e.evidence.end,
          sentence_start: e.sentence.start,
          sentence_end: e.sentence.end,
        },
        cite_info: {
          url: page.source.url ?? null,
          language: a.language,
          coder: CODER,
          codebook: 'PLOVER v0.8',
          version: VERSION,
        },
        coder: CODER,
        coded_date: codedDate,
        polarity: e.polarity,
        modality: e.modality,
        attribution: e.attribution ? { text: e.attribution.text, code: e.attribution.code } : null,
        plover_score: e.score,
        cameo_root: e.cameo,
        goldstein: e.goldstein,
        mapping_version: e.mappingVersion,
        geolocation: geolocation(e.place),
      })
    })
  })
  return out
}
