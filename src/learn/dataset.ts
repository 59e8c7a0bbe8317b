// Training examples from annotated pages: each page is read and its actors found as at run time, its
// articles aligned with the gold articles, and every candidate of every sentence labelled with the gold
// events whose evidence lies in that sentence.

import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Article, Page } from '../core/doc.js'
import type { Stage } from '../core/pipeline.js'
import { InputError } from '../core/message.js'
import { readInputs } from '../sources/input.js'
import { parseGold, type GoldArticle, type GoldPage } from '../eval/gold.js'
import { argumentFeatures, articleUnits, attributeFeatures, eventKey } from '../events/decide.js'
import type { EventLexicon } from '../events/index.js'
import type { MarkerWords } from '../events/candidates.js'
import { MODALITIES } from '../events/model.js'
import { EVENT_TYPES, MUTUAL_TYPES } from '../events/types.js'
import type { Example, Group } from './linear.js'
import { readText } from '../sources/text.js'
import { recordToGold, type AnnotationRecord } from './annotations.js'

/** A candidate pair of one sentence: its own features, hashed. */
export interface CandidateRow {
  hashed: Int32Array
  /** `hashed` as the one part scoreSentence reads. */
  parts: [Int32Array]
  /** Indexes of the gold types this pair states in its sentence. */
  positive: number[]
  source: string
  target: string | null
}

/** One sentence: its hashed features, the gold types it states, its candidates. */
export interface SentenceRow {
  features: Int32Array
  types: Uint8Array
  candidates: CandidateRow[]
}

/** One gold article aligned to the engine's reading of it. */
export interface ArticleRows {
  page: string
  sentences: SentenceRow[]
  /** Gold events as keys "source|target|type" (mutual types with the pair sorted). */
  gold: Set<string>
  /** The rule engine's own events, as keys, for comparison. */
  rules: Set<string>
  /** Polarity and modality examples: the gold events found among the candidates. */
  attributes: { features: Int32Array; negated: boolean; modality: number }[]
}

export interface AnnotatedPage {
  name: string
  gold: GoldPage
  page: Page
}

/** Reads every page of `pagesDir` that has a gold file in `goldDir`, running `stages` on it. */
export async function readAnnotated(
  goldDir: string,
  pagesDir: string,
  stages: Stage[],
): Promise<AnnotatedPage[]> {
  const files = (await readdir(goldDir)).filter((f) => f.endsWith('.gold.json')).sort()
  const out: AnnotatedPage[] = []
  for (const f of files) {
    const gold = parseGold(await readFile(join(goldDir, f), 'utf8'), join(goldDir, f))
    const path = join(pagesDir, f.replace(/\.gold\.json$/, ''))
    for await (const item of readInputs([path])) {
      if (item instanceof InputError) throw new Error(`${path}: ${item.message}`)
      for (const stage of stages) stage(item)
      out.push({ name: f, gold, page: item })
    }
  }
  return out
}

