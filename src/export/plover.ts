// Events as PLOVER JSONL (PLOVER v0.8 data format), one record per event, plus Entente's own fields:
// polarity, modality, attribution, the CAMEO root and Goldstein value from the mapping table, the story and
// the place. One record shape for `extract` and `export`: the fields only a page knows (the sentence and
// offsets into the page text, the language, contexts, the mapping version) are null or empty from the store.

import { geolocation, type Geolocation } from '../places/geolocation.js'
import type { EventWriter } from './registry.js'
import type { EventRow } from './rows.js'

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
  text: string | null
  text_info: {
    sequence: number
    start: number
    end: number
    sentence_start: number
    sentence_end: number
  } | null
  cite_info: { url: string | null; language: string | null; coder: string; codebook: string; version: string }
  coder: string
  coded_date: string
  polarity: string
  modality: string
  attribution: { text: string; code: string | null } | null
  plover_score: number
  cameo_root: string
  goldstein: number
  mapping_version: number | null
  /** The story the event belongs to in the store; null straight from a page. */
  story: number | null
  /** Where it happened (src/places), or null. */
  geolocation: Geolocation | null
}

export function ploverRecord(e: EventRow, codedDate: string): PloverRecord {
  const p = e.inPage
  return {
    id: e.key,
    date: e.date ? e.date.slice(0, 10) : null,
    actor: [{ code: e.source }],
    recipient: e.target ? [{ code: e.target }] : [],
    event: [e.type],
    mode: e.mode ? [e.mode] : [],
    context: p?.context ?? [],
    quad_code: e.quad,
    event_text: e.evidence,
    text: p?.sentence ?? null,
    text_info: p
      ? {
          sequence: p.sequence,
          start: p.start,
          end: p.end,
          sentence_start: p.sentenceStart,
          sentence_end: p.sentenceEnd,
        }
      : null,
    cite_info: {
      url: e.url,
      language: p?.language ?? null,
      coder: CODER,
      codebook: 'PLOVER v0.8',
      version: VERSION,
    },
    coder: CODER,
    coded_date: codedDate,
    polarity: e.polarity,
    modality: e.modality,
    attribution: e.attribution ? { text: e.attribution, code: p?.attributionCode ?? null } : null,
    plover_score: e.score,
    cameo_root: e.cameo,
    goldstein: e.goldstein,
    mapping_version: p?.mappingVersion ?? null,
    story: e.story,
    geolocation: geolocation(e.place),
  }
}

/** `codedDate` (YYYY-MM-DD) is the record's `coded_date`. */
export const writer = (codedDate: string): EventWriter => ({
  head: () => '',
  row: (e) => JSON.stringify(ploverRecord(e, codedDate)) + '\n',
  end: () => '',
})
