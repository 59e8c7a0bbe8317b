// Training the event model: the same data gives the same weights, and a model trained on a user's own pages
// codes what those pages teach on a page it has not seen.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createDefaultPipeline } from '../index.js'
import { loadModel } from '../events/model.js'
import { readText } from '../sources/text.js'
import { trainCommand } from '../cli/train.js'
import { tempDir } from '../../test/helpers/build.js'
import { goldToRecord, recordToGold } from './annotations.js'
import { averageModels, dequantize, predictParts, quantize, trainChoice, LinearModel } from './linear.js'
import { seeded } from '../core/random.js'
import { articleScores, chooseThresholds, DEFAULT_TRAIN } from './train.js'
import { EVENT_TYPES } from '../events/types.js'
import type { ArticleRows, CandidateRow, SentenceRow } from './dataset.js'
import type { EventModel } from '../events/model.js'

// Sentences written for this test: a made-up verb sense ("knipoogt naar", winks at) that no rule knows,
// which the user's annotations label SUPPORT, among sentences that state no event.
const STATES: [string, string][] = [
  ['Frankrijk', 'FRA'],
  ['Italië', 'ITA'],
  ['Duitsland', 'DEU'],
  ['Spanje', 'ESP'],
  ['Polen', 'POL'],
  ['Griekenland', 'GRC'],
  ['Oostenrijk', 'AUT'],
  ['Portugal', 'PRT'],
]

function writeSet(dir: string): number {
  let written = 0
  mkdirSync(join(dir, 'pages'), { recursive: true })
  mkdirSync(join(dir, 'gold'), { recursive: true })
  for (let i = 0; i < 24; i++) {
    const [a, ca] = STATES[i % STATES.length]!
    const [b, cb] = STATES[(i * 3 + 1) % STATES.length]!
    if (ca === cb) continue
    const wink = `${a} knipoogt naar ${b} tijdens de lunch.`
    const idle = `${b} en ${a} hebben het over het weer in de zomer.`
    const text = `${wink} ${idle}\n`
    const name = `p${String(i).padStart(2, '0')}.txt`
    writeFileSync(join(dir, 'pages', name), text)
    const gold = {
      page: name,
      articles: [
        {
          kind: 'main',
          headline: null,
          dateline: [],
          agencies: [],
          lead: text.split(/\s+/).slice(0, 8).join(' '),
          age: null,
          actors: [ca, cb].sort(),
          people: [],
          events: [
            {
              source: ca,
              target: cb,
              type: 'SUPPORT',
              polarity: 'asserted',
              modality: 'actual',
              evidence: `${a} knipoogt naar ${b}`,
            },
          ],
        },
      ],
    }
    writeFileSync(join(dir, 'gold', `${name}.gold.json`), JSON.stringify(gold))
    written++
  }
  return written
}

async function trainInto(set: string, out: string): Promise<void> {
  const argv = ['--gold', join(set, 'gold'), '--pages', join(set, 'pages'), '--no-defaults', '--folds', '1']
  expect(await trainCommand([...argv, '--out', out])).toBe(0)
}

/** The model file without its header's commit, which names the checkout and not the data. */
function weights(path: string): Buffer {
  const buf = readFileSync(path)
  const nl = buf.indexOf(10)
  const header = JSON.parse(buf.subarray(0, nl).toString('utf8')) as Record<string, unknown>
  delete header.commit
  return Buffer.concat([Buffer.from(JSON.stringify(header)), buf.subarray(nl)])
}

describe('entente train', () => {
  it('gives the same weights from the same data, and a model that codes what it was taught', async () => {
    const dir = tempDir('train')
    const set = join(dir, 'set')
    const written = writeSet(set)
    await trainInto(set, join(dir, 'one'))
    await trainInto(set, join(dir, 'two'))
    const one = join(dir, 'one', 'events.model')
    expect(weights(one).equals(weights(join(dir, 'two', 'events.model')))).toBe(true)
    expect(loadModel(one).header).toMatchObject({ trainedBy: 'entente train', data: { pages: written } })

    // A page the model has not seen: a pair it never saw winking.
    const text =
      'Zweden knipoogt naar Noorwegen tijdens de lunch. Noorwegen en Zweden hebben het over het weer in de zomer.\n'
    const code = (model: ReturnType<typeof loadModel> | null) => {
      const page = readText(new TextEncoder().encode(text), { input: 'new.txt', name: 'new.txt' })
      createDefaultPipeline({ model }).run(page)
      return page.articles.flatMap((a) => a.events ?? []).map((e) => `${e.source}>${e.target}:${e.type}`)
    }
    expect(code(null)).toEqual([])
    const taught = code(loadModel(one))
    expect(taught).toEqual(['SWE>NOR:SUPPORT'])
  })
})

