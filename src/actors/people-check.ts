// Consistency checks over people rows (data/nl/people.tsv and data/nl/people/*.tsv): dates, one canonical name
// per person, valid actor codes and no two holders of a single-holder office at once. Each problem names the
// offending rows (file:line) so whoever reads it knows what to fix.

import { basename, dirname } from 'node:path'
import type { PersonRow } from './kb.js'
import { plainKey, tokenize } from './normalize.js'

export interface PeopleProblems {
  dates: string[]
  fields: string[]
  canonical: string[]
  overlaps: string[]
}

const where = (r: PersonRow) => `${basename(dirname(r.file))}/${basename(r.file)}:${r.line} ${r.name}`

/** Offices one person holds at a time, under the names the files use for them. */
export const SINGLE_OFFICES: Record<string, string> = {
  'head of state': 'head of state',
  'head of government': 'head of government',
  'foreign minister': 'foreign minister',
  'foreign secretary': 'foreign minister',
  'defence minister': 'defence minister',
  'defence secretary': 'defence minister',
  'defense secretary': 'defence minister',
}

/** Offices held jointly by design: the overlap check skips these actor and office pairs. */
const SHARED = new Set([
  'AND|head of state', // two co-princes
  'SMR|head of state', // two captains regent
  'BIH|head of state', // a three-member presidency
  'CHE|head of state', // the Federal Council as a body; its president rotates yearly
])

/** A handover on the same day, or a few weeks of overlap in the sources' dates, is not two holders. */
export const HANDOVER_TOLERANCE_DAYS = 31

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/
export const validDate = (s: string): boolean =>
  ISO_DATE.test(s) && !Number.isNaN(Date.parse(s)) && new Date(s).toISOString().startsWith(s)
const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000

/** Every problem of the rows, by check. `codes` are the valid actor codes (empty actor = private person). */
export function checkPeopleRows(rows: readonly PersonRow[], codes: ReadonlySet<string>): PeopleProblems {
  const dates = rows
    .filter((r) => !validDate(r.from) || (r.to !== '' && (!validDate(r.to) || r.to < r.from)))
    .map((r) => `${where(r)}: from "${r.from}" to "${r.to}"`)

  const fields = rows
    .filter((r) => !r.role || (r.actor !== '' && !codes.has(r.actor)) || tokenize(r.name).length === 0)
    .map((r) => `${where(r)}: actor "${r.actor}" role "${r.role}"`)

  const byKey = new Map<string, Map<string, PersonRow>>()
  for (const r of rows) {
    const key = plainKey(r.name)
    const names = byKey.get(key) ?? new Map<string, PersonRow>()
    if (!names.has(r.name)) names.set(r.name, r)
    byKey.set(key, names)
  }
  const canonical = [...byKey.values()]
    .filter((names) => names.size > 1)
    .map((names) => [...names.values()].map(where).join(' = '))

  const byOffice = new Map<string, PersonRow[]>()
  for (const r of rows) {
    const office = SINGLE_OFFICES[r.role]
    if (!office || !r.actor || SHARED.has(`${r.actor}|${office}`) || !validDate(r.from)) continue
    const k = `${r.actor}|${office}`
    byOffice.set(k, [...(byOffice.get(k) ?? []), r])
  }
  const overlaps: string[] = []
  const end = (r: PersonRow) => (r.to && validDate(r.to) ? r.to : '9999-12-31')
  for (const [office, list] of byOffice) {
    const sorted = [...list].sort((a, b) => a.from.localeCompare(b.from))
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) {
        const a = sorted[i]!
        const b = sorted[j]!
        if (b.from >= end(a)) break
        if (a.name === b.name) continue
        const overlap = days(b.from, end(a) < end(b) ? end(a) : end(b))
        if (overlap > HANDOVER_TOLERANCE_DAYS)
          overlaps.push(`${office}: ${where(a)} (${a.from}..${a.to}) and ${where(b)} (${b.from}..${b.to})`)
      }
    }
  }
  return { dates, fields, canonical, overlaps }
}
