// Fingerprints of an article's text for near-duplicate search: normalised words, word shingles, a MinHash
// signature and its LSH band keys, plus a lead key (the first words) and an exact key (the whole text).
// Pure functions; the store keeps the keys in an indexed table so matching works across runs and processes.

/** Words per shingle. Three keeps short teasers (20-40 words) informative. */
export const SHINGLE_WORDS = 3
/** MinHash signature length = BANDS * ROWS. */
export const BANDS = 32
export const ROWS = 4
/** Words in the lead key: a teaser that repeats an article's lead shares it. */
export const LEAD_WORDS = 8
/** Texts with fewer words get no keys at all: "Lees meer" is no story. */
export const MIN_WORDS = 4

/** Band numbers for the two keys that are not MinHash bands. */
export const LEAD_BAND = 100
export const EXACT_BAND = 101

export interface Fingerprint {
  words: string[]
  shingles: Set<string>
  /** The shingles as sorted unique 32-bit hashes: compact to keep in memory, quick to intersect. */
  hashes: Uint32Array
  /** Long enough to be matched at all (MIN_WORDS). */
  matchable: boolean
  /** (band, key) pairs to index; empty for a text too short to match. */
  keys: { band: number; key: string }[]
}

/** Lowercase words without punctuation or diacritics, so "Oekraïne," and "oekraine" are one word. */
export function normalizeWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
}

export function shingles(words: string[], size = SHINGLE_WORDS): Set<string> {
  const out = new Set<string>()
  if (words.length === 0) return out
  if (words.length < size) {
    out.add(words.join(' '))
    return out
  }
  for (let i = 0; i + size <= words.length; i++) out.add(words.slice(i, i + size).join(' '))
  return out
}

/** FNV-1a over UTF-16 code units, 32 bits unsigned. */
export function hash32(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return fmix32(h)
}

/** Murmur3's finaliser: spreads every input bit over the output. */
function fmix32(x: number): number {
  let h = x >>> 0
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/** Fixed seeds, one per MinHash function, from a small deterministic generator (mulberry32). */
const SEEDS: Uint32Array = (() => {
  const seeds = new Uint32Array(BANDS * ROWS)
  let a = 0x5eed1234
  for (let i = 0; i < seeds.length; i++) {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    seeds[i] = (t ^ (t >>> 14)) >>> 0
  }
  return seeds
})()

export function minhash(set: Set<string>): Uint32Array {
  return minhashOf(Uint32Array.from(set, (s) => hash32(s)))
}

/** `minhash` of the shingles' hashes (a minimum: their order and repeats do not count). */
function minhashOf(hashes: Uint32Array): Uint32Array {
  const sig = new Uint32Array(BANDS * ROWS).fill(0xffffffff)
  for (let k = 0; k < hashes.length; k++) {
    const x = hashes[k]!
    for (let i = 0; i < sig.length; i++) {
      const v = fmix32(x ^ SEEDS[i]!)
      if (v < sig[i]!) sig[i] = v
    }
  }
  return sig
}

/** 64-bit key as 16 hex digits from two independent 32-bit hashes. */
function key64(s: string): string {
  return hex8(hash32(s)) + hex8(hash32(s, 0x9e3779b9))
}

/** Two hex digits per byte value: `hex8` by table, the same digits as `toString(16).padStart(8, '0')`. */
const HEX2 = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'))
const hex8 = (n: number) =>
  HEX2[n >>> 24]! + HEX2[(n >>> 16) & 255]! + HEX2[(n >>> 8) & 255]! + HEX2[n & 255]!

export function bandKeys(sig: Uint32Array): { band: number; key: string }[] {
  const out: { band: number; key: string }[] = []
  for (let b = 0; b < BANDS; b++) {
    // Two independent 32-bit mixes of the band's rows: a 64-bit key.
    let h1 = (0x811c9dc5 ^ b) >>> 0
    let h2 = (0x9e3779b9 ^ b) >>> 0
    for (let r = 0; r < ROWS; r++) {
      const v = sig[b * ROWS + r]!
      h1 = fmix32(Math.imul(h1 ^ v, 0x01000193))
      h2 = fmix32(Math.imul(h2 ^ v, 0x27d4eb2f) + 0x165667b1)
    }
    out.push({ band: b, key: hex8(h1) + hex8(h2) })
  }
  return out
}

export function fingerprint(text: string): Fingerprint {
  const words = normalizeWords(text)
  const set = shingles(words)
  const hashes = shingleHashes(set)
  if (words.length < MIN_WORDS) return { words, shingles: set, hashes, matchable: false, keys: [] }
  const keys = bandKeys(minhashOf(hashes))
  if (words.length >= LEAD_WORDS)
    keys.push({ band: LEAD_BAND, key: key64(words.slice(0, LEAD_WORDS).join(' ')) })
  keys.push({ band: EXACT_BAND, key: key64(words.join(' ')) })
  return { words, shingles: set, hashes, matchable: true, keys }
}

export function shingleHashes(set: Set<string>): Uint32Array {
  const out = Uint32Array.from([...set].map((s) => hash32(s))).sort()
  let n = 0
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[n - 1]) out[n++] = out[i]!
  return out.slice(0, n)
}

/** Size of the intersection of two sorted unique hash lists. */
export function intersectSize(a: Uint32Array, b: Uint32Array): number {
  let i = 0
  let j = 0
  let n = 0
  while (i < a.length && j < b.length) {
    if (a[i]! < b[j]!) i++
    else if (a[i]! > b[j]!) j++
    else {
      n++
      i++
      j++
    }
  }
  return n
}

/** What comparing needs, without the keys: for candidates, whose keys the store already holds. */
export function comparable(text: string): Pick<Fingerprint, 'hashes' | 'matchable'> {
  const words = normalizeWords(text)
  return { hashes: shingleHashes(shingles(words)), matchable: words.length >= MIN_WORDS }
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1
  let inter = 0
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  for (const s of small) if (large.has(s)) inter++
  return inter / (a.size + b.size - inter)
}

/** Share of the smaller set found in the larger one. */
export function containment(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  if (small.size === 0) return 0
  let inter = 0
  for (const s of small) if (large.has(s)) inter++
  return inter / small.size
}
