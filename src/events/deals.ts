// Leaving or suspending a deal ("stapt uit het akkoord", "heeft het verdrag opgeschort"), which refuses it, and a
// deal named by a place after it ("het akkoord van Parijs").

import type { Token } from '../actors/normalize.js'
import type { CueMatch } from './lexicon.js'
import { W, WORDS } from './words.js'

/** The PLOVER mode of the cues of stepping out ("stapt uit"), which tell an act only when what is left is a deal. */
export const LEAVE = 'leave'
/** How the words for a deal end: "akkoord", "klimaatakkoord", "INF-verdrag", "graandeal". */
const DEAL_ENDINGS = [...WORDS.get('deal-endings')]
const OUT_OF = WORDS.one('out-of')
const isDeal = (t: Token | undefined) => Boolean(t && DEAL_ENDINGS.some((e) => t.norm.endsWith(e)))

/**
 * Leaving or suspending a deal: a withdrawal or stepping out "uit" a deal named within a few words after it ("trekt
 * zich terug uit het verdrag"), or a suspension whose object is a deal ("heeft het akkoord opgeschort").
 */
export function leftDeal(tokens: Token[], cue: CueMatch): boolean {
  const { type, mode } = cue.cue
  const first = cue.tokens[0]!
  const last = cue.tokens[cue.tokens.length - 1]!
  if (type === 'SANCTION' && mode === 'discontinue') {
    // A part of a deal suspended ("het handelsdeel van het verdrag") is a measure against its party, not a refusal.
    const part = (k: number) => [k - 1, k - 2].some((j) => tokens[j]?.norm === W.of)
    for (let k = Math.max(0, first - 4); k <= last + 3; k++) if (isDeal(tokens[k]) && !part(k)) return true
    return false
  }
  const leaving =
    (type === 'REJECT' && mode === LEAVE) || (type === 'RETREAT' && (mode === 'withdraw' || !mode))
  if (!leaving) return false
  const out = [...cue.tokens, last + 1].find((k) => tokens[k]?.norm === OUT_OF)
  if (out === undefined) return false
  for (let k = out + 1; k <= out + 5; k++) if (isDeal(tokens[k])) return true
  return false
}

/** The mention at token `at` follows "<deal> van": it names the deal ("het akkoord van Parijs"). */
export function dealName(tokens: Token[], at: number): boolean {
  return tokens[at - 1]?.norm === W.of && isDeal(tokens[at - 2])
}
