// The versioned PLOVER/CAMEO mapping table (data/plover.tsv): quad class, PLOVER score (base and per mode),
// CAMEO root code and Goldstein value for each event type.

import { fileURLToPath } from 'node:url'
import { readTsv } from '../actors/kb.js'
import type { EventType } from './lexicon.js'

export interface TypeFacts {
  quad: 1 | 2 | 3 | 4
  quadName: string
  score: number
  modes: Map<string, number>
  cameoRoot: string
  cameoName: string
  goldstein: number
}

export const MAPPING_VERSION = 1
const FILE = fileURLToPath(new URL('../../data/plover.tsv', import.meta.url))

export function loadMapping(path = FILE): Map<EventType, TypeFacts> {
  const map = new Map<EventType, TypeFacts>()
  for (const r of readTsv(path)) {
    const modes = new Map<string, number>()
    for (const pair of (r.modes ?? '').split(',').filter(Boolean)) {
      const [k, v] = pair.split('=')
      modes.set(k!, Number(v))
    }
    map.set(r.type as EventType, {
      quad: Number(r.quad) as TypeFacts['quad'],
      quadName: r.quad_name!,
      score: Number(r.score),
      modes,
      cameoRoot: r.cameo_root!,
      cameoName: r.cameo_name!,
      goldstein: Number(r.goldstein),
    })
  }
  return map
}

export function ploverScore(facts: TypeFacts, mode: string | null): number {
  return mode && facts.modes.has(mode) ? facts.modes.get(mode)! : facts.score
}
