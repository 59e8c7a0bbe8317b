// Half-open character spans into a page's text, and the line/column lookup used in messages.

export interface Span {
  start: number
  end: number
}

export function span(start: number, end: number): Span {
  if (start < 0 || end < start) throw new RangeError(`bad span [${start}, ${end})`)
  return { start, end }
}

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lastBreak = -1
  const stop = Math.min(offset, text.length)
  for (let i = 0; i < stop; i++) {
    if (text.charCodeAt(i) === 10) {
      line++
      lastBreak = i
    }
  }
  return { line, column: offset - lastBreak }
}
