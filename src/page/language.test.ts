import { eld } from 'eld/small'
import { describe, expect, it } from 'vitest'
import { corpus } from '../../test/helpers/corpus.js'
import type { Article, Page } from '../core/doc.js'
import { seeded } from '../core/random.js'
import { detectLanguage, dutchLooking, languageStage, plainlyDutch } from './language.js'

describe('language', () => {
  it('calls running Dutch text Dutch without the n-gram detector, and agrees with it', () => {
    let fired = 0
    for (const page of corpus())
      for (const para of page.text.split(/\n\s*\n/)) {
        if (para.replace(/[^\p{L}]/gu, '').length < 12) continue
        if (!plainlyDutch(para)) continue
        fired++
        expect(eld.detect(para.slice(0, 2000)).language, para).toBe('nl')
      }
    expect(fired).toBeGreaterThan(10)
  })

  it('leaves other languages, and Dutch too short to tell, to the n-gram detector', () => {
    const other = {
      en: 'The minister said that the talks with the government would go on next week, but he did not say where.',
      de: 'Der Minister sagte, dass die Gespräche mit der Regierung nächste Woche weitergehen, aber nicht wo.',
      af: 'Die minister het gesê dat die gesprekke met die regering volgende week sal voortgaan, maar nie waar nie.',
      fr: 'Le ministre a dit que les négociations avec le gouvernement reprendraient la semaine prochaine, mais pas où.',
    }
    for (const [lang, text] of Object.entries(other)) {
      expect(plainlyDutch(text), lang).toBeNull()
      // What eld makes of Afrikaans is eld's business; the others it knows apart.
      if (lang !== 'af') expect(detectLanguage(text), lang).toBe(lang)
    }
    expect(plainlyDutch('Rusland niet door')).toBeNull()
    expect(
      plainlyDutch(
        'De minister zei dat de gesprekken met de regering volgende week worden voortgezet, maar niet waar.',
      ),
    ).toBe('nl')
  })
})

describe('languageStage', () => {
  const stage = languageStage()
  const pageOf = (bodies: string[]): Page => {
    const text = bodies.join('\n\n')
    let at = 0
    const articles = bodies.map((b) => {
      const a = { paragraphs: [{ start: at, end: at + b.length }], language: null } as unknown as Article
      at += b.length + 2
      return a
    })
    return { text, articles, language: null } as unknown as Page
  }

  it('gives a Dutch page and its Dutch teasers Dutch, and an English teaser on it English', () => {
    const page = pageOf([
      'De minister zei dat de gesprekken met de regering volgende week worden voortgezet, maar niet waar. Het kabinet wil er nog niet op ingaan.',
      'Rusland valt Oekraïne aan met drones.',
      'The minister said that the talks with the government would go on next week, but he did not say where.',
    ])
    stage(page)
    expect(page.language).toBe('nl')
    expect(page.articles.map((a) => a.language)).toEqual(['nl', 'nl', 'en'])
  })
})

describe('the word scan against /\\p{L}+/gu', () => {
  // The functions as first written, with the regular expressions the scan replaced.
  const STRONG =
    'het een niet wordt werd naar ook maar heeft hebben door bij uit nog deze wel werden worden volgens tegen zich'
  const COMMON = new Set([...STRONG.split(' '), ...'zijn dat van de en in op met voor er'.split(' ')])
  const FOREIGN = new Set(
    'the and of with was were has have der und nicht ist das ein eine le la les et des est une el los y que'.split(
      ' ',
    ),
  )
  const strong = new Set(STRONG.split(' '))
  const plain = (sample: string): 'nl' | null => {
    let words = 0
    let s = 0
    let common = 0
    let articles = 0
    let die = 0
    for (const m of sample.toLowerCase().matchAll(/\p{L}+/gu)) {
      words++
      if (strong.has(m[0])) s++
      if (COMMON.has(m[0])) common++
      if (m[0] === 'de' || m[0] === 'het') articles++
      else if (m[0] === 'die') die++
    }
    return words >= 8 && s >= 2 && common >= 0.2 * words && articles > die ? 'nl' : null
  }
  const looking = (text: string): boolean => {
    let dutch = false
    for (const m of text
      .slice(0, 2000)
      .toLowerCase()
      .matchAll(/\p{L}+/gu)) {
      if (FOREIGN.has(m[0])) return false
      if (COMMON.has(m[0])) dutch = true
    }
    return dutch
  }
  const detect = (text: string): string | null => {
    const sample = text.slice(0, 2000)
    if (sample.replace(/[^\p{L}]/gu, '').length < 12) return null
    if (plain(sample)) return 'nl'
    return eld.detect(sample).language || null
  }
  const pieces = [
    ...'de het een niet wordt naar ook maar die the and und le que zijn van en op met er volgens'.split(' '),
    ...[
      'De',
      'HET',
      'Één',
      'één',
      'İstanbul',
      'Ærø',
      'Ὀδυσσεύς',
      '北京',
      '𝐀𝐁',
      'ab\u0301c',
      '\ud800',
      'x\udc00y',
    ],
    ...['Wordt', 'maaR', 'volgensde', 'deze-week', "d'r", '12', '3e', ' ', ' ', ', ', '. ', '\n', '-', '’'],
  ]

  it('counts the same words as the regular expression, in any script, on any text', () => {
    const random = seeded(7)
    for (let n = 0; n < 1500; n++) {
      let text = ''
      const len = Math.floor(random() * 40)
      for (let k = 0; k < len; k++) text += pieces[Math.floor(random() * pieces.length)]!
      expect(plainlyDutch(text), JSON.stringify(text)).toBe(plain(text))
      expect(dutchLooking(text), JSON.stringify(text)).toBe(looking(text))
      if (n % 5 === 0) expect(detectLanguage(text), JSON.stringify(text)).toBe(detect(text))
    }
  })
})
