// Training the event decisions: a sentence model (which types a sentence states) and an argument model
// (which candidate pair is a stated type's pair), thresholds per type chosen on out-of-fold predictions
// (k folds by page, events scored per article as the evaluation scores them), then the polarity and
// modality models over the gold events found among the candidates.

import { combineScores, eventKey, SCORE_FLOOR, scoreSentence } from '../events/decide.js'
import { MODALITIES, type EventModel, type ModelHeader } from '../events/model.js'
import { EVENT_TYPES } from '../events/types.js'
import {
  argumentExamples,
  argumentGroups,
  modalityExamples,
  polarityExamples,
  sentenceExamples,
  type ArticleRows,
} from './dataset.js'
import { averageModels, LinearModel, train, trainChoice, type TrainOptions } from './linear.js'

export interface EventTrainOptions {
  bits: number
  seed: number
  folds: number
  ratio: number
  /**
   * The least precision, out of fold, of the events the model adds to a type (beside the rules' own
   * precision for that type): an added event must be right more often than wrong.
   */
  minPrecision: number
  /**
   * The argument model as a choice among a sentence's candidates (a softmax over them, trained so), rather
   * than a logistic output per pair on its own.
   */
  choice: boolean
  /** One event's scores from several sentences combined by noisy-or, rather than the surest kept. */
  noisyOr: boolean
  /** Models trained from as many seeds and averaged, for the sentence and argument decisions. */
  members: number
  sentence: TrainOptions
  argument: TrainOptions
  attributes: TrainOptions
}

export const DEFAULT_TRAIN: EventTrainOptions = {
  bits: 17,
  seed: 20261203,
  folds: 4,
  ratio: 0.7,
  minPrecision: 0.5,
  choice: true,
  noisyOr: true,
  members: 3,
  sentence: { epochs: 8, rate: 0.1, l2: 1e-6, seed: 1, positiveWeight: 2 },
  argument: { epochs: 8, rate: 0.1, l2: 1e-6, seed: 2 },
  attributes: { epochs: 10, rate: 0.1, l2: 1e-5, seed: 3 },
}

type Scored = Map<string, number>

/** Per gold event of an article, how far the decisions carried it (out of fold). */
export interface GoldReach {
  key: string
  /** Its pair is a candidate of some sentence of the article. */
  pair: boolean
  /** The best P(type | sentence) over the sentences where its pair is a candidate. */
  typeP: number
}

/** Per article, per gold event: whether its pair is among the candidates, and the sentence model's best type score there. */
export function goldReach(model: EventModel, rows: ArticleRows[]): GoldReach[][] {
  return rows.map((r) => {
    const reach = new Map<string, GoldReach>([...r.gold].map((key) => [key, { key, pair: false, typeP: 0 }]))
    for (const s of r.sentences) {
      const types = model.sentence.predict(s.features)
      for (const c of s.candidates) {
        for (let k = 0; k < EVENT_TYPES.length; k++) {
          const g = reach.get(eventKey(c.source, c.target, EVENT_TYPES[k]!))
          if (!g) continue
          g.pair = true
          g.typeP = Math.max(g.typeP, types[k]!)
        }
      }
    }
    return [...reach.values()]
  })
}

/** The recall stages out of fold, as one log line: pair among candidates, type above threshold, scored above it, kept. */
export function reachReport(
  reach: GoldReach[][],
  scores: Scored[],
  rows: ArticleRows[],
  at: number[],
): string {
  let n = 0
  let pair = 0
  let typed = 0
  let scored = 0
  let rule = 0
  let kept = 0
  reach.forEach((gs, i) => {
    for (const g of gs) {
      n++
      const t = at[typeIndex(g.key)] ?? 1
      const p = scores[i]!.get(g.key) ?? 0
      const r = rows[i]!.rules.has(g.key)
      if (g.pair) pair++
      if (g.pair && g.typeP >= t) typed++
      if (p >= t) scored++
      if (r) rule++
      if (r || p >= t) kept++
    }
  })
  const pc = (x: number) => `${x} (${((100 * x) / Math.max(1, n)).toFixed(1)}%)`
  return `of ${n} gold events: pair among candidates ${pc(pair)}, type above threshold there ${pc(typed)}, model score above threshold ${pc(scored)}, rules ${pc(rule)}, kept ${pc(kept)}`
}

