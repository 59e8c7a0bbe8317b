// Normalised word forms for matching: lowercase, no diacritics, one apostrophe.

const ASCII = /^[\x00-\x7f]*$/
const cache = new Map<string, string>()

export function normalizeWord(s: string): string {
  if (ASCII.test(s)) return s.toLowerCase()
  let n = cache.get(s)
  if (n === undefined) {
    n = s
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[’‘`]/g, "'")
    // Words repeat: a bounded cache saves the Unicode normalisation of the frequent ones.
    if (cache.size > 50_000) cache.clear()
    cache.set(s, n)
  }
  return n
}

export interface Token {
  start: number
  end: number
  text: string
  norm: string
  /** First letter is a capital. */
  capital: boolean
  /** Joined to the token before by a hyphen ("NAVO-chef": "chef" is joined). */
  joined: boolean
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu

/** Words of `text` between `start` and `end`, split on hyphens (remembering the join) and punctuation. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = []
  const slice = text.slice(start, end)
  WORD.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = WORD.exec(slice)) !== null) {
    const s = start + m.index
    let word = m[0]
    // A genitive or plural on a name ("Houthi's", "Hezbollah's") stays with the name as its own token.
    const apo = word.search(/['’]s$/u)
    const prev = out[out.length - 1]
    const joined = prev !== undefined && prev.end === s - 1 && (text[s - 1] === '-' || text[s - 1] === '‑')
    if (apo > 0) word = word.slice(0, apo)
    out.push({
      start: s,
      end: s + word.length,
      text: word,
      norm: normalizeWord(word),
      capital: isCapital(word),
      joined,
    })
  }
  return out
}

function isCapital(word: string): boolean {
  const c = word.charCodeAt(0)
  if (c < 128) return c >= 65 && c <= 90
  const ch = word[0]!
  return ch !== ch.toLowerCase()
}
