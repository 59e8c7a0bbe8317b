// The learned event decisions: which PLOVER type (or none) a candidate pair states, its polarity and its
// modality. Three linear models over one hashed feature space, stored in one file: a JSON header line (what
// trained it, on which data, at which commit, thresholds and scales), then the int8 weights.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { dequantize, quantize, type LinearModel } from '../learn/linear.js'
import { EVENT_TYPES } from './types.js'
import type { Modality } from './polarity.js'

export const MODALITIES: Modality[] = ['actual', 'intended', 'hypothetical', 'alleged']
export const MODEL_FILE = fileURLToPath(new URL('../../data/models/events.model', import.meta.url))

export interface ModelHeader {
  format: 'entente-events/1'
  trainedBy: string
  commit: string | null
  data: Record<string, unknown>
  seed: number
  bits: number
  types: string[]
  /** Per type: the probability (sentence type times argument) above which a candidate is that type's event. */
  thresholds: number[]
  /** A candidate counts only when its argument score is at least this share of the sentence's best. */
  ratio: number
  /**
   * How the argument model reads a pair: 'choice', a softmax over the sentence's candidates (trained as a
   * choice among them); absent, each pair on its own (a logistic output).
   */
  pairs?: 'choice'
  /**
   * How one event's scores from several sentences of an article combine: 'noisy-or', the chance that at
   * least one states it; absent, the surest sentence's score.
   */
  combine?: 'noisy-or'
  /** Probability above which an event is negated. */
  negatedThreshold: number
}

export interface EventModel {
  header: ModelHeader
  /** Which types a sentence states (one output per type). */
  sentence: LinearModel
  /** Whether a candidate pair is the pair of a type its sentence states. */
  argument: LinearModel
  polarity: LinearModel
  modality: LinearModel
}

interface Part {
  outputs: number
  scales: number[]
  bias: number[]
  bytes: number
}

export function saveModel(path: string, model: EventModel): void {
  const parts = [model.sentence, model.argument, model.polarity, model.modality].map((m) => ({
    m,
    q: quantize(m),
  }))
  const layout: Part[] = parts.map(({ m, q }) => ({
    outputs: m.outputs,
    scales: q.scales,
    bias: [...m.bias],
    bytes: q.data.length,
  }))
  const head = JSON.stringify({ ...model.header, layout }) + '\n'
  mkdirSync(dirname(path), { recursive: true })
  const body = Buffer.concat([
    Buffer.from(head, 'utf8'),
    ...parts.map(({ q }) => Buffer.from(q.data.buffer, q.data.byteOffset, q.data.byteLength)),
  ])
  writeFileSync(path, body)
}

export function loadModel(path = MODEL_FILE): EventModel {
  let buf: Buffer
  try {
    buf = readFileSync(path)
  } catch (e) {
    throw new Error(`${path}: cannot read the event model (${(e as Error).message}); run entente train`)
  }
  const nl = buf.indexOf(10)
  if (nl < 0) throw new Error(`${path}: not an event model (no header line)`)
  const header = JSON.parse(buf.subarray(0, nl).toString('utf8')) as ModelHeader & { layout: Part[] }
  if (header.format !== 'entente-events/1') throw new Error(`${path}: unknown model format ${header.format}`)
  if (header.types.join() !== EVENT_TYPES.join()) throw new Error(`${path}: model types differ from PLOVER's`)
  let at = nl + 1
  const models = header.layout.map((p) => {
    const data = new Int8Array(buf.buffer, buf.byteOffset + at, p.bytes)
    at += p.bytes
    if ((1 << header.bits) * p.outputs !== p.bytes) throw new Error(`${path}: weights do not fit the header`)
    return dequantize(header.bits, p.outputs, p.scales, p.bias, data)
  })
  if (at !== buf.length) throw new Error(`${path}: ${buf.length - at} bytes after the weights`)
  const { layout: _layout, ...rest } = header
  return {
    header: rest,
    sentence: models[0]!,
    argument: models[1]!,
    polarity: models[2]!,
    modality: models[3]!,
  }
}
