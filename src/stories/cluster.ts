// When two articles are one story, and the reference clustering the store must agree with: stories are the
// connected components of the "same story" relation over articles that share a fingerprint key. Components
// do not depend on the order articles arrive in, which is what makes re-runs, crashes and workers agree.

import { fingerprint, intersectSize, type Fingerprint } from './fingerprint.js'

/** Word-shingle Jaccard at or above this: the same text, lightly edited (a new first line, a changed word). */
export const JACCARD_MIN = 0.5
/** The smaller text found at least this much in the larger: a teaser that is an article's lead. */
export const CONTAINMENT_MIN = 0.8
/** Containment only counts for a smaller text of at least this many shingles (about ten words). */
export const CONTAINMENT_MIN_SHINGLES = 8

export type Comparable = Pick<Fingerprint, 'hashes' | 'matchable'>

/** Whether two fingerprinted articles are one story. Symmetric. */
export function sameStory(a: Comparable, b: Comparable): boolean {
  if (!a.matchable || !b.matchable) return false
  const inter = intersectSize(a.hashes, b.hashes)
  const union = a.hashes.length + b.hashes.length - inter
  if (union > 0 && inter / union >= JACCARD_MIN) return true
  const smaller = Math.min(a.hashes.length, b.hashes.length)
  return smaller >= CONTAINMENT_MIN_SHINGLES && inter / smaller >= CONTAINMENT_MIN
}

/** Whether two fingerprints share an index key, i.e. whether the store would ever compare them. */
export function shareKey(a: Pick<Fingerprint, 'keys'>, b: Pick<Fingerprint, 'keys'>): boolean {
  const keys = new Set(a.keys.map((k) => `${k.band}:${k.key}`))
  return b.keys.some((k) => keys.has(`${k.band}:${k.key}`))
}

/**
 * Group texts into stories: returns, per text, the index of the first text of its story. Candidates are
 * pairs sharing a key, confirmed by `sameStory`, joined transitively (union-find).
 */
export function clusterTexts(texts: string[]): number[] {
  const fps = texts.map((t) => fingerprint(t))
  const parent = texts.map((_, i) => i)
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!
    return i
  }
  const byKey = new Map<string, number[]>()
  fps.forEach((fp, i) => {
    const seen = new Set<number>()
    for (const k of fp.keys) {
      const id = `${k.band}:${k.key}`
      for (const j of byKey.get(id) ?? []) {
        if (seen.has(j)) continue
        seen.add(j)
        if (sameStory(fp, fps[j]!)) {
          const [ri, rj] = [find(i), find(j)]
          if (ri !== rj) parent[Math.max(ri, rj)] = Math.min(ri, rj)
        }
      }
      byKey.set(id, [...(byKey.get(id) ?? []), i])
    }
  })
  return texts.map((_, i) => find(i))
}
