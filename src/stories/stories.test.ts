// Fingerprints and the "same story" relation: the cases of the issue (a repeated teaser, a re-publication
// with a new first line, a teaser and its full article), texts that must stay apart, and order independence.

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { STORIES, fullArticle, story, teaser } from '../../test/helpers/corpus.js'
import { clusterTexts, sameStory, shareKey } from './cluster.js'
import {
  BANDS,
  EXACT_BAND,
  LEAD_BAND,
  fingerprint,
  jaccard,
  minhash,
  normalizeWords,
  shingles,
} from './fingerprint.js'

const body = (text: string) => text.split('\n').slice(1).join('\n')

describe('fingerprints', () => {
  it('normalises case, punctuation and diacritics', () => {
    expect(normalizeWords('Oekraïne, “Rusland” en de VS!')).toEqual(['oekraine', 'rusland', 'en', 'de', 'vs'])
  })

  it('makes word shingles, and one shingle for a text shorter than a shingle', () => {
    expect([...shingles(['a', 'b', 'c', 'd'])]).toEqual(['a b c', 'b c d'])
    expect([...shingles(['a', 'b'])]).toEqual(['a b'])
  })

  it('gives every MinHash band, the lead and the exact text a key, and a short text none', () => {
    const fp = fingerprint(body(fullArticle(story('grain'))))
    expect(fp.keys.filter((k) => k.band < BANDS)).toHaveLength(BANDS)
    expect(fp.keys.map((k) => k.band)).toEqual(expect.arrayContaining([LEAD_BAND, EXACT_BAND]))
    expect(fingerprint('Lees meer').keys).toEqual([])
  })

  it('keeps the keys a store holds: the same keys, digit for digit, for the same text', () => {
    // Keys are matched against those stored by earlier runs: any change to how they are computed must
    // leave them as they were.
    const keys = fingerprint(
      'Rusland en China tekenden dinsdag in Peking een akkoord over gasleveringen aan Europa.',
    ).keys.filter((k) => [0, 17, 31, LEAD_BAND, EXACT_BAND].includes(k.band))
    expect(keys).toEqual([
      { band: 0, key: '5ce897ee507bf64b' },
      { band: 17, key: '549a1b5fe5a71f75' },
      { band: 31, key: '2e0d0160b1ed307e' },
      { band: LEAD_BAND, key: '38889413d8914476' },
      { band: EXACT_BAND, key: '2e0d35234a619bca' },
    ])
  })

  it('estimates Jaccard similarity with MinHash', () => {
    const a = shingles(normalizeWords(body(fullArticle(story('expel')))))
    const b = shingles(
      normalizeWords(body(fullArticle(story('expel'), 'Moskou zet opnieuw diplomaten uit.'))),
    )
    const [sa, sb] = [minhash(a), minhash(b)]
    const agree = sa.filter((v, i) => v === sb[i]).length / sa.length
    expect(Math.abs(agree - jaccard(a, b))).toBeLessThan(0.15)
  })
})

describe('one story or two', () => {
  const expel = body(fullArticle(story('expel')))

  it('joins the same teaser wherever it appears', () => {
    const a = fingerprint(teaser(story('border')))
    expect(sameStory(a, fingerprint(teaser(story('border')) + '\n'))).toBe(true)
  })

  it('joins an article re-published with a new first line, through a shared MinHash band', () => {
    const republished = body(
      fullArticle(story('expel'), 'Rusland heeft donderdag opnieuw diplomaten uit een NAVO-land uitgewezen.'),
    )
    const [a, b] = [fingerprint(expel), fingerprint(republished)]
    expect(a.keys.find((k) => k.band === LEAD_BAND)).not.toEqual(b.keys.find((k) => k.band === LEAD_BAND))
    expect(shareKey(a, b)).toBe(true)
    expect(sameStory(a, b)).toBe(true)
  })

  it('joins a teaser and the full article it opens, through the lead key', () => {
    const [t, full] = [fingerprint(teaser(story('haiti'))), fingerprint(body(fullArticle(story('haiti'))))]
    expect(shareKey(t, full)).toBe(true)
    expect(sameStory(t, full)).toBe(true)
  })

  it('keeps different stories apart, even with the same dateline and a similar opening', () => {
    for (const a of STORIES)
      for (const b of STORIES)
        if (a !== b) expect(sameStory(fingerprint(teaser(a)), fingerprint(body(fullArticle(b))))).toBe(false)
    const other =
      'Rusland heeft twee Noorse diplomaten het land uitgezet. Het ging om een militair attaché en zijn assistent.'
    // Same first sentence, but the rest is another report: too little in common for one story.
    expect(sameStory(fingerprint(other), fingerprint(expel))).toBe(false)
  })

  it('does not join short texts by containment', () => {
    expect(sameStory(fingerprint('Rusland zet diplomaten uit'), fingerprint(expel))).toBe(false)
  })
})

describe('clustering', () => {
  const texts = STORIES.flatMap((s) => [teaser(s), body(fullArticle(s)), teaser(s)])

  it('puts each story’s teasers and article together and nothing else', () => {
    const groups = clusterTexts(texts)
    STORIES.forEach((_, i) => {
      expect(groups.slice(3 * i, 3 * i + 3)).toEqual([3 * i, 3 * i, 3 * i])
    })
  })

  it('finds the same groups in any order', () => {
    const canonical = (order: number[]) => {
      const groups = clusterTexts(order.map((i) => texts[i]!))
      const byText = new Map<number, number[]>()
      order.forEach((t, k) => byText.set(groups[k]!, [...(byText.get(groups[k]!) ?? []), t]))
      return [...byText.values()].map((g) => g.sort((x, y) => x - y).join()).sort()
    }
    const expected = canonical(texts.map((_, i) => i))
    fc.assert(
      fc.property(
        fc.shuffledSubarray(
          texts.map((_, i) => i),
          { minLength: texts.length },
        ),
        (order) => {
          expect(canonical(order)).toEqual(expected)
        },
      ),
      { numRuns: 25 },
    )
  })
})
