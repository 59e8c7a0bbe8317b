// Output helpers of the query commands: plain lines, JSON, and the one-line form of a tally and an event.

import type { EventItem } from '../read/contract.js'
import type { Tally } from '../graph/aggregate.js'

export const out = (s: string) => process.stdout.write(s)

/** Writes and waits while the reader is behind, so a long export keeps memory flat. */
export async function outAsync(s: string | Uint8Array): Promise<void> {
  if (s.length === 0) return
  if (!process.stdout.write(s)) await new Promise((ok) => process.stdout.once('drain', ok))
}

export const json = (x: unknown) => out(JSON.stringify(x, null, 2) + '\n')

export const sign = (x: number | null) => (x === null ? '   -' : `${x > 0 ? '+' : ''}${x.toFixed(2)}`)

export function tallyLine(t: Tally): string {
  const quads = `q1 ${t.byQuad[1]}  q2 ${t.byQuad[2]}  q3 ${t.byQuad[3]}  q4 ${t.byQuad[4]}`
  const apart = `negated ${t.negated}, alleged ${t.alleged}, hypothetical ${t.hypothetical}`
  return `${String(t.events).padStart(4)} events  ${quads}  score ${sign(t.scoreMean)} mean  (${apart})`
}

/** Every event of a tally, asserted or not. */
export const allEvents = (t: Tally) => t.events + t.negated + t.alleged + t.hypothetical

export function eventLine(e: EventItem): string {
  const flags = [e.polarity === 'negated' ? 'NOT' : '', e.modality !== 'actual' ? e.modality : '']
    .filter(Boolean)
    .join(' ')
  return `${(e.date ?? 'no date   ').slice(0, 10)}  ${e.type.padEnd(9)} ${e.source ?? '-'} -> ${e.target ?? '-'}${flags ? ` [${flags}]` : ''}  "${e.evidence}"  (article ${e.article})\n`
}

/** "2025-03-01 .. 2025-03-31", or "" for the whole store. */
export function windowLabel(w: { from?: string; to?: string }): string {
  return w.from || w.to ? `${w.from ?? '…'} .. ${w.to ?? '…'}` : ''
}
