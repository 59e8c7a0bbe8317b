// Language of each article and of the page. Text that is plainly Dutch by its function words is Dutch
// without further ado (most of what Entente reads, and a fraction of the cost); anything else goes to eld,
// an n-gram detector in plain JavaScript.

import { eld } from 'eld/small'
import type { Page } from '../core/doc.js'
import type { Stage } from '../core/pipeline.js'
import {
  AFRIKAANS_ARTICLE,
  DEFINITE_ARTICLES,
  FUNCTION_WORDS as COMMON,
  STRONG_FUNCTION_WORDS as STRONG,
} from '../locales/nl/language-words.js'

const SAMPLE = 2000

const LETTER = /\p{L}/u
/** Per UTF-16 code unit of the basic plane: 0 not yet asked, 1 a letter, 2 not one (worked out once each). */
const BMP_LETTER = new Uint8Array(0x10000)

/**
 * The width in code units of the letter (\p{L}) at `i`: 0 when none. Reads the text where it is, with no
 * regular expression and no match arrays: this stage scans every article, and `/\p{L}+/gu` cost more than the
 * set look-ups it fed.
 */
function letterAt(s: string, i: number): number {
  const c = s.charCodeAt(i)
  if (c < 128) {
    const l = c | 32
    return l >= 97 && l <= 122 ? 1 : 0
  }
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1)
    if (d >= 0xdc00 && d <= 0xdfff) return LETTER.test(s.slice(i, i + 2)) ? 2 : 0
  }
  let k = BMP_LETTER[c]!
  if (k === 0) BMP_LETTER[c] = k = LETTER.test(String.fromCharCode(c)) ? 1 : 2
  return k === 1 ? 1 : 0
}

// Function words of the languages a Dutch page quotes most, none of them a Dutch word.
const FOREIGN = new Set(
  'the and of with was were has have der und nicht ist das ein eine le la les et des est une el los y que'.split(
    ' ',
  ),
)

/** The longest word of the lists below: longer words are counted without being cut out of the text. */
const LONGEST = Math.max(
  ...[...COMMON, ...DEFINITE_ARTICLES, AFRIKAANS_ARTICLE, ...FOREIGN].map((w) => w.length),
)

/**
 * Calls `word` with each run of letters of `s` (what `/\p{L}+/gu` matches), as a string when it is at most
 * LONGEST code units long and null when longer; stops when `word` returns true.
 */
function eachWord(s: string, word: (w: string | null) => boolean | void): void {
  const n = s.length
  let i = 0
  while (i < n) {
    let w = letterAt(s, i)
    if (w === 0) {
      i++
      continue
    }
    const start = i
    do i += w
    while (i < n && (w = letterAt(s, i)) > 0)
    if (word(i - start <= LONGEST ? s.slice(start, i) : null)) return
  }
}

/** Whether `s` has at least `min` code units of letters (as `s.replace(/[^\p{L}]/gu, '').length >= min`). */
function hasLetters(s: string, min: number): boolean {
  let count = 0
  for (let i = 0; i < s.length && count < min;) {
    const w = letterAt(s, i)
    count += w
    i += w || 1
  }
  return count >= min
}

/**
 * 'nl' when the sample is plainly Dutch: at least eight words, two of them strong Dutch function words, and
 * a fifth of all words Dutch function words (running text in any language has 30-50% function words), and
 * more "de" and "het" than "die".
 * Null when it cannot tell, never another language.
 */
export function plainlyDutch(sample: string): 'nl' | null {
  let words = 0
  let strong = 0
  let common = 0
  // Afrikaans shares most of these words but has "die" where Dutch has "de" and "het".
  let dutchArticles = 0
  let die = 0
  eachWord(sample.toLowerCase(), (w) => {
    words++
    if (w === null) return
    if (STRONG.has(w)) strong++
    if (COMMON.has(w)) common++
    if (DEFINITE_ARTICLES.has(w)) dutchArticles++
    else if (w === AFRIKAANS_ARTICLE) die++
  })
  return words >= 8 && strong >= 2 && common >= 0.2 * words && dutchArticles > die ? 'nl' : null
}

export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, SAMPLE)
  if (!hasLetters(sample, 12)) return null
  if (plainlyDutch(sample)) return 'nl'
  const r = eld.detect(sample)
  return r.language ? r.language : null
}

/** Whether a text too short to tell has Dutch function words and none of another language's. */
export function dutchLooking(text: string): boolean {
  let dutch = false
  let foreign = false
  eachWord(text.slice(0, SAMPLE).toLowerCase(), (w) => {
    if (w === null) return false
    if (FOREIGN.has(w)) return (foreign = true)
    if (COMMON.has(w)) dutch = true
    return false
  })
  return dutch && !foreign
}

export function languageStage(): Stage {
  return (page: Page) => {
    const bodies = page.articles.map((a) =>
      a.paragraphs.map((p) => page.text.slice(p.start, p.end)).join('\n'),
    )
    page.language = detectLanguage(bodies.join('\n')) ?? detectLanguage(page.text)
    page.articles.forEach((a, i) => {
      const body = bodies[i]!
      // On a Dutch page, a teaser with Dutch function words and no foreign ones is Dutch: the n-gram
      // detector is for texts that give reason to doubt.
      a.language =
        page.language === 'nl' && body.length < 400 && dutchLooking(body) ? 'nl' : detectLanguage(body)
      // Short teasers can be too short to tell: they take the page's language.
      a.language ??= page.language
    })
  }
}
