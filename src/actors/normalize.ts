// Normalised word forms for matching: lowercase, no diacritics, one apostrophe.

const cache = new Map<string, string>()

export function normalizeWord(s: string): string {
  // ASCII (most words): lowercase only, and no new string when there is no capital.
  let ascii = true
  let upper = false
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k)
    if (c > 127) {
      ascii = false
      break
    }
    if (c >= 65 && c <= 90) upper = true
  }
  if (ascii) return upper ? s.toLowerCase() : s
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
  // Matched in place from `start` (no copy of the span); a word running past `end` is matched again within
  // the span, as if the span had been cut out.
  WORD.lastIndex = start
  let m: RegExpExecArray | null
  while ((m = WORD.exec(text)) !== null && m.index < end) {
    if (m.index + m[0].length > end) {
      const tail = text.slice(m.index, end)
      const at = m.index
      WORD.lastIndex = 0
      while ((m = WORD.exec(tail)) !== null) pushWord(out, text, at + m.index, m[0])
      break
    }
    pushWord(out, text, m.index, m[0])
  }
  return out
}

/**
 * The tokens of an article's spans, kept by the actors stage for the event stage, which reads the same
 * paragraphs sentence by sentence: one tokenising of the text instead of two. Keyed by the article object,
 * so nothing is added to the article (or its JSON), and dropped with it.
 */
const spanTokens = new WeakMap<object, { text: string; start: number; end: number; tokens: Token[] }[]>()

/** Keeps the tokens of one of `owner`'s spans (`tokenize(text, start, end)`) for `sentenceTokens`. */
export function keepSpanTokens(
  owner: object,
  text: string,
  start: number,
  end: number,
  tokens: Token[],
): void {
  let kept = spanTokens.get(owner)
  if (!kept) spanTokens.set(owner, (kept = []))
  kept.push({ text, start, end, tokens })
}

/** Forgets the tokens kept for `owner`. */
export function dropSpanTokens(owner: object): void {
  spanTokens.delete(owner)
}

/** A letter, digit or apostrophe: a character a word (`WORD`) may run through. */
function wordChar(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39
  // Outside ASCII (surrogates included), counted as a word character: the caller then tokenises anew.
  return (
    c !== 0xa0 &&
    !(c >= 0x2000 && c <= 0x200a) &&
    c !== 0x2013 &&
    c !== 0x2014 &&
    c !== 0x201c &&
    c !== 0x201d
  )
}

/**
 * `tokenize(text, start, end)`, taken from the tokens kept for a span of `owner` that holds it when no word
 * can cross its edges; tokenised anew otherwise. The same tokens either way (a test holds them equal).
 */
export function sentenceTokens(owner: object, text: string, start: number, end: number): Token[] {
  const kept = spanTokens.get(owner)
  if (kept) {
    for (const k of kept) {
      if (k.start > start || k.end < end || k.text !== text) continue
      // No word runs across either edge: the character on one side of it is not a word character.
      if (start > k.start && wordChar(text.charCodeAt(start - 1)) && wordChar(text.charCodeAt(start))) break
      if (end < k.end && wordChar(text.charCodeAt(end - 1)) && wordChar(text.charCodeAt(end))) break
      const from = start === k.start ? 0 : tokenIndex(k.tokens, start)
      const to = tokenIndex(k.tokens, end)
      // A first word joined by a hyphen to a word before the sentence is not joined within it.
      if (from < to && k.tokens[from]!.joined) break
      return k.tokens.slice(from, to)
    }
  }
  return tokenize(text, start, end)
}

function pushWord(out: Token[], text: string, s: number, word: string): void {
  // A genitive or plural on a name ("Houthi's", "Hezbollah's") stays with the name as its own token.
  const n = word.length
  const apo = word.charCodeAt(n - 2)
  if (n > 2 && word.charCodeAt(n - 1) === 115 && (apo === 39 || apo === 0x2019)) word = word.slice(0, n - 2)
  const prev = out[out.length - 1]
  const joined = prev !== undefined && prev.end === s - 1 && (text[s - 1] === '-' || text[s - 1] === '‑')
  out.push({
    start: s,
    end: s + word.length,
    text: word,
    norm: normalizeWord(word),
    capital: isCapital(word),
    joined,
  })
}

