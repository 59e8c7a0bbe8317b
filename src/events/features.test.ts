// The learned decisions' features are hashed without building their strings (candidates.ts): each bucket
// must be the one its feature string hashes to, or the shipped weights would read other buckets. Checked
// on sentences written for this test, for every sentence and every candidate pair.

import { describe, expect, it } from 'vitest'
import { createDefaultPipeline } from '../index.js'
import { readText } from '../sources/text.js'
import { DEFAULT_BITS, hashFeature } from '../learn/linear.js'
import { articleUnits, loadMarkers } from './decide.js'
import { loadAbroad, loadContexts, type EventLexicon } from './index.js'
import { indexCues, loadCues } from './lexicon.js'
import { loadMapping } from './scores.js'

const engine = createDefaultPipeline({ places: false })
const lexicon: EventLexicon = {
  index: indexCues(loadCues()),
  mapping: loadMapping(),
  contexts: loadContexts(),
  abroad: loadAbroad(),
}
const markers = loadMarkers()

const TEXT = [
  'Frankrijk en Duitsland sluiten geen akkoord',
  '',
  'PARIJS (ANP) - Frankrijk veroordeelt de Russische aanval op Oekraïne, maar "Duitsland wil niet praten", zegt de minister.',
  'China, Japan en India overleggen in Tokio over handel; Iran dreigt Israël met sancties.',
  'Volgens Turkije heeft de NAVO geen troepen naar Polen gestuurd. Brazilië zwijgt.',
  '',
].join('\n')

describe('hashed features', () => {
  const page = readText(new TextEncoder().encode(TEXT), { input: 'features.txt', kind: 'file' } as never, {
    observedAt: '2025-03-01T00:00:00Z',
  })
  engine.run(page)
  const units = page.articles.flatMap((a) => articleUnits(page.text, a, lexicon, markers, DEFAULT_BITS))

  it('are read from sentences with several actors, cues and candidates', () => {
    expect(units.length).toBeGreaterThanOrEqual(4)
    expect(units.some((u) => u.cues.length > 0)).toBe(true)
    expect(units.reduce((n, u) => n + u.candidates.length, 0)).toBeGreaterThan(20)
  })

  it('land in the buckets their strings hash to, for every sentence and candidate', () => {
    for (const unit of units) {
      const strings = unit.featureStrings()
      expect(strings.sentence.some((f) => f.startsWith('cue') || f.startsWith('srule'))).toBe(
        unit.cues.length > 0 || unit.proposals.length > 0,
      )
      expect(unit.hashed).toEqual(strings.sentence.map((f) => hashFeature(f, DEFAULT_BITS)))
      expect(strings.candidates).toHaveLength(unit.candidates.length)
      unit.candidates.forEach((c, i) => {
        expect(c.hashed).toEqual(strings.candidates[i]!.map((f) => hashFeature(f, DEFAULT_BITS)))
      })
    }
  })

  it('name the sides, the words between them and the rules in their strings', () => {
    const all = units.flatMap((u) => u.featureStrings().candidates.flat())
    for (const prefix of [
      'bias:p',
      'so:sentence',
      'tp:',
      'spp:',
      'scue:',
      'scl:',
      'btw:',
      'btwf:',
      'gap:',
      'n:',
    ])
      expect(
        all.some((f) => f.startsWith(prefix)),
        prefix,
      ).toBe(true)
  })
})
