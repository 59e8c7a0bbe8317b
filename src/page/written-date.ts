// Dates as written on Dutch pages ("15-1-2017, 17:06", "15 januari 2017"), read with chrono-node's Dutch parser.

import * as chrono from 'chrono-node'

/**
 * Returns an ISO date ("2017-01-15") or date-time without zone ("2017-01-15T17:06"), as precise as written,
 * or null when the text is no date. The zone is not guessed: the page does not give it.
 */
export function parseWrittenDate(s: string): string | null {
  const numeric = /^(\d{1,2})[-./](\d{1,2})[-./](\d{2,4})(?:,?\s+(?:om\s+)?(\d{1,2})[:.](\d{2}))?$/.exec(
    s.trim(),
  )
  const results = chrono.nl.parse(numeric ? `${numeric[1]}-${numeric[2]}-${numeric[3]}` : s, undefined, {
    forwardDate: false,
  })
  const r = results[0]
  // Only a date written in full: relative words ("gisteren") would be anchored to today, which is wrong here.
  if (
    !r ||
    !/\d{2,4}\D*$|\d{4}/.test(r.text) ||
    !r.start.isCertain('year') ||
    !r.start.isCertain('month') ||
    !r.start.isCertain('day')
  )
    return null
  const pad = (n: number) => String(n).padStart(2, '0')
  const date = `${r.start.get('year')}-${pad(r.start.get('month')!)}-${pad(r.start.get('day')!)}`
  if (numeric && numeric[4]) return `${date}T${pad(Number(numeric[4]))}:${numeric[5]}`
  return date
}