describe('annotation records', () => {
  it('keep offsets, not text, and give the gold page back', () => {
    const text = 'Titel van het stuk\n\nFrankrijk steunt Italië in het debat over de begroting.'
    const gold = {
      page: 'c1.txt',
      articles: [
        {
          kind: 'main' as const,
          headline: 'Titel van het stuk',
          dateline: [],
          agencies: [],
          lead: 'Frankrijk steunt Italië in het debat over de',
          age: null,
          actors: ['FRA', 'ITA'],
          people: [],
          events: [
            {
              source: 'FRA',
              target: 'ITA',
              type: 'SUPPORT',
              polarity: 'asserted' as const,
              modality: 'actual' as const,
              evidence: 'Frankrijk steunt Italië',
            },
          ],
        },
      ],
    }
    const record = goldToRecord('c1', gold, text)
    expect(JSON.stringify(record)).not.toContain('steunt')
    expect(record.articles[0]!.events[0]!.evidence).toEqual({ start: 20, end: 43 })
    expect(recordToGold(record, text)).toEqual(gold)
    expect(() => recordToGold(record, 'kort')).toThrow(/c1: headline offsets/)
  })
})

describe('predictParts', () => {
  it('gives exactly what predict gives on the parts joined, then the last feature', () => {
    const random = seeded(3)
    const bits = 6
    for (const outputs of [1, 4, 17]) {
      const raw = new LinearModel(bits, outputs)
      for (let i = 0; i < raw.weights.length; i++) raw.weights[i] = (random() - 0.5) * 3
      for (let o = 0; o < outputs; o++) raw.bias[o] = random() - 0.5
      // As a shipped model is: int8 weights read back.
      const q = quantize(raw)
      const loaded = dequantize(bits, outputs, q.scales, [...raw.bias], q.data)
      // And any float32 weights, as while training.
      for (let n = 0; n < 100; n++) {
        const model = n % 2 === 0 ? loaded : raw
        const part = () => Array.from({ length: Math.floor(random() * 30) }, () => Math.floor(random() * 64))
        const [a, b, last] = [part(), part(), Math.floor(random() * 64)]
        const got = predictParts(model, [a, b], last, new Float64Array(outputs))
        expect([...got]).toEqual([...model.predict(Int32Array.from([...a, ...b, last]))])
      }
    }
  })
})

describe('chooseThresholds', () => {
  // One article, one type. The rules code 5 ACCUSE pairs, 1 of them right (precision 0.2); gold has 10. The
  // model scores 7 more pairs at 0.61, 3 of them right: adding them raises F1 (0.13 -> 0.36) and they are
  // more precise (3/7) than the rules' own, but wrong more often than right.
  const key = (i: number) => `S${i}|T${i}|ACCUSE`
  const gold = new Set(Array.from({ length: 10 }, (_, i) => key(i)))
  const rules = new Set([key(0), key(20), key(21), key(22), key(23)])
  const scored = new Map([key(1), key(2), key(3), key(30), key(31), key(32), key(33)].map((k) => [k, 0.61]))
  const rows: ArticleRows[] = [{ page: 'p', sentences: [], gold, rules, attributes: [] }]
  const accuse = EVENT_TYPES.indexOf('ACCUSE')

  it('lets the model add events of a type when they are at least as precise as the rules', () => {
    expect(chooseThresholds([scored], rows, 0)[accuse]).toBeLessThanOrEqual(0.61)
  })

  it('keeps them out when they are right less often than the least precision asked for', () => {
    expect(chooseThresholds([scored], rows, 0.5)[accuse]).toBeGreaterThan(0.61)
    expect(DEFAULT_TRAIN.minPrecision).toBe(0.5)
  })
})

