// The multi-pattern matcher: the longest knowledge-base form at each token, over normalised tokens, with
// hyphenated compounds (NAVO-landen, Noord-Koreaanse) and genitives (Poetins) handled by the tokens.

import type { Entry, EntryKind, KnowledgeBase, TrieNode } from './kb.js'
import type { Token } from './normalize.js'
import { normalizeWord, spacesOnly } from './normalize.js'

export interface Match {
  /** Token range [first, last). */
  first: number
  last: number
  start: number
  end: number
  text: string
  entries: Entry[]
  /** Reached by reading a final "s" as a genitive ("Poetins" for "Poetin"). */
  genitive: boolean
}

const GENITIVE_KINDS = new Set<EntryKind>(['person', 'name', 'capital', 'seat'])

/** Tokens that follow each other within one phrase: only spaces or a hyphen between them. */
function adjacent(text: string, a: Token, b: Token): boolean {
  if (b.joined) return true
  return b.start - a.end <= 3 && spacesOnly(text, a.end, b.start)
}

function caseOk(entry: Entry, text: string, tokens: Token[], first: number): boolean {
  if (entry.caseMode === 'any') return true
  if (entry.caseMode === 'capital') return tokens[first]!.capital
  return (
    normalizeWord(text) === normalizeWord(entry.form) &&
    text.replace(/[^\p{L}]/gu, '') === entry.form.replace(/[^\p{L}]/gu, '')
  )
}

export function matchAll(kb: KnowledgeBase, text: string, tokens: Token[]): Match[] {
  const out: Match[] = []
  let i = 0
  while (i < tokens.length) {
    let node: TrieNode | undefined = kb.root
    let best: Match | null = null
    for (let j = i; j < tokens.length; j++) {
      const t = tokens[j]!
      if (j > i && !adjacent(text, tokens[j - 1]!, t)) break
      let child: TrieNode | undefined = node!.next.get(t.norm)
      let genitive = false
      if (!child && t.norm.length > 3 && t.norm.endsWith('s')) {
        child = node!.next.get(t.norm.slice(0, -1))
        genitive = child !== undefined
      }
      if (!child) break
      node = child
      if (node.entries.length > 0) {
        const surface = text.slice(tokens[i]!.start, t.end)
        const entries = node.entries.filter(
          (e) =>
            caseOk(e, genitive ? surface.slice(0, -1) : surface, tokens, i) &&
            (!genitive || GENITIVE_KINDS.has(e.kind)),
        )
        if (entries.length > 0) {
          best = {
            first: i,
            last: j + 1,
            start: tokens[i]!.start,
            end: t.end,
            text: surface,
            entries,
            genitive,
          }
        }
      }
      if (genitive) break
    }
    if (best) {
      out.push(best)
      i = best.last
    } else i++
  }
  return out
}
