// The counterpart carried over: a reply to what the other side just did is aimed at that side, even when its
// sentence does not name it ("Chili sloot de grens voor Peru. Peru dreigt met tegenmaatregelen." threatens Chile).

import type { Mention } from '../actors/index.js'
import type { Span } from '../core/span.js'
import type { EventType } from './lexicon.js'
import { WORDS } from './words.js'

/** The sentences of the article read so far, this one last, with the paragraph each stands in. */
export interface Told {
  sentences: { span: Span; paragraph: number }[]
}

/**
 * The types of act that answer what the other side did (talks, a threat, a sanction, a concession): measured to
 * go on with the dyad of the sentence before far more often than requests, accusations or deals (data/nl).
 */
export const REPLY_TYPES = WORDS.get('counterpart-types') as Set<string> as ReadonlySet<EventType>

/**
 * For a doer with no one named to act on: the one actor who did something to the doer in the sentence just
 * before, in the same paragraph. Null when none did, or more than one.
 */
export function counterpartOf(
  source: string,
  sentence: Span,
  mentions: Mention[],
  told: Told,
  prior: { source: string | null; target: string | null; sentence: Span }[],
): Mention | null {
  const here = told.sentences.findIndex((s) => s.span.start === sentence.start)
  const before = told.sentences[here - 1]
  if (here < 1 || !before || before.paragraph !== told.sentences[here]!.paragraph) return null
  const doers = new Set(
    prior
      .filter((e) => e.sentence.start === before.span.start && e.target === source && e.source !== source)
      .map((e) => e.source),
  )
  if (doers.size !== 1) return null
  const doer = [...doers][0]
  return [...mentions].reverse().find((m) => m.code === doer && m.end <= sentence.start) ?? null
}
