// A person of one state told to be in another: "De Chileense president is vandaag in Peru", "Boric en zijn
// minister zijn zondag in Lima voor de viering". With no word of visiting, being there is a visit to that state
// (CONSULT), as "op bezoek in" is.

import type { Mention } from '../actors/index.js'
import type { Token } from '../actors/normalize.js'
import type { CueMatch } from './lexicon.js'
import { W, WORDS } from './words.js'

/** The verbs of being somewhere: "is", "zijn", "was", "waren". */
const PRESENT = WORDS.get('present-verbs')
/** Titles after a state's adjective that make it a person ("de Chileense president"). */
const VISITOR_TITLES = WORDS.get('visitor-titles')
/** Words that may follow the place of the stay: a purpose, an occasion ("voor de top", "om te praten"). */
const STAY_AFTER = WORDS.get('stay-after')
/** Cities where a visit is to an organisation seated there ("in Brussel"), not to their state. */
const SEATS = WORDS.get('seat-cities')
/** Subject pronouns: "stierf hij in": the verb was a possessive ("zijn advocaat"). */
const PRONOUNS = WORDS.get('subject-pronouns')
/** Nouns of a place after a state's adjective: "in de Iraanse hoofdstad". */
const PLACE_NOUNS = WORDS.get('place-nouns')
/** Words between the place's "in" and the place: "in het Peruaanse Lima". */
const ARTICLES = WORDS.get('definite-articles')

/** How many words may stand between the verb and "in": "is vandaag opnieuw in". */
const STAY_REACH = 5

export interface Stay {
  /** Who is there: people of a state, or a state's title holder. */
  visitors: Mention[]
  /** The state (or its capital or city) where they are. */
  host: Mention
  /** A "niet" between the verb and the place. */
  negated: boolean
}

/**
 * The visitors of a state a sentence tells to be there with a verb of being ("is ... in Peru"), when no cue of talks
 * or visits in it codes the meeting already; null when it tells of no such stay.
 */
export function stayAbroad(
  text: string,
  tokens: Token[],
  cues: CueMatch[],
  mentions: Mention[],
  tokenAt: (offset: number) => number,
): Stay | null {
  if (cues.some((c) => c.cue.type === 'CONSULT')) return null
  const verb = tokens.findIndex((t, i) => i > 0 && PRESENT.has(t.norm))
  if (verb === -1) return null
  // The first "in" that names a state or its place ("was in januari in Cuba": not the month's).
  const hostAfter = (i: number) => {
    let first = i + 1
    while (ARTICLES.has(tokens[first]?.norm ?? '')) first++
    return mentions.find(
      (m) =>
        m.code &&
        m.kind !== 'org' &&
        m.kind !== 'person' &&
        [i + 1, first, first + 1].includes(tokenAt(m.start)),
    )
  }
  let at = -1
  for (let i = verb + 1; i <= verb + STAY_REACH && i < tokens.length; i++)
    if (tokens[i]!.norm === W.venue && hostAfter(i)) {
      at = i
      break
    }
  if (at === -1) return null
  // No clause boundary between the verb and the place.
  if (/[,;:]/.test(text.slice(tokens[verb]!.end, tokens[at]!.start))) return null
  // "Volgens zijn advocaat stierf hij in ...": a subject of another verb before the place.
  if (tokens.slice(verb + 1, at).some((t) => PRONOUNS.has(t.norm))) return null
  const host = hostAfter(at)
  if (!host || SEATS.has(host.text.toLowerCase())) return null
  // What follows the place is the end of the clause or the stay's purpose, not a verb of its own ("in Peru geboren").
  // "in de Iraanse hoofdstad": the place noun after a state's adjective is part of the place.
  let next = tokenAt(host.end)
  if (host.rule === 'kb/adjective' && next !== -1 && PLACE_NOUNS.has(tokens[next]!.norm)) next++
  if (next >= tokens.length) next = -1
  if (
    next !== -1 &&
    !/[,.;:!?()]/.test(text.slice(tokens[next - 1]!.end, tokens[next]!.start)) &&
    !STAY_AFTER.has(tokens[next]!.norm)
  )
    return null
  const isVisitor = (m: Mention) =>
    m.kind === 'person' ||
    m.kind === 'role' ||
    (m.rule === 'kb/adjective' && VISITOR_TITLES.has(tokens[tokenAt(m.end)]?.norm ?? ''))
  const before = mentions.filter((m) => m.end <= tokens[at]!.start)
  const visitors = before.filter((m) => m.code && m.code !== host.code && isVisitor(m))
  if (visitors.length === 0) return null
  const codes = new Set(visitors.map((m) => m.code))
  // Every other actor before the place is one of the visitors' own states ("Boric, de president van Chili").
  if (before.some((m) => !isVisitor(m) && !codes.has(m.code))) return null
  const negated = tokens.slice(verb + 1, at).some((t) => t.norm === W.not)
  return { visitors, host, negated }
}
