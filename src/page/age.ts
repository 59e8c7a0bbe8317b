// Relative timestamps ("14 minuten geleden") and the absolute interval they stand for given a crawl time.

import type { Age } from '../core/doc.js'
import { AGE_NUMBER_WORDS, AGE_UNITS, AGO_WORD } from '../locales/nl/page-words.js'

const UNIT_WORDS = Object.keys(AGE_UNITS)
  .sort((a, b) => b.length - a.length)
  .join('|')
const NUMBER_WORDS = Object.keys(AGE_NUMBER_WORDS).join('|')

/** An age at the start of a string; the rest may be glued to it ("1 uur geledenWASHINGTON"). */
const AGE_AT_START = new RegExp(
  `^(\\d{1,4}|${NUMBER_WORDS})[ \\t\\u00a0]+(${UNIT_WORDS})[ \\t\\u00a0]+${AGO_WORD}`,
  'u',
)

/** A timestamp cut off by the end of the page ("3 uu", "12 minuten gel"). */
const TRUNCATED_AGE = new RegExp(`^\\d{1,4}(?:[ \\t]+\\p{L}{0,10}(?:[ \\t]+\\p{L}{0,7})?)?$`, 'u')

const UNIT_MS: Record<Age['unit'], number> = {
  second: 1000,
  minute: 60_000,
  hour: 3_600_000,
  day: 86_400_000,
  week: 7 * 86_400_000,
  month: 0,
  year: 0,
}

export interface AgeMatch {
  text: string
  length: number
  amount: number
  unit: Age['unit']
}

export function matchAgeAtStart(s: string): AgeMatch | null {
  const m = AGE_AT_START.exec(s)
  if (!m) return null
  const num = m[1]!.toLowerCase()
  const amount = /^\d+$/.test(num) ? Number(num) : AGE_NUMBER_WORDS[num]!
  const unit = AGE_UNITS[m[2]!.toLowerCase()]!
  return { text: m[0], length: m[0].length, amount, unit }
}

export function isTruncatedAge(s: string): boolean {
  const t = s.trim()
  return t.length > 0 && t.length <= 24 && TRUNCATED_AGE.test(t) && !matchAgeAtStart(t)
}

function shift(date: Date, unit: Age['unit'], amount: number): Date {
  const d = new Date(date.getTime())
  if (unit === 'month') d.setUTCMonth(d.getUTCMonth() - amount)
  else if (unit === 'year') d.setUTCFullYear(d.getUTCFullYear() - amount)
  else d.setTime(d.getTime() - amount * UNIT_MS[unit])
  return d
}

/**
 * "n units ago" shown by a portal that rounds down means the item is between n and n+1 units old:
 * "1 uur geleden" = from 2 hours to 1 hour before the crawl.
 */
export function ageInterval(amount: number, unit: Age['unit'], observedAt: string | null): Age['interval'] {
  if (!observedAt) return null
  const at = new Date(observedAt)
  if (Number.isNaN(at.getTime())) return null
  return { from: shift(at, unit, amount + 1).toISOString(), to: shift(at, unit, amount).toISOString() }
}
