// Sentence spans within a text span: a full stop, question or exclamation mark followed by a space and a
// capital or quote ends a sentence, unless it closes an abbreviation or an initial ("J. Biden", "o.a.");
// so does a full stop glued to a capitalised word, and a line or paragraph break.

import type { Span } from '../core/span.js'

const ABBREVIATIONS = new Set([
  'mr',
  'dr',
  'prof',
  'drs',
  'ir',
  'ing',
  'mevr',
  'dhr',
  'st',
  'nr',
  'ca',
  'vs',
  'jr',
  'sr',
  'gen',
  'lt',
  'kol',
  'e',
  'a',
  'o',
  'i',
  'm',
  'n',
  'b',
  'c',
  'd',
  'v',
])
// Also a full stop glued to the next sentence ("zegt Praga.De regering": after a lowercase word, before a
// capitalised one), and any line or paragraph break: a sentence never runs across one.
const BOUNDARY =
  /[.!?…]+["'”’)]*(?=\s+["'“‘(]?[\p{Lu}\p{N}])|[.!?…]+["'”’)]*\s*$|(?<=\p{Ll}{2})[.!?](?=\p{Lu}\p{Ll})|[ \t]*[\n\r\u2028\u2029\u0085]\s*/uy

/** The code units a boundary can start at or must contain: sentence punctuation and line breaks. */
function isMark(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026 || isBreak(c)
}
function isBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029 || c === 0x85
}

/**
 * The next boundary at or after `from`: what `BOUNDARY` with the g flag finds, tried only where one can
 * start (a punctuation mark, or the spaces and tabs before a line break) instead of at every position,
 * which the lookbehind alternative made slow.
 */
function nextBoundary(slice: string, from: number): RegExpExecArray | null {
  for (let p = from; p < slice.length; p++) {
    const c = slice.charCodeAt(p)
    if (!isMark(c)) continue
    let at = p
    if (isBreak(c)) {
      // The match starts at the spaces and tabs right before the break (no mark lies between `from` and it).
      while (at > from && (slice.charCodeAt(at - 1) === 32 || slice.charCodeAt(at - 1) === 9)) at--
    }
    BOUNDARY.lastIndex = at
    const m = BOUNDARY.exec(slice)
    if (m) return m
  }
  return null
}

export function sentenceSpans(text: string, span: Span): Span[] {
  const out: Span[] = []
  const slice = text.slice(span.start, span.end)
  let start = 0
  let from = 0
  let m: RegExpExecArray | null
  while ((m = nextBoundary(slice, from)) !== null) {
    const end = m.index + m[0].length
    from = m[0].length === 0 ? end + 1 : end
    // "VS." and "EU." are names that end sentences; "vs." and "Mr." are abbreviations.
    if (m[0] === '.' && end < slice.length) {
      const word = /(\p{L}+)$/u.exec(slice.slice(Math.max(start, m.index - 12), m.index))?.[1] ?? ''
      if ((ABBREVIATIONS.has(word.toLowerCase()) && !/^\p{Lu}{2,}$/u.test(word)) || /^\p{Lu}$/u.test(word))
        continue
    }
    push(out, slice, span.start, start, end)
    start = end
  }
  if (start < slice.length) push(out, slice, span.start, start, slice.length)
  return out
}

function push(out: Span[], slice: string, base: number, from: number, to: number): void {
  const part = slice.slice(from, to)
  const lead = part.length - part.trimStart().length
  const trail = part.length - part.trimEnd().length
  if (to - trail > from + lead) out.push({ start: base + from + lead, end: base + to - trail })
}