/** Only spaces (or no-break spaces) between `from` and `to`, at least one: the words are one phrase. */
export function spacesOnly(text: string, from: number, to: number): boolean {
  if (to <= from) return false
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k)
    if (c !== 32 && c !== 0xa0) return false
  }
  return true
}

/** Only spaces, no-break spaces or hyphens between `from` and `to`, at least one (`empty`: or none). */
export function spacesOrHyphens(text: string, from: number, to: number, empty = false): boolean {
  if (to <= from) return empty
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k)
    if (c !== 32 && c !== 0xa0 && c !== 45) return false
  }
  return true
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
  k = foldSounds(
    normalizeWord(word)
      .replace(/[ıłđðøæœßþ]/g, (c) => LETTERS[c]!)
      .replace(/[^a-z0-9]/g, ''),
  )
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

// Letter groups that transliterations write differently, longest first at each position, and what they
// fold to (one pass over the word: regular expressions chained per rule made loading the base slow).
const GROUPS: [string, string][] = [
  ['tsj', 'k'],
  ['tch', 'k'],
  ['dzj', 'i'],
  ['dsj', 'i'],
  ['dzh', 'i'],
  ['sch', 's'],
  ['zj', 'z'],
  ['zh', 'z'],
  ['sj', 's'],
  ['sh', 's'],
  ['kh', 'k'],
  ['ch', 'k'],
  ['ck', 'k'],
  ['ph', 'f'],
  ['th', 't'],
  ['dh', 'd'],
  ['oe', 'u'],
  ['ou', 'u'],
]
const GROUPS_BY_FIRST = new Map<string, [string, string][]>()
for (const g of GROUPS) GROUPS_BY_FIRST.set(g[0][0]!, [...(GROUPS_BY_FIRST.get(g[0][0]!) ?? []), g])
const SINGLE: Record<string, string> = {
  c: 'k',
  q: 'k',
  g: 'k',
  w: 'v',
  x: 'ks',
  o: 'u',
  y: 'i',
  j: 'i',
  e: 'a',
}

function foldSounds(s: string): string {
  let out = ''
  for (let i = 0; i < s.length;) {
    let piece: string | undefined
    for (const [from, to] of GROUPS_BY_FIRST.get(s[i]!) ?? []) {
      if (s.startsWith(from, i)) {
        piece = to
        i += from.length
        break
      }
    }
    if (piece === undefined) {
      const ch = s[i++]!
      piece = SINGLE[ch] ?? ch
    }
    // Doubled letters count once ("Gaddafi", "Muammar").
    if (piece.length === 1) {
      if (out.charCodeAt(out.length - 1) !== piece.charCodeAt(0)) out += piece
    } else for (const c of piece) if (out[out.length - 1] !== c) out += c
  }
  // A final h after a vowel is silent ("Haniyeh", "Haniya").
  return out.length > 1 && out.endsWith('h') && 'aiu'.includes(out[out.length - 2]!) ? out.slice(0, -1) : out
}

/** Arabic articles written apart or hyphenated ("Al Khadafi", "al-Hariri", "el-Sisi"): not part of the key. */
const KEY_PARTICLES = new Set(['al', 'el', 'ul'])

/** The key of a whole name: the keys of its words, without Arabic articles, joined by spaces. */
/** Patronymic particles inside Arabic names ("Mohammed bin Salman", "Mohamed Ould Ghazouani"). */
export const PATRONYMIC_PARTICLES: ReadonlySet<string> = new Set(['bin', 'ibn', 'bint', 'ould'])

/**
 * An Arabic name without its patronymic ("Abdullah bin Zayed Al Nahyan": "Abdullah Al Nahyan"), as news often
 * shortens it; null when the name has none, or nothing but a given name is left.
 */
