// People of a state told unharmed by an attack: "Bij de Chileense raketaanval op Lima zijn geen Peruanen
// omgekomen", "Peruaanse militairen zijn niet getroffen door een raketaanval". The attack on that state did not
// happen: it is coded negated, by the attack's doer when the sentence codes one, else by no one.

import type { Mention } from '../actors/index.js'
import type { Token } from '../actors/normalize.js'
import { tokenIndex } from '../actors/normalize.js'
import type { CueMatch } from './lexicon.js'
import { W, WORDS } from './words.js'

/** Words of coming to harm: "omgekomen", "gewond", "getroffen". */
const HARMED = WORDS.get('harmed')

const PREPOSITIONS = WORDS.get('prepositions')

/** How many words the harm may stand after the negation: "geen Nederlandse militairen gewond". */
const HARM_REACH = 6

export interface Unharmed {
  /** The state whose people came to no harm. */
  victim: Mention
  /** The attack's cue in the sentence. */
  attack: CueMatch
}

/**
 * The state whose people a negated harm tells of ("geen Peruanen omgekomen", "Peruanen zijn niet getroffen"), with
 * the sentence's attack; null when the sentence names no attack or no one unharmed.
 */
export function unharmed(
  text: string,
  tokens: Token[],
  cues: CueMatch[],
  mentions: Mention[],
): Unharmed | null {
  const attack = cues.find((c) => c.cue.type === 'ASSAULT')
  if (!attack) return null
  const harm = tokens.findIndex((t) => HARMED.has(t.norm))
  if (harm === -1) return null
  const negation = tokens.findIndex(
    (t, i) => (t.norm === W.no || t.norm === W.not) && i < harm && harm - i <= HARM_REACH,
  )
  if (negation === -1 || /[,;:]/.test(text.slice(tokens[negation]!.end, tokens[harm]!.start))) return null
  // The people: named right after "geen" ("geen Peruanen"), or as the subject before "niet" (not a place they
  // are in, "Peruanen in Noord-Chili zijn niet getroffen", nor the attack's doer, "de Chileense raketaanval").
  const at = (m: Mention) => tokenIndex(tokens, m.start)
  const victim =
    tokens[negation]!.norm === W.no
      ? mentions.find((m) => at(m) === negation + 1 && m.code && m.kind !== 'place')
      : [...mentions]
          .reverse()
          .find(
            (m) =>
              at(m) < negation &&
              m.code &&
              m.kind !== 'place' &&
              ![1, 2].some((k) => PREPOSITIONS.has(tokens[at(m) - k]?.norm ?? '')) &&
              ![1, 2].some((k) => attack.tokens.includes(at(m) + k)),
          )
  if (!victim || attack.tokens.includes(at(victim))) return null
  return { victim, attack }
}
