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

// Letters that Unicode decomposition leaves whole ("Yıldırım", "Wałęsa", "Đurić", "Støre").
const LETTERS: Record<string, string> = {
  ı: 'i',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  þ: 'th',
}

const keyCache = new Map<string, string>()

/**
 * A key for one word of a person's name that Dutch, English and other transliterations share: "Poetin" and
 * "Putin", "Khadafi" and "Gaddafi", "Loekasjenko" and "Lukashenko", "Zelenskyj" and "Zelensky" all give one
 * key. It folds sounds that transliterations write differently (oe/ou/u, j/y/i, kh/ch/g/k/q/c, sj/sh/sch,
 * zj/zh, dsj/dzj/j, w/v, ph/f, e/a), drops apostrophes and hyphens and doubled letters. It is lossy on
 * purpose: it is only compared with the keys of names in the base, never used to find names.
 */
export function nameKey(word: string): string {
  let k = keyCache.get(word)
  if (k !== undefined) return k
  k = normalizeWord(word)
    .replace(/[ıłđðøæœßþ]/g, (c) => LETTERS[c]!)
    .replace(/[^a-z0-9]/g, '')
    .replace(/tsj|tch/g, 'ch')
    .replace(/dzj|dsj|dzh/g, 'j')
    .replace(/zj|zh/g, 'z')
    .replace(/sch|sj|sh/g, 's')
    .replace(/kh|ch|ck|c|q|g/g, 'k')
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/dh/g, 'd')
    .replace(/w/g, 'v')
    .replace(/x/g, 'ks')
    .replace(/oe|ou|o/g, 'u')
    .replace(/[yj]/g, 'i')
    .replace(/e/g, 'a')
    .replace(/(.)\1+/g, '$1')
    .replace(/([aiu])h$/, '$1')
  if (keyCache.size > 50_000) keyCache.clear()
  keyCache.set(word, k)
  return k
}

/**
 * The key of a whole name for telling people apart: case, accents, spaces, hyphens and apostrophes do not
 * count ("Choe Son-hui" = "Choe Son Hui", "Yōko" = "Yoko"), spelling does ("Kim Yong-il" is not "Kim Jong Il").
 */
export function plainKey(name: string): string {
  return normalizeWord(name)
    .replace(/[ıłđðøæœßþ]/g, (c) => LETTERS[c]!)
    .replace(/[^a-z0-9]/g, '')
}

/** Arabic articles written apart or hyphenated ("Al Khadafi", "al-Hariri", "el-Sisi"): not part of the key. */
const KEY_PARTICLES = new Set(['al', 'el', 'ul'])

/** The key of a whole name: the keys of its words, without Arabic articles, joined by spaces. */
export function fullNameKey(words: readonly string[]): string {
  return words
    .filter((w) => !KEY_PARTICLES.has(normalizeWord(w)))
    .map(nameKey)
    .filter(Boolean)
    .join(' ')
}
