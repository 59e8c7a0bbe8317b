// The coded event: its shape, the one builder every rule makes it with (the type's PLOVER/CAMEO facts follow
// from its type and mode), and what the rules read once for all sentences.

import type { EventPlace } from '../core/doc.js'
import type { Span } from '../core/span.js'
import type { Token } from '../actors/normalize.js'
import type { Cue, EventType } from './lexicon.js'
import type { Modality, Polarity } from './polarity.js'
import { MAPPING_VERSION, ploverScore, type TypeFacts } from './scores.js'

export interface CodedEvent {
  type: EventType
  mode: string | null
  source: string | null
  target: string | null
  polarity: Polarity
  modality: Modality
  attribution: { text: string; code: string | null; span: Span } | null
  evidence: Span & { text: string }
  sentence: Span
  cue: Span & { text: string }
  /** PLOVER contexts named by keywords in the sentence (military, economic, diplomatic...). */
  context: string[]
  quad: TypeFacts['quad']
  score: number
  cameo: string
  goldstein: number
  mappingVersion: number
  /** Where it happened: set by the places stage (src/places) after this one. */
  place?: EventPlace | null
}

/** What a rule decides of an event; the rest is its type's mapping facts. */
export type EventParts = Omit<
  CodedEvent,
  'quad' | 'score' | 'cameo' | 'goldstein' | 'mappingVersion' | 'place'
>

/** The event with the PLOVER quad and score (of its mode), CAMEO root and Goldstein value of its type. */
export function codedEvent(mapping: Map<EventType, TypeFacts>, e: EventParts): CodedEvent {
  const facts = mapping.get(e.type)!
  return {
    type: e.type,
    mode: e.mode,
    source: e.source,
    target: e.target,
    polarity: e.polarity,
    modality: e.modality,
    attribution: e.attribution,
    evidence: e.evidence,
    sentence: e.sentence,
    cue: e.cue,
    context: e.context,
    quad: facts.quad,
    score: ploverScore(facts, e.mode),
    cameo: facts.cameoRoot,
    goldstein: facts.goldstein,
    mappingVersion: MAPPING_VERSION,
  }
}

/** The text from `start` to `end` with its offsets: an event's evidence or cue. */
export function quoted(text: string, start: number, end: number): Span & { text: string } {
  return { start, end, text: text.slice(start, end) }
}

/** What the coder reads once: cues, the PLOVER mapping, context keywords and the words for abroad. */
export interface EventLexicon {
  index: Map<string, Cue[]>
  mapping: Map<EventType, TypeFacts>
  contexts: Map<string, string[]>
  abroad: string[][]
}

/** The PLOVER contexts the sentence's keywords name, sorted. */
export function contextsOf(tokens: Token[], contexts: Map<string, string[]>): string[] {
  const out = new Set<string>()
  for (const t of tokens) for (const c of contexts.get(t.norm) ?? []) out.add(c)
  return [...out].sort()
}

/** An act read in a sentence but coded as no event: who did it, and its type. */
export interface ToldAct {
  source: string
  type: EventType
  sentence: Span
}
