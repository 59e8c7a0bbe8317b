import { describe, expect, it } from 'vitest'
import { seeded } from '../core/random.js'
import { keepSpanTokens, sentenceTokens, tokenize } from './normalize.js'

describe('sentenceTokens', () => {
  it('takes a sentence of a kept span from its tokens, without tokenising again', () => {
    const text = 'De minister reisde af. Daarna sprak de NAVO-chef met Kyiv.'
    const owner = {}
    const kept = tokenize(text, 0, text.length)
    keepSpanTokens(owner, text, 0, text.length, kept)
    const start = text.indexOf('Daarna')
    const tokens = sentenceTokens(owner, text, start, text.length)
    expect(tokens).toEqual(tokenize(text, start, text.length))
    // The very token objects the span kept: nothing tokenised anew.
    expect(tokens[0]).toBe(kept.find((t) => t.start === start))
  })

  it('gives what tokenize gives, on random spans of random texts', () => {
    // Word pieces, hyphens, apostrophes (a genitive "'s" among them), spaces, punctuation, accents and an
    // astral letter, so that spans fall inside words, on hyphens and beside apostrophes.
    const pieces = [
      'Rusland',
      'de',
      ' ',
      ' ',
      '. ',
      '-',
      "'s",
      '’s',
      "'",
      'Houthi',
      'NAVO',
      'chef',
      'één',
      '12',
      ', ',
      '\n',
      '\u00a0',
      '“',
      '”',
      '–',
      '𝐀b',
      'é',
      'x',
    ]
    const random = seeded(23)
    for (let n = 0; n < 3000; n++) {
      let text = ''
      const len = 1 + Math.floor(random() * 30)
      for (let k = 0; k < len; k++) text += pieces[Math.floor(random() * pieces.length)]!
      const at = () => Math.floor(random() * (text.length + 1))
      const [a, b] = [at(), at()].sort((x, y) => x - y) as [number, number]
      const owner = {}
      keepSpanTokens(owner, text, a, b, tokenize(text, a, b))
      for (let k = 0; k < 5; k++) {
        const [s, e] = [a + Math.floor(random() * (b - a + 1)), a + Math.floor(random() * (b - a + 1))].sort(
          (x, y) => x - y,
        ) as [number, number]
        expect(sentenceTokens(owner, text, s, e), JSON.stringify([text, a, b, s, e])).toEqual(
          tokenize(text, s, e),
        )
      }
    }
  })
})
