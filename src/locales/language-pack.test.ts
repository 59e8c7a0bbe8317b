// Language packs chosen per article: the places stage reads the words of place of the article's detected
// language, from whichever packs it is given; a language without a pack is read with the default (Dutch).

import { describe, expect, it } from 'vitest'
import { en } from '../../test/fixtures/packs/en.js'
import type { Article, Page } from '../core/doc.js'
import type { CodedEvent } from '../events/index.js'
import { defaultGazetteerOf } from '../index.js'
import { placeStage } from '../places/index.js'
import { DEFAULT_PACK, packFor, PACKS } from './index.js'

/** A page of one article in `language` whose one event is its first sentence, with no actor mentions. */
function pageOf(text: string, language: string | null): Page {
  const sentence = { start: 0, end: text.indexOf('.') + 1 }
  const event = { sentence, evidence: { ...sentence, text: text.slice(0, sentence.end) }, source: 'NOR' }
  const article = {
    language,
    paragraphs: [{ start: 0, end: text.length }],
    events: [event as unknown as CodedEvent],
    actors: { mentions: [] },
    dateline: null,
  } as unknown as Article
  return { text, articles: [article] } as unknown as Page
}

const placeOf = (page: Page) => page.articles[0]!.events![0]!.place

describe('language packs', () => {
  const gazetteer = defaultGazetteerOf()

  it('choose the pack of the article language, else the default', () => {
    expect(packFor('nl').code).toBe('nl')
    expect(packFor('en')).toBe(DEFAULT_PACK)
    expect(packFor(null)).toBe(DEFAULT_PACK)
    expect(packFor('en', [...PACKS, en])).toBe(en)
  })

  it('a second pack places an event in its own language, without changing the stage', () => {
    const withEnglish = placeStage({ gazetteer, packs: [...PACKS, en] })
    const english = pageOf('The ministers met near Bergen on Tuesday.', 'en')
    withEnglish(english)
    expect(placeOf(english)).toMatchObject({ text: 'Bergen', country: 'NOR', precision: 'city' })
    // Dutch words of place still hold for a Dutch article on the same stage.
    const dutch = pageOf('De ministers kwamen dinsdag bijeen in Bergen.', 'nl')
    withEnglish(dutch)
    expect(placeOf(dutch)).toMatchObject({ text: 'Bergen', country: 'NOR' })
  })

  it('without that pack, the English words of place are not read', () => {
    const dutchOnly = placeStage({ gazetteer })
    const english = pageOf('The ministers met near Bergen on Tuesday.', 'en')
    dutchOnly(english)
    expect(placeOf(english)).toBeNull()
  })
})
