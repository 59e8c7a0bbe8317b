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
  /[.!?…]+["'”’)]*(?=\s+["'“‘(]?[\p{Lu}\p{N}])|[.!?…]+["'”’)]*\s*$|(?<=\p{Ll}{2})[.!?](?=\p{Lu}\p{Ll})|[ \t]*[\n\r\u2028\u2029\u0085]\s*/gu

export function sentenceSpans(text: string, span: Span): Span[] {
  const out: Span[] = []
  const slice = text.slice(span.start, span.end)
  let start = 0
  BOUNDARY.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = BOUNDARY.exec(slice)) !== null) {
    const end = m.index + m[0].length
    const word = /(\p{L}+)$/u.exec(slice.slice(Math.max(start, m.index - 12), m.index))?.[1] ?? ''
    const abbreviation =
      m[0].startsWith('.') &&
      m[0].length === 1 &&
      // "VS." and "EU." are names that end sentences; "vs." and "Mr." are abbreviations.
      ((ABBREVIATIONS.has(word.toLowerCase()) && !/^\p{Lu}{2,}$/u.test(word)) || /^\p{Lu}$/u.test(word))
    if (abbreviation && end < slice.length) continue
    push(out, slice, span.start, start, end)
    start = end
    if (m[0].length === 0) BOUNDARY.lastIndex++
  }
  if (start < slice.length) push(out, slice, span.start, start, slice.length)
  return out
}

function push(out: Span[], slice: string, base: number, from: number, to: number): void {
  const lead = slice.slice(from, to).length - slice.slice(from, to).trimStart().length
  const trail = slice.slice(from, to).length - slice.slice(from, to).trimEnd().length
  if (to - trail > from + lead) out.push({ start: base + from + lead, end: base + to - trail })
}
