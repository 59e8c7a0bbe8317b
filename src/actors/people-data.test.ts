// The people knowledge base as shipped passes every consistency check; the checks catch each kind of bad row.

import { existsSync } from 'node:fs'
import countries from 'i18n-iso-countries'
import { describe, expect, it } from 'vitest'
import { DATA_DIR, readPeopleRows, readTsv, type PersonRow } from './kb.js'
import { checkPeopleRows } from './people-check.js'

const rows = readPeopleRows(DATA_DIR)

function actorCodes(): Set<string> {
  const codes = new Set(Object.keys(countries.getAlpha3Codes()))
  codes.add('XKX')
  for (const r of readTsv(`${DATA_DIR}/organisations.tsv`)) codes.add(r.code!)
  const gold = new URL('../../../shared/gold/actors.tsv', import.meta.url)
  if (existsSync(gold)) for (const r of readTsv(gold.pathname)) codes.add(r.code!)
  return codes
}
const codes = actorCodes()

describe('the people knowledge base', () => {
  const problems = checkPeopleRows(rows, codes)

  it(`has person-role rows (${rows.length} read)`, () => {
    // The count is in the test's name so a run's output says how large the base is.
    // Issue 16: at least 3,000 person-role rows with dates.
    expect(rows.length).toBeGreaterThanOrEqual(3000)
  })
  it('every row has a valid from date, an empty or valid to date, and from <= to', () => {
    expect(problems.dates).toEqual([])
  })
  it('every row has a name, a role and a valid actor code (empty for a private person)', () => {
    expect(problems.fields).toEqual([])
  })
  it('canonical names are unique per person: no two names with the same normalised key', () => {
    expect(problems.canonical).toEqual([])
  })
  it('no two people hold a single-holder office of one actor at the same time', () => {
    expect(problems.overlaps).toEqual([])
  })
})

describe('checkPeopleRows', () => {
  const row = (
    line: number,
    name: string,
    actor: string,
    role: string,
    from: string,
    to: string,
  ): PersonRow => ({
    file: '/x/people/test.tsv',
    line,
    name,
    variants: [name],
    actor,
    role,
    from,
    to,
  })

  it('reports each bad row with its file and line', () => {
    const p = checkPeopleRows(
      [
        row(3, 'Anna Berg', 'NOR', 'head of government', '2001-01-01', '2005-01-01'),
        row(4, 'Piet Dal', 'NOR', 'head of government', '2004-01-01', ''), // a year of overlap
        row(5, 'Karl Holm', 'NOR', 'head of government', '2005-01-20', ''), // within the handover tolerance of Berg
        row(6, 'Jan Sten', 'XXX', 'minister', '2003-01-01', ''),
        row(7, 'Ole Vik', 'NOR', 'minister', '2003', ''),
        row(8, 'Per Lund', 'NOR', 'minister', '2010-05-01', '2009-01-01'),
        row(9, 'Anna Bérg', 'SWE', 'minister', '2010-05-01', ''),
      ],
      new Set(['NOR', 'SWE']),
    )
    expect(p.dates).toEqual([
      'people/test.tsv:7 Ole Vik: from "2003" to ""',
      'people/test.tsv:8 Per Lund: from "2010-05-01" to "2009-01-01"',
    ])
    expect(p.fields).toEqual(['people/test.tsv:6 Jan Sten: actor "XXX" role "minister"'])
    expect(p.canonical).toEqual(['people/test.tsv:3 Anna Berg = people/test.tsv:9 Anna Bérg'])
    expect(p.overlaps).toHaveLength(2)
    expect(p.overlaps[0]).toContain('test.tsv:3 Anna Berg')
    expect(p.overlaps[0]).toContain('test.tsv:4 Piet Dal')
    expect(p.overlaps[1]).toContain('test.tsv:4 Piet Dal')
    expect(p.overlaps[1]).toContain('test.tsv:5 Karl Holm')
  })
})
