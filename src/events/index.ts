// The event stage: PLOVER events between the actors of each sentence, with polarity, modality,
// attribution and the exact evidence span. Rules read the clause: the cue word, the subject before it,
// the object or prepositional phrase after it, passives with "door", and the words that negate, condition
// or distance the claim.
//
// Here: the stage, which codes an article by the model (decide.ts) or by the rules alone. The rules read an article
// sentence by sentence in coder.ts; a cue's act is coded in acts.ts, with who acts on whom from arguments.ts and the
// cues that tell no act from dismissals.ts; rules that read past the sentence (denials, scenes, failed talks) are in
// discourse.ts, and every event is built by codedEvent (coded.ts).

import type { Page } from '../core/doc.js'
import type { Stage } from '../core/pipeline.js'
import { fileURLToPath } from 'node:url'
import { readTsv } from '../actors/kb.js'
import { dropSpanTokens, normalizeWord, tokenize } from '../actors/normalize.js'
import { indexCues, loadCues, type Cue } from './lexicon.js'
import { loadMapping } from './scores.js'
import { decideArticle, eventKey, loadMarkers } from './decide.js'
import { codedSentences, readingContext } from './coder.js'
import { TO_ALL } from './acts.js'
import type { CodedEvent, EventLexicon } from './coded.js'
import { loadModel, type EventModel } from './model.js'

export type { CodedEvent, EventLexicon, ToldAct } from './coded.js'
export type { ArticleContext, CodedSentence } from './coder.js'
export { codedSentences, codeSentence, readingContext } from './coder.js'
export type { Modality, Polarity } from './polarity.js'

declare module '../core/doc.js' {
  interface Article {
    events?: CodedEvent[]
  }
}

export interface EventOptions {
  cues?: Cue[]
  /** The learned decisions; null codes with the rules alone (the rule-only pipeline). */
  model?: EventModel | null
}

const CONTEXTS_FILE = fileURLToPath(new URL('../../data/nl/event-contexts.tsv', import.meta.url))
const ABROAD_FILE = fileURLToPath(new URL('../../data/nl/abroad.tsv', import.meta.url))

/** World regions and words for abroad (data/nl/abroad.tsv), as normalised word sequences. */
export function loadAbroad(path = ABROAD_FILE): string[][] {
  return readTsv(path).map((r) => tokenize(r.form!).map((t) => t.norm))
}

/** Keyword to contexts, from data/nl/event-contexts.tsv. */
export function loadContexts(path = CONTEXTS_FILE): Map<string, string[]> {
  const map = new Map<string, string[]>()
  for (const r of readTsv(path)) {
    for (const w of r.words!.split('|'))
      map.set(normalizeWord(w), [...(map.get(normalizeWord(w)) ?? []), r.context!])
  }
  return map
}

export function eventStage(options: EventOptions = {}): Stage {
  const index = indexCues(options.cues ?? loadCues())
  const mapping = loadMapping()
  const contexts = loadContexts()
  const abroad = loadAbroad()
  for (const t of mapping.keys()) if (!mapping.get(t)) throw new Error(`no mapping for ${t}`)
  const lexicon: EventLexicon = { index, mapping, contexts, abroad }
  const model = options.model === undefined ? loadModel() : options.model
  const markers = loadMarkers()
  return (page: Page) => {
    for (const article of page.articles) {
      if (model) {
        article.events = decideArticle(page.text, article, lexicon, markers, model)
        dropSpanTokens(article)
        continue
      }
      const mentions = (article.actors?.mentions ?? []).filter((m) => m.code && m.rule !== 'dateline')
      const events: CodedEvent[] = []
      const seen = new Set<string>()
      for (const { coded } of codedSentences(page.text, article, mentions, lexicon, readingContext(events))) {
        for (const e of coded) {
          // Meetings, agreements and cooperation are mutual: "X en Y" and "Y en X" tell the same event.
          const key = `${eventKey(e.source, e.target, e.type)}|${e.polarity}`
          if (seen.has(key)) continue
          seen.add(key)
          events.push(e)
        }
      }
      article.events = withoutUntargetedRepeats(events)
      dropSpanTokens(article)
    }
  }
}

/**
 * "Peru weigert" after "Peru weigert Chili toegang": the same act told again without the one it is aimed at is one
 * event, the one with its target. An act on no one named is dropped when the article codes the same actor doing the
 * same act, with the same polarity, on someone.
 */
function withoutUntargetedRepeats(events: CodedEvent[]): CodedEvent[] {
  return events.filter(
    (e) =>
      e.target !== null ||
      TO_ALL.has(e) ||
      !events.some(
        (o) => o.target !== null && o.source === e.source && o.type === e.type && o.polarity === e.polarity,
      ),
  )
}
