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

/** A headline without the label before it ("LIVE |", "LIVE.", "VIDEO."), which tells no act. */
export function headlineText(text: string, span: Span): Span {
  const label = HEADLINE_LABEL.exec(text.slice(span.start, span.end))
  return label ? { start: span.start + label[0].length, end: span.end } : span
}

/**
 * The clauses of a headline (its label left out). Headlines are telegraphic: two acts are joined by a comma, a dash
 * or a semicolon before the second act's subject ("Peru beschiet grensposten, Chili veroordeelt aanval").
 */
export function headlineClauses(text: string, span: Span): Span[] {
  const out: Span[] = []
  for (const s of sentenceSpans(text, headlineText(text, span))) {
    const part = text.slice(s.start, s.end)
    let from = 0
    for (const m of part.matchAll(HEADLINE_JOIN)) {
      push(out, part, s.start, from, m.index)
      from = m.index + m[0].length
    }
    push(out, part, s.start, from, part.length)
  }
  return out
}

// A label before the headline: everything up to its last " | ", or a word in capitals closed by a full stop ("LIVE.",
// "VIDEO."); not one closed by a colon, which names a speaker ("NAVO: ...").
const HEADLINE_LABEL = /^(?:.*\s[|]\s+|\p{Lu}{3,}\.\s+)/u
// Two acts joined: a comma, semicolon or dash, and the second act's subject in a capital after it.
const HEADLINE_JOIN = /(?<=\S)(?:,|;|\s[-–—])\s+(?=\p{Lu})/gu
