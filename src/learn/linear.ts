// Linear models over hashed features: several binary logistic outputs sharing one feature space, trained
// with AdaGrad from a fixed seed (the same data gives the same weights), stored as int8 weights per output.

import { seeded, shuffle } from '../core/random.js'

/** Hash space: 2^17 buckets; features collide rarely enough at our vocabulary size (~10^5 strings). */
export const DEFAULT_BITS = 17

/** FNV-1a over the UTF-16 code units of `s`, continued from state `h` (not yet folded into buckets). */
export function fnv(s: string, h = 0x811c9dc5): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h
}

/** FNV-1a over the UTF-16 code units of a feature string, folded into `bits` bits. */
export function hashFeature(s: string, bits: number): number {
  return (fnv(s) >>> 0) & ((1 << bits) - 1)
}

export interface Example {
  /** Hashed feature indexes (duplicates allowed: each counts once more). */
  features: Int32Array
  /** One 0/1 label per output. */
  labels: Uint8Array
}

export interface TrainOptions {
  epochs: number
  rate: number
  l2: number
  seed: number
  /** Weight of a positive label in the loss, per output (rare types need more). */
  positiveWeight?: number
}

/** Weights laid out feature-major: w[f * outputs + k]; biases apart. */
export class LinearModel {
  readonly weights: Float32Array
  readonly bias: Float32Array
  constructor(
    readonly bits: number,
    readonly outputs: number,
    weights?: Float32Array,
    bias?: Float32Array,
  ) {
    this.weights = weights ?? new Float32Array((1 << bits) * outputs)
    this.bias = bias ?? new Float32Array(outputs)
  }

  /** Adds the weights of `features` to `into` (length `outputs`), each output's in the features' order. */
  accumulate(features: ArrayLike<number>, into: Float64Array): void {
    const n = features.length
    const bases = basesFor(n)
    const k = this.outputs
    for (let i = 0; i < n; i++) bases[i] = features[i]! * k
    sumColumns(this.weights, k, bases, n, into)
  }

  /** Probabilities per output for a feature set, with an optional precomputed partial sum. */
  predict(features: ArrayLike<number>, partial?: Float64Array): Float64Array {
    return this.predictInto(features, new Float64Array(this.outputs), partial)
  }

  /**
   * `predict` into a caller's array (length at least `outputs`), returned: a Float64Array of 16 outputs is
   * allocated outside V8's heap, which costs as much as the sums when done for every sentence.
   */
  predictInto(features: ArrayLike<number>, z: Float64Array, partial?: Float64Array): Float64Array {
    for (let o = 0; o < this.outputs; o++) z[o] = this.bias[o]! + (partial ? partial[o]! : 0)
    this.accumulate(features, z)
    for (let o = 0; o < this.outputs; o++) z[o] = 1 / (1 + Math.exp(-z[o]!))
    return z
  }
}

/**
 * `predictInto` over features given in consecutive parts, then one more feature `last`: the same sums in the
 * same order as over the parts joined, without joining them.
 */
export function predictParts(
  model: LinearModel,
  parts: readonly ArrayLike<number>[],
  last: number,
  z: Float64Array,
): Float64Array {
  const k = model.outputs
  let n = 1
  for (const features of parts) n += features.length
  const bases = basesFor(n)
  n = 0
  for (const features of parts) for (let i = 0; i < features.length; i++) bases[n++] = features[i]! * k
  bases[n++] = last * k
  for (let o = 0; o < k; o++) z[o] = model.bias[o]! + 0
  sumColumns(model.weights, k, bases, n, z)
  for (let o = 0; o < k; o++) z[o] = 1 / (1 + Math.exp(-z[o]!))
  return z
}

/** Row offsets of the features being summed, reused from call to call. */
let scratchBases = new Int32Array(256)
function basesFor(n: number): Int32Array {
  if (scratchBases.length < n) scratchBases = new Int32Array(Math.max(n, 2 * scratchBases.length))
  return scratchBases
}

/**
 * Adds to each output the weights of the rows at `bases` (n of them), output by output: the same sums in the
 * same order as row by row, but each kept in a register rather than read and written back in memory for every
 * feature. This took the sentence model's sums from 2.5 times as long.
 */
function sumColumns(w: Float32Array, k: number, bases: Int32Array, n: number, into: Float64Array): void {
  for (let o = 0; o < k; o++) {
    let z = into[o]!
    for (let i = 0; i < n; i++) z += w[bases[i]! + o]!
    into[o] = z
  }
}

