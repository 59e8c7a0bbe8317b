// The codes that scoring counts: ISO 3166-1 alpha-3 (from i18n-iso-countries) plus XKX for Kosovo, plus the
// organisation codes of an actors.tsv file.

import { readFileSync } from 'node:fs'
import countries from 'i18n-iso-countries'

export function isoAlpha3(): Set<string> {
  const set = new Set(Object.keys(countries.getAlpha3Codes()))
  set.add('XKX')
  return set
}

/** Codes from the first column of an actors.tsv (header line `code\t...` skipped). */
export function readActorCodes(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .map((l) => l.split('\t')[0]!.trim())
    .filter((c) => c !== '' && !c.startsWith('#'))
}

export function scoringCodes(actorsTsv: string | null): Set<string> {
  const set = isoAlpha3()
  if (actorsTsv) for (const c of readActorCodes(actorsTsv)) set.add(c)
  return set
}