/** Per article: each event key's score over its sentences (the surest, or combined by noisy-or as the model says). */
export function articleScores(model: EventModel, rows: ArticleRows[]): Scored[] {
  const noisyOr = model.header.combine === 'noisy-or'
  return rows.map((r) => {
    const best: Scored = new Map()
    for (const s of r.sentences) {
      for (const { candidate, type, p } of scoreSentence(
        model,
        model.sentence.predict(s.features),
        s.candidates,
        SCORE_FLOOR,
      )) {
        const c = s.candidates[candidate]!
        const key = eventKey(c.source, c.target, EVENT_TYPES[type]!)
        const was = best.get(key)
        best.set(key, was === undefined ? p : combineScores(noisyOr, was, p))
      }
    }
    return best
  })
}

/**
 * Events counted over the articles as the scorer counts them: every key the model scored or the rules
 * proposed that `keep` keeps (given the model's probability and whether the rules proposed it), against gold.
 */
function count(
  scores: Scored[],
  rows: ArticleRows[],
  keep: (key: string, p: number, rule: boolean) => boolean,
): { tp: number; fp: number; fn: number } {
  let tp = 0
  let fp = 0
  let fn = 0
  rows.forEach((r, i) => {
    const keys = new Set([...scores[i]!.keys(), ...r.rules])
    const preds = [...keys].filter((k) => keep(k, scores[i]!.get(k) ?? 0, r.rules.has(k)))
    const hit = preds.filter((k) => r.gold.has(k)).length
    tp += hit
    fp += preds.length - hit
    fn += [...r.gold].filter((k) => keep(k, 1, true)).length - hit
  })
  return { tp, fp, fn }
}

const typeOf = (key: string) => key.slice(key.lastIndexOf('|') + 1)
const typeIndex = (key: string) => EVENT_TYPES.indexOf(typeOf(key) as never)

/**
 * Per type, the threshold at and above which the model adds events of its own to the rules', chosen to
 * maximise that type's F1 over the articles, with the added events at least as precise as the rules' own
 * and at least `minPrecision` precise. Where no lower threshold meets both, the highest tried (1.0) is
 * kept, at which the model adds next to nothing.
 */
export function chooseThresholds(scores: Scored[], rows: ArticleRows[], minPrecision = 0): number[] {
  return EVENT_TYPES.map((type) => {
    const keep = (a: number) => (k: string, p: number, rule: boolean) =>
      typeOf(k) === type && (rule || p >= a)
    const rules = count(scores, rows, keep(2))
    const floor = Math.max(minPrecision, rules.tp / Math.max(1, rules.tp + rules.fp))
    let best = { f1: -1, a: 0.5 }
    for (let a = 0.05; a < 1.001; a += 0.025) {
      const { tp, fp, fn } = count(scores, rows, keep(a))
      const added = { tp: tp - rules.tp, fp: fp - rules.fp }
      if (added.tp + added.fp > 0 && added.tp / (added.tp + added.fp) < floor) continue
      const f1 = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn)
      if (f1 > best.f1 + 1e-9) best = { f1, a }
    }
    return Math.round(best.a * 1000) / 1000
  })
}

/** Micro P/R/F1 of the events `keep` keeps, over the articles. */
function report(
  scores: Scored[],
  rows: ArticleRows[],
  keep: (k: string, p: number, rule: boolean) => boolean,
): string {
  const { tp, fp, fn } = count(scores, rows, keep)
  const p = tp / Math.max(1, tp + fp)
  const r = tp / Math.max(1, tp + fn)
  const f1 = (2 * p * r) / Math.max(1e-9, p + r)
  return `P ${(100 * p).toFixed(1)} R ${(100 * r).toFixed(1)} F1 ${(100 * f1).toFixed(1)}`
}

