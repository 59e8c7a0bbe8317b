// Clauses of a sentence, as the event rules and the learned decisions read them: commas, semicolons and
// clause-opening conjunctions start a new clause.

import type { Token } from '../actors/normalize.js'
import { WORDS } from './words.js'

const CLAUSE_WORDS = WORDS.get('clause-words')
const ARTICLE_WORDS = WORDS.get('article-words')
const AND = WORDS.one('and')
const SUBORDINATORS = WORDS.get('after-verb-subordinators')

/** After "en": a lowercase word opens a clause ("en daarom"), an actor ("en China", "en de VS") does not. */
function opensClause(tokens: Token[], i: number): boolean {
  const next = tokens[i]
  if (!next || next.capital) return false
  if (ARTICLE_WORDS.has(next.norm) && tokens[i + 1]?.capital) return false
  return true
}

/** Whether `text` holds one of the code units of `chars` between `from` and `to`, without slicing it. */
function has(text: string, from: number, to: number, chars: string): boolean {
  for (let k = from; k < to; k++) if (chars.includes(text[k]!)) return true
  return false
}

/** The last sentence's clauses: the rules ask for them once per cue, the decisions once more. */
let last: { text: string; tokens: Token[]; clauses: readonly number[] } | null = null

/**
 * Clause index per token: commas, semicolons and clause-opening conjunctions start a new clause. Worked out
 * once per tokens array (the same sentence's tokens are asked about again and again); never changed after.
 */
export function clauses(text: string, tokens: Token[]): readonly number[] {
  if (last && last.tokens === tokens && last.text === text) return last.clauses
  const out: number[] = []
  let c = 0
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (i > 0 && has(text, tokens[i - 1]!.end, t.start, ',;:()')) c++
    else if (CLAUSE_WORDS.has(t.norm)) c++
    // "en" joins actors ("Rusland en China") but opens a clause before a lowercase word ("en daarom").
    else if (t.norm === AND && i > 0 && opensClause(tokens, i + 1)) c++
    // "dat" and "of" ("twijfelt of Oekraïne ...") open a subordinate clause after a verb, not between actors.
    else if (
      SUBORDINATORS.has(t.norm) &&
      i > 0 &&
      !tokens[i - 1]!.capital &&
      !has(text, tokens[i - 1]!.end, t.start, '-')
    )
      c++
    out.push(c)
  }
  last = { text, tokens, clauses: out }
  return out
}

/** The last token of the clause token `i` stands in. */
export function clauseEnd(clauseOf: readonly number[], i: number): number {
  let end = i
  while (end + 1 < clauseOf.length && clauseOf[end + 1] === clauseOf[i]) end++
  return end
}
