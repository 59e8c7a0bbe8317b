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

const WORD = /\p{L}+/gu

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
  for (const m of sample.toLowerCase().matchAll(WORD)) {
    words++
    const w = m[0]
    if (STRONG.has(w)) strong++
    if (COMMON.has(w)) common++
    if (DEFINITE_ARTICLES.has(w)) dutchArticles++
    else if (w === AFRIKAANS_ARTICLE) die++
  }
  return words >= 8 && strong >= 2 && common >= 0.2 * words && dutchArticles > die ? 'nl' : null
}

export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, SAMPLE)
  if (sample.replace(/[^\p{L}]/gu, '').length < 12) return null
  if (plainlyDutch(sample)) return 'nl'
  const r = eld.detect(sample)
  return r.language ? r.language : null
}

// Function words of the languages a Dutch page quotes most, none of them a Dutch word.
const FOREIGN = new Set(
  'the and of with was were has have der und nicht ist das ein eine le la les et des est une el los y que'.split(
    ' ',
  ),
)

/** Whether a text too short to tell has Dutch function words and none of another language's. */
function dutchLooking(text: string): boolean {
  let dutch = false
  for (const m of text.slice(0, SAMPLE).toLowerCase().matchAll(WORD)) {
    if (FOREIGN.has(m[0])) return false
    if (COMMON.has(m[0])) dutch = true
  }
  return dutch
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
