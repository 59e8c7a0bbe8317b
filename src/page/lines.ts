// Split a page's text into lines that keep their offsets, so every later rule can return spans.

export interface Line {
  index: number
  start: number
  /** End of the line's content, before the line break. */
  end: number
  text: string
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = []
  const re = /\r\n|\n|\r/g
  let start = 0
  let m: RegExpExecArray | null
  while ((m = re.exec(text)) !== null) {
    lines.push({ index: lines.length, start, end: m.index, text: text.slice(start, m.index) })
    start = m.index + m[0].length
  }
  if (start < text.length)
    lines.push({ index: lines.length, start, end: text.length, text: text.slice(start) })
  return lines
}

export function isBlank(line: Line): boolean {
  return line.text.trim() === ''
}

/** Offsets of the line's content without surrounding whitespace. */
export function trimmedSpan(line: Line): { start: number; end: number } {
  const lead = line.text.length - line.text.trimStart().length
  const trail = line.text.length - line.text.trimEnd().length
  return { start: line.start + lead, end: Math.max(line.start + lead, line.end - trail) }
}
