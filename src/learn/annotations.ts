// Annotation records: gold answers for items of a corpus file (JSONL with `id` and `text`), kept as character
// offsets into the item's text and labels, so that no news text need be stored with them. A record turns
// back into a gold page with the text it points into.

import { readFileSync } from 'node:fs'
import type { GoldArticle, GoldEvent, GoldPage } from '../eval/gold.js'

export interface Offsets {
  start: number
  end: number
}

export interface RecordEvent extends Omit<GoldEvent, 'evidence'> {
  evidence: Offsets
}

export interface RecordArticle {
  kind: 'main' | 'teaser'
  headline: Offsets | null
  dateline: Offsets[]
  /** Agency names (labels such as ANP, AFP, not text of the item). */
  agencies: string[]
  lead: Offsets
  age: Offsets | null
  actors: string[]
  people: { name: string; actor: string | null }[]
  events: RecordEvent[]
}

export interface AnnotationRecord {
  /** The corpus item's id. */
  id: string
  articles: RecordArticle[]
}

/** The items of a corpus file by id. */
export function readCorpus(path: string): Map<string, string> {
  const items = new Map<string, string>()
  const lines = readFileSync(path, 'utf8').split('\n')
  lines.forEach((line, i) => {
    if (!line.trim()) return
    let item: { id?: unknown; text?: unknown }
    try {
      item = JSON.parse(line) as typeof item
    } catch {
      throw new Error(`${path}:${i + 1}: not JSON`)
    }
    if (typeof item.id !== 'string' || typeof item.text !== 'string')
      throw new Error(`${path}:${i + 1}: an item needs "id" and "text"`)
    items.set(item.id, item.text)
  })
  return items
}

export function readRecords(path: string): AnnotationRecord[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        return JSON.parse(l) as AnnotationRecord
      } catch {
        throw new Error(`${path}:${i + 1}: not JSON`)
      }
    })
}

/** A record as a gold page over its item's text; offsets outside the text are an error naming the record. */
export function recordToGold(record: AnnotationRecord, text: string): GoldPage {
  const cut = (o: Offsets, what: string) => {
    if (!(o.start >= 0 && o.end <= text.length && o.start < o.end))
      throw new Error(`annotation ${record.id}: ${what} offsets ${o.start}-${o.end} outside the text`)
    return text.slice(o.start, o.end)
  }
  return {
    page: `${record.id}.txt`,
    articles: record.articles.map((a): GoldArticle => ({
      kind: a.kind,
      headline: a.headline ? cut(a.headline, 'headline') : null,
      dateline: a.dateline.map((o) => cut(o, 'dateline')),
      agencies: a.agencies,
      lead: cut(a.lead, 'lead').replace(/\s+/g, ' '),
      age: a.age ? cut(a.age, 'age') : null,
      actors: a.actors,
      people: a.people,
      events: a.events.map((e) => ({ ...e, evidence: cut(e.evidence, 'evidence') })),
    })),
  }
}

/** A gold page over `text` as a record: each string is found in the text, from the article's lead on. */
export function goldToRecord(id: string, gold: GoldPage, text: string): AnnotationRecord {
  const find = (s: string, from: number, what: string): Offsets => {
    let at = text.indexOf(s, from)
    if (at < 0) at = text.indexOf(s)
    if (at >= 0 && s) return { start: at, end: at + s.length }
    // Words as written, with any white space between them (a lead may run over a line break).
    const words = s
      .trim()
      .split(/\s+/)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    const m = words[0] ? new RegExp(words.join('\\s+'), 'g') : null
    if (m) {
      m.lastIndex = from
      const found = m.exec(text) ?? ((m.lastIndex = 0), m.exec(text))
      if (found) return { start: found.index, end: found.index + found[0].length }
    }
    throw new Error(`annotation ${id}: ${what} "${s.slice(0, 40)}" is not in the text`)
  }
  let cursor = 0
  return {
    id,
    articles: gold.articles.map((a) => {
      const headline = a.headline ? find(a.headline, cursor, 'headline') : null
      const lead = find(a.lead, headline ? headline.end : cursor, 'lead')
      const from = Math.min(headline?.start ?? lead.start, lead.start)
      cursor = lead.end
      return {
        kind: a.kind,
        headline,
        dateline: a.dateline.map((d) => find(d, from, 'dateline')),
        agencies: a.agencies,
        lead,
        age: a.age ? find(a.age, from, 'age') : null,
        actors: a.actors,
        people: a.people,
        events: a.events.map((e) => ({ ...e, evidence: find(e.evidence, from, 'evidence') })),
      }
    }),
  }
}