/** Pages of annotation records: each record's corpus item read as a plain-text page, `stages` run on it. */
export function readRecordPages(
  records: AnnotationRecord[],
  corpus: Map<string, string>,
  corpusPath: string,
  stages: Stage[],
): AnnotatedPage[] {
  return records.map((record) => {
    const text = corpus.get(record.id)
    if (text === undefined) throw new Error(`annotation ${record.id}: no such item in ${corpusPath}`)
    const gold = recordToGold(record, text)
    const page = readText(new TextEncoder().encode(text), {
      input: `${corpusPath}#${record.id}`,
      name: gold.page,
    })
    for (const stage of stages) stage(page)
    return { name: gold.page, gold, page }
  })
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim()

/** The engine's article that holds a gold article's lead (segmentation may differ in the headline). */
export function alignArticle(page: Page, g: GoldArticle, used: Set<Article>): Article | null {
  const lead = squash(g.lead)
  const exact = page.articles.find((a) => !used.has(a) && squash(a.lead) === lead)
  if (exact) return exact
  return (
    page.articles.find(
      (a) =>
        !used.has(a) &&
        squash(page.text.slice(a.headlineSpan?.start ?? a.body.start, a.body.end)).includes(lead),
    ) ?? null
  )
}

/** Labels the candidates of every aligned article. */
export function articleRows(
  pages: AnnotatedPage[],
  lexicon: EventLexicon,
  markers: MarkerWords,
  bits: number,
): ArticleRows[] {
  const out: ArticleRows[] = []
  for (const { name, gold, page } of pages) {
    const used = new Set<Article>()
    for (const g of gold.articles) {
      const article = alignArticle(page, g, used)
      if (!article) continue
      used.add(article)
      const from = article.headlineSpan?.start ?? article.body.start
      const located = g.events.map((e) => {
        const at = e.evidence ? page.text.indexOf(e.evidence, Math.min(from, article.body.start)) : -1
        return { e, start: at, end: at < 0 ? -1 : at + e.evidence.length }
      })
      const rows: ArticleRows = {
        page: name,
        sentences: [],
        gold: new Set(g.events.map((e) => eventKey(e.source, e.target, e.type))),
        attributes: [],
        rules: new Set(),
      }
      for (const unit of articleUnits(page.text, article, lexicon, markers, bits)) {
        const here = located.filter(
          (l) => l.start >= 0 && l.start < unit.sentence.end && l.end > unit.sentence.start,
        )
        for (const p of unit.proposals) rows.rules.add(eventKey(p.source, p.target, p.type))
        const shared = Int32Array.from(unit.hashed)
        const types = new Uint8Array(EVENT_TYPES.length)
        // The sentence states each type whose gold evidence lies in it, whoever its actors are.
        for (const { e } of here) {
          const k = EVENT_TYPES.indexOf(e.type as (typeof EVENT_TYPES)[number])
          if (k >= 0) types[k] = 1
        }
        const sentence: SentenceRow = { features: shared, types, candidates: [] }
        for (const cand of unit.candidates) {
          const s = cand.source.code
          const t = cand.target?.code ?? null
          const hashed = Int32Array.from(cand.hashed)
          const positive: number[] = []
          for (const { e } of here) {
            const fits =
              (e.source === s && e.target === t) ||
              (MUTUAL_TYPES.has(e.type) && e.source === t && e.target === s)
            const k = EVENT_TYPES.indexOf(e.type as (typeof EVENT_TYPES)[number])
            if (!fits || k < 0 || positive.includes(k)) continue
            positive.push(k)
            types[k] = 1
            rows.attributes.push({
              features: attributeFeatures(shared, hashed, e.type, bits),
              negated: e.polarity === 'negated',
              modality: Math.max(0, MODALITIES.indexOf(e.modality)),
            })
          }
          sentence.candidates.push({ hashed, parts: [hashed], positive, source: s, target: t })
        }
        rows.sentences.push(sentence)
      }
      out.push(rows)
    }
  }
  return out
}

/** Sentence types: one example per sentence, a label per type. */
export function sentenceExamples(rows: ArticleRows[]): Example[] {
  return rows.flatMap((r) => r.sentences.map((s) => ({ features: s.features, labels: s.types })))
}

/** Each sentence and type it states with the type's pair among its candidates, in order: what the argument model learns from. */
function* statedTypes(rows: ArticleRows[]): Generator<{ s: SentenceRow; k: number }> {
  for (const r of rows)
    for (const s of r.sentences)
      for (let k = 0; k < EVENT_TYPES.length; k++)
        if (s.types[k] && s.candidates.some((c) => c.positive.includes(k))) yield { s, k }
}

/** Arguments: in each sentence that states a type, every candidate, labelled whether it is that type's pair. */
export function argumentExamples(rows: ArticleRows[], bits: number): Example[] {
  const out: Example[] = []
  for (const { s, k } of statedTypes(rows))
    for (const c of s.candidates)
      out.push({
        features: argumentFeatures(c.hashed, EVENT_TYPES[k]!, bits),
        labels: Uint8Array.of(c.positive.includes(k) ? 1 : 0),
      })
  return out
}

/** Arguments as choices: per sentence and type it states, its candidates, the type's pairs marked right. */
export function argumentGroups(rows: ArticleRows[], bits: number): Group[] {
  return [...statedTypes(rows)].map(({ s, k }) => ({
    items: s.candidates.map((c) => argumentFeatures(c.hashed, EVENT_TYPES[k]!, bits)),
    positive: Uint8Array.from(s.candidates, (c) => (c.positive.includes(k) ? 1 : 0)),
  }))
}

export function polarityExamples(rows: ArticleRows[]): Example[] {
  return rows.flatMap((r) =>
    r.attributes.map((a) => ({ features: a.features, labels: Uint8Array.of(a.negated ? 1 : 0) })),
  )
}

export function modalityExamples(rows: ArticleRows[]): Example[] {
  return rows.flatMap((r) =>
    r.attributes.map((a) => {
      const labels = new Uint8Array(MODALITIES.length)
      labels[a.modality] = 1
      return { features: a.features, labels }
    }),
  )
}