/** The mean of models of one shape, weight by weight: several seeds' models as one, with less of each seed's noise. */
export function averageModels(models: LinearModel[]): LinearModel {
  const first = models[0]!
  const out = new LinearModel(first.bits, first.outputs)
  for (const m of models) {
    if (m.bits !== first.bits || m.outputs !== first.outputs)
      throw new Error('averageModels: models differ in shape')
    for (let i = 0; i < m.weights.length; i++) out.weights[i]! += m.weights[i]! / models.length
    for (let k = 0; k < m.bias.length; k++) out.bias[k]! += m.bias[k]! / models.length
  }
  return out
}

/** Trains independent binary logistic outputs with AdaGrad; examples are shuffled by the seed each epoch. */
export function train(examples: Example[], bits: number, outputs: number, o: TrainOptions): LinearModel {
  const model = new LinearModel(bits, outputs)
  const w = model.weights
  const g2 = new Float32Array(w.length).fill(1e-6)
  const b2 = new Float64Array(outputs).fill(1e-6)
  const random = seeded(o.seed)
  const order = examples.map((_, i) => i)
  const pw = o.positiveWeight ?? 1
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    shuffle(order, random)
    for (const idx of order) {
      const ex = examples[idx]!
      const p = model.predict(ex.features)
      for (let k = 0; k < outputs; k++) {
        const y = ex.labels[k]!
        let g = p[k]! - y
        if (y === 1) g *= pw
        if (g > -1e-4 && g < 1e-4) continue
        b2[k]! += g * g
        model.bias[k]! -= (o.rate * g) / Math.sqrt(b2[k]!)
        for (let i = 0; i < ex.features.length; i++) {
          const at = ex.features[i]! * outputs + k
          const grad = g + o.l2 * w[at]!
          g2[at]! += grad * grad
          w[at]! -= (o.rate * grad) / Math.sqrt(g2[at]!)
        }
      }
    }
  }
  return model
}

/** Candidates of one choice: each one's features, and which of them are right (at least one). */
export interface Group {
  items: Int32Array[]
  positive: Uint8Array
}

/**
 * Trains one output as a choice among each group's items (softmax over the group, the right items sharing the
 * target mass), with AdaGrad from a fixed seed. The bias cancels in a softmax and stays 0.
 */
export function trainChoice(groups: Group[], bits: number, o: TrainOptions): LinearModel {
  const model = new LinearModel(bits, 1)
  const w = model.weights
  const g2 = new Float32Array(w.length).fill(1e-6)
  const random = seeded(o.seed)
  const order = groups.map((_, i) => i)
  let z = new Float64Array(16)
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    shuffle(order, random)
    for (const idx of order) {
      const { items, positive } = groups[idx]!
      const n = items.length
      if (z.length < n) z = new Float64Array(2 * n)
      let top = -Infinity
      let right = 0
      for (let i = 0; i < n; i++) {
        let sum = 0
        const f = items[i]!
        for (let j = 0; j < f.length; j++) sum += w[f[j]!]!
        z[i] = sum
        if (sum > top) top = sum
        right += positive[i]!
      }
      softmax(z, n, top)
      for (let i = 0; i < n; i++) {
        const g = z[i]! - positive[i]! / right
        if (g > -1e-4 && g < 1e-4) continue
        const f = items[i]!
        for (let j = 0; j < f.length; j++) {
          const at = f[j]!
          const grad = g + o.l2 * w[at]!
          g2[at]! += grad * grad
          w[at]! -= (o.rate * grad) / Math.sqrt(g2[at]!)
        }
      }
    }
  }
  return model
}

/**
 * The first `n` scores as shares of a choice among them (softmax), in place; `top` is their largest, taken off
 * before exponentiating so that no score overflows.
 */
export function softmax(z: { [i: number]: number }, n: number, top: number): void {
  let total = 0
  for (let i = 0; i < n; i++) total += z[i] = Math.exp(z[i]! - top)
  for (let i = 0; i < n; i++) z[i] = z[i]! / total
}

/** Int8 weights with one scale per output: a model of 2^17 x 17 weights is 2.2 MB on disk. */
export function quantize(m: LinearModel): { scales: number[]; data: Int8Array } {
  const scales: number[] = []
  for (let k = 0; k < m.outputs; k++) {
    let max = 0
    for (let f = k; f < m.weights.length; f += m.outputs) max = Math.max(max, Math.abs(m.weights[f]!))
    scales.push(max > 0 ? max / 127 : 1)
  }
  const data = new Int8Array(m.weights.length)
  for (let i = 0; i < data.length; i++) data[i] = Math.round(m.weights[i]! / scales[i % m.outputs]!)
  return { scales, data }
}

export function dequantize(
  bits: number,
  outputs: number,
  scales: number[],
  bias: number[],
  data: Int8Array,
): LinearModel {
  const w = new Float32Array(data.length)
  for (let i = 0; i < data.length; i++) w[i] = data[i]! * scales[i % outputs]!
  return new LinearModel(bits, outputs, w, Float32Array.from(bias))
}
