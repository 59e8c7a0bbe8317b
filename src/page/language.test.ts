import { eld } from 'eld/small'
import { describe, expect, it } from 'vitest'
import { corpus } from '../../test/helpers/corpus.js'
import type { Article, Page } from '../core/doc.js'
import { detectLanguage, languageStage, plainlyDutch } from './language.js'

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