export function withoutPatronymic(words: readonly string[]): string[] | null {
  const k = words.findIndex((w, i) => i > 0 && PATRONYMIC_PARTICLES.has(normalizeWord(w)))
  if (k < 0 || k + 2 >= words.length) return null
  return [...words.slice(0, k), ...words.slice(k + 2)]
}

export function fullNameKey(words: readonly string[]): string {
  return words
    .filter((w) => !KEY_PARTICLES.has(normalizeWord(w)))
    .map(nameKey)
    .filter(Boolean)
    .join(' ')
}

// A word written in the Dutch transliteration of Cyrillic: letter groups Dutch spelling has no other use for
// ("tsj", "zj", "sjt"), or an ending of Slavic names in Dutch spelling ("Sergej", "Protasevitsj", "Loekasjenko").
const DUTCH_CYRILLIC = /tsj|zj|sjt|(?:\p{L}{3}ej|itsj|jenko|sjenko|jeva?|ovna|evna|skaja)$/iu

/**
 * The English transliteration of a name written in the Dutch transliteration of Russian, Ukrainian or
 * Belarusian ("Sergej Skripal": "Sergei Skripal", "Joelia": "Yulia", "Protasevitsj": "Protasevich",
 * "Gerasjtsjenko": "Gerashchenko"), for people the base lacks, whose canonical name is the English one. A name
 * with no such word is returned as written: Dutch names share "oe" and "sj" ("Sjoerd Hoekstra"), unless the
 * person is known to be Slavic (`slavic`: "de Rus Pavel Koetoezov").
 */
export function englishFromDutchCyrillic(name: string, slavic = false): string {
  const words = name.split(' ')
  if (!slavic && !words.some((w) => DUTCH_CYRILLIC.test(w))) return name
  return words
    .map((w) =>
      w
        .replace(/sjtsj/g, 'shch')
        .replace(/tsj/g, 'ch')
        .replace(/sj/g, 'sh')
        .replace(/zj/g, 'zh')
        .replace(/Zj/g, 'Zh')
        .replace(/Tsj/g, 'Ch')
        .replace(/Sj/g, 'Sh')
        .replace(/oe/g, 'u')
        .replace(/^Oe/, 'U')
        .replace(/^J(?=[aeiou])/, 'Y')
        .replace(/(?<=[aeiou])j(?=[aeiou])/g, 'y')
        .replace(/ej$/, 'ei'),
    )
    .join(' ')
}

/** Arabic name words in Dutch spelling and in English ("Aboe": "Abu", "Abdoel": "Abdul"). */
const DUTCH_ARABIC: Record<string, string> = { Aboe: 'Abu', Abdoel: 'Abdul' }

/**
 * The English spelling of the Arabic name words Dutch writes with "oe" ("Jane Aboe Doe": "Jane Abu Doe"),
 * for people the base lacks, whose canonical name is the English one.
 */
export function englishFromDutchArabic(name: string): string {
  if (!name.includes('oe')) return name
  return name
    .split(' ')
    .map((w) => DUTCH_ARABIC[w] ?? w)
    .join(' ')
}

/**
 * The English (Wikipedia) spelling of a Russian surname the base lacks, as Dutch writes it: the adjectival
 * ending "-ski" ("-ский", Dutch "Zjirinovski") is "-sky" in English ("Zhirinovsky"). Only for people known to
 * be Russian: Polish names keep "-ski" ("Kaczyński"), Ukrainian ones take "-skyi".
 */
export function englishRussianName(name: string): string {
  return name.replace(/(?<=\p{Ll})(?:skij|ski)(?=$| )/gu, 'sky')
}

/** The index of the first token that starts at or after `offset` (tokens.length when none), by bisection. */
export function tokenIndex(tokens: readonly Token[], offset: number): number {
  let lo = 0
  let hi = tokens.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (tokens[mid]!.start < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}