/** Splits articles into folds by page name, so one page's articles stay together. */
function foldOf(page: string, folds: number): number {
  let h = 0
  for (let i = 0; i < page.length; i++) h = (h * 31 + page.charCodeAt(i)) >>> 0
  return h % folds
}

function fit(
  rows: ArticleRows[],
  options: EventTrainOptions,
  header: EventModel['header'],
): Omit<EventModel, 'polarity' | 'modality'> & Partial<EventModel> {
  const { bits } = options
  // Each member's seeds are the options' own, moved by 1,000 per member: the same data still gives the same
  // weights, and no single seed's ordering decides a threshold.
  const members = Array.from({ length: Math.max(1, options.members) }, (_, i) => i * 1000)
  const sentences = sentenceExamples(rows)
  const choice = header.pairs === 'choice'
  const args = choice ? [] : argumentExamples(rows, bits)
  const groups = choice ? argumentGroups(rows, bits) : []
  return {
    header,
    sentence: averageModels(
      members.map((d) =>
        train(sentences, bits, EVENT_TYPES.length, { ...options.sentence, seed: options.sentence.seed + d }),
      ),
    ),
    argument: averageModels(
      members.map((d) =>
        choice
          ? trainChoice(groups, bits, { ...options.argument, seed: options.argument.seed + d })
          : train(args, bits, 1, { ...options.argument, seed: options.argument.seed + d }),
      ),
    ),
  }
}

export function trainEventModel(
  rows: ArticleRows[],
  options: EventTrainOptions,
  made: Pick<ModelHeader, 'trainedBy' | 'commit' | 'data'>,
  log: (line: string) => void = () => {},
): EventModel {
  const { bits } = options
  const header: ModelHeader = {
    format: 'entente-events/1',
    ...made,
    seed: options.seed,
    bits,
    types: [...EVENT_TYPES],
    thresholds: EVENT_TYPES.map(() => 0.5),
    ratio: options.ratio,
    negatedThreshold: 0.5,
    ...(options.choice ? { pairs: 'choice' as const } : {}),
    ...(options.noisyOr ? { combine: 'noisy-or' as const } : {}),
  }
  const none = new LinearModel(bits, 1)
  if (options.folds > 1) {
    const outOfFold: Scored[] = new Array(rows.length)
    const reach: GoldReach[][] = new Array(rows.length)
    for (let f = 0; f < options.folds; f++) {
      const trainRows = rows.filter((r) => foldOf(r.page, options.folds) !== f)
      const test = rows.map((r, i) => (foldOf(r.page, options.folds) === f ? i : -1)).filter((i) => i >= 0)
      const m = { ...fit(trainRows, options, header), polarity: none, modality: none }
      const scores = articleScores(
        m,
        test.map((i) => rows[i]!),
      )
      const reached = goldReach(
        m,
        test.map((i) => rows[i]!),
      )
      test.forEach((i, k) => {
        outOfFold[i] = scores[k]!
        reach[i] = reached[k]!
      })
      log(`fold ${f + 1}/${options.folds}: trained on ${trainRows.length} articles, scored ${test.length}`)
    }
    log(`rules alone, out of fold: ${report(outOfFold, rows, (_k, _p, rule) => rule)}`)
    log(`model at 0.5, out of fold: ${report(outOfFold, rows, (_k, p) => p >= 0.5)}`)
    header.thresholds = chooseThresholds(outOfFold, rows, options.minPrecision)
    const at = header.thresholds
    log(
      `rules and model at tuned thresholds, out of fold: ${report(outOfFold, rows, (k, p, rule) => rule || p >= at[typeIndex(k)]!)}`,
    )
    log(`recall stages, out of fold: ${reachReport(reach, outOfFold, rows, at)}`)
  }
  const model = fit(rows, options, header)
  const polarity = train(polarityExamples(rows), bits, 1, options.attributes)
  const modality = train(modalityExamples(rows), bits, MODALITIES.length, options.attributes)
  log(`trained on ${rows.length} articles, ${polarityExamples(rows).length} events found among candidates`)
  return { ...model, polarity, modality }
}