describe('averageModels', () => {
  it('is the mean of the models, weight by weight and bias by bias', () => {
    const a = new LinearModel(4, 2)
    const b = new LinearModel(4, 2)
    a.weights[3] = 1
    b.weights[3] = 3
    b.weights[7] = -2
    a.bias[1] = 0.5
    b.bias[1] = 1.5
    const m = averageModels([a, b])
    expect(m.weights[3]).toBe(2)
    expect(m.weights[7]).toBe(-1)
    expect(m.weights[0]).toBe(0)
    expect(m.bias[1]).toBe(1)
    expect(() => averageModels([a, new LinearModel(5, 2)])).toThrow(/shape/)
  })
})

describe('the argument model as a choice', () => {
  // Groups of four candidates with features of their own drawn at random; the right one always carries
  // feature 5, and sometimes a wrong one does too with feature 6 beside it.
  const random = seeded(11)
  const groups = Array.from({ length: 200 }, () => {
    const right = Math.floor(random() * 4)
    const decoy = (right + 1 + Math.floor(random() * 3)) % 4
    const items = Array.from({ length: 4 }, (_, i) => {
      const f = [Math.floor(random() * 5) + 10, Math.floor(random() * 5) + 20]
      if (i === right) f.push(5)
      if (i === decoy && random() < 0.5) f.push(5, 6)
      return Int32Array.from(f)
    })
    return { items, positive: Uint8Array.from(items, (_, i) => (i === right ? 1 : 0)) }
  })
  const options = { epochs: 4, rate: 0.1, l2: 1e-6, seed: 2 }

  it('learns which item of a group is right, and gives the same weights from the same groups', () => {
    const m = trainChoice(groups, 6, options)
    expect(m.weights[5]).toBeGreaterThan(0.5)
    expect(m.weights[6]).toBeLessThan(-0.5)
    expect([...trainChoice(groups, 6, options).weights]).toEqual([...m.weights])
  })

  // A model of 6 bits whose argument weights are all zero but one bucket: the first candidate's only feature.
  function model(header: Partial<EventModel['header']>): EventModel {
    const argument = new LinearModel(6, 1)
    argument.weights[3] = 1
    return {
      header: {
        format: 'entente-events/1',
        trainedBy: 'test',
        commit: null,
        data: {},
        seed: 1,
        bits: 6,
        types: [...EVENT_TYPES],
        thresholds: EVENT_TYPES.map(() => 0.5),
        ratio: 0,
        negatedThreshold: 0.5,
        ...header,
      },
      sentence: new LinearModel(6, EVENT_TYPES.length),
      argument,
      polarity: new LinearModel(6, 1),
      modality: new LinearModel(6, 4),
    }
  }
  const candidate = (source: string, target: string, feature: number): CandidateRow => {
    const hashed = Int32Array.of(feature)
    return { hashed, parts: [hashed], positive: [], source, target }
  }
  // Two sentences that both name the same two pairs; the sentence model says every type at 0.5.
  const sentence = (): SentenceRow => ({
    features: new Int32Array(0),
    types: new Uint8Array(EVENT_TYPES.length),
    candidates: [candidate('AAA', 'BBB', 3), candidate('BBB', 'AAA', 4)],
  })
  const rows: ArticleRows[] = [
    { page: 'p', sentences: [sentence(), sentence()], gold: new Set(), rules: new Set(), attributes: [] },
  ]
  const key = 'AAA|BBB|ACCUSE'

  it("reads a pair's score as its share of the sentence's candidates, combined over sentences by noisy-or", () => {
    // Sigmoid weights of the buckets the types conjoin with are zero here, so the first pair's sum is 1
    // (its own feature), plus 0 conjoined: a share e/(e+1) against the other pair.
    const share = Math.E / (Math.E + 1)
    const once = 0.5 * share
    const got = articleScores(model({ pairs: 'choice', combine: 'noisy-or' }), rows)[0]!.get(key)!
    expect(got).toBeCloseTo(1 - (1 - once) ** 2, 6)
    // As before: each pair on its own (a logistic output) and the surer sentence kept.
    const sigmoid = 1 / (1 + Math.exp(-1))
    expect(articleScores(model({}), rows)[0]!.get(key)).toBeCloseTo(0.5 * sigmoid, 6)
    expect(DEFAULT_TRAIN.choice && DEFAULT_TRAIN.noisyOr).toBe(true)
  })
})
