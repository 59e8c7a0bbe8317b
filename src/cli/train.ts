// entente train: rebuilds the event decisions from annotated pages (gold files beside their pages) and
// annotation records over a corpus file, reproducibly (fixed seed: the same data gives the same weights).

import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { defaultStages } from '../index.js'
import { loadAbroad, loadContexts } from '../events/index.js'
import { loadMarkers } from '../events/decide.js'
import { indexCues, loadCues } from '../events/lexicon.js'
import { MODEL_FILE, saveModel } from '../events/model.js'
import { loadMapping } from '../events/scores.js'
import { readCorpus, readRecords } from '../learn/annotations.js'
import { articleRows, readAnnotated, readRecordPages, type AnnotatedPage } from '../learn/dataset.js'
import { DEFAULT_TRAIN, trainEventModel } from '../learn/train.js'

function commit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim()
  } catch {
    return null
  }
}

export async function trainCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      gold: { type: 'string', multiple: true },
      pages: { type: 'string', multiple: true },
      annotations: { type: 'string' },
      corpus: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string' },
      folds: { type: 'string' },
      fraction: { type: 'string' },
      'no-defaults': { type: 'boolean', default: false },
    },
  })
  const defaults = !values['no-defaults']
  const gold = [...(values.gold ?? [])]
  const pages = [...(values.pages ?? [])]
  if (gold.length !== pages.length) throw new Error('train: give --gold and --pages in pairs')
  if (defaults && gold.length === 0) {
    gold.push('../shared/silver/gold')
    pages.push('../shared/silver/pages')
  }
  const annotations =
    values.annotations ?? (defaults && existsSync('data/annotations') ? 'data/annotations' : null)
  const corpusPath = values.corpus ?? '../shared/corpus/nl-news.jsonl'
  const seed = Number(values.seed ?? DEFAULT_TRAIN.seed)
  const folds = Number(values.folds ?? DEFAULT_TRAIN.folds)
  const fraction = Number(values.fraction ?? 1)
  if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, not "${values.seed}"`)
  if (!Number.isInteger(folds) || folds < 1)
    throw new Error(`--folds must be a whole number >= 1, not "${values.folds}"`)
  if (!(fraction > 0 && fraction <= 1))
    throw new Error(`--fraction must be in (0, 1], not "${values.fraction}"`)
  for (const dir of [...gold, ...pages])
    if (!existsSync(dir))
      throw new Error(`${dir}: no such directory (give --gold and --pages, or --no-defaults)`)

  const log = (line: string) => process.stderr.write(`train: ${line}\n`)
  const stages = defaultStages({ model: null })
    .filter(([name]) => name !== 'events')
    .map(([, stage]) => stage)
  const sets: Record<string, unknown>[] = []
  let annotated: AnnotatedPage[] = []
  for (const [i, g] of gold.entries()) {
    const read = await readAnnotated(g, pages[i]!, stages)
    sets.push({ gold: g, pages: pages[i], files: read.length })
    annotated.push(...read)
    log(`${g}: ${read.length} pages`)
  }
  if (annotations) {
    const files = statSync(annotations).isDirectory()
      ? readdirSync(annotations)
          .filter((f) => f.endsWith('.jsonl'))
          .sort()
          .map((f) => join(annotations, f))
      : [annotations]
    const records = files.flatMap((f) => readRecords(f))
    if (records.length > 0) {
      const corpus = readCorpus(corpusPath)
      const read = readRecordPages(records, corpus, corpusPath, stages)
      sets.push({ annotations: files, corpus: corpusPath, items: read.length })
      annotated.push(...read)
      log(`${annotations}: ${read.length} corpus items`)
    }
  }
  if (fraction < 1) annotated = annotated.filter((p) => share(p.name) < fraction)
  if (annotated.length === 0) throw new Error('train: no annotated pages found')
  const lexicon = {
    index: indexCues(loadCues()),
    mapping: loadMapping(),
    contexts: loadContexts(),
    abroad: loadAbroad(),
  }
  const rows = articleRows(annotated, lexicon, loadMarkers(), DEFAULT_TRAIN.bits)
  const events = rows.reduce((n, r) => n + r.gold.size, 0)
  log(`${rows.length} articles aligned, ${events} gold events`)
  const options = {
    ...DEFAULT_TRAIN,
    seed,
    folds,
    sentence: { ...DEFAULT_TRAIN.sentence, seed },
    argument: { ...DEFAULT_TRAIN.argument, seed: seed + 1 },
    attributes: { ...DEFAULT_TRAIN.attributes, seed: seed + 2 },
  }
  const model = trainEventModel(
    rows,
    options,
    {
      trainedBy: 'entente train',
      commit: commit(),
      data: { sets, fraction, pages: annotated.length, articles: rows.length, events },
    },
    log,
  )
  const out = values.out ? resolve(values.out, 'events.model') : MODEL_FILE
  saveModel(out, model)
  log(`wrote ${out}`)
  return 0
}

/** A page's stable place in [0, 1), so a fraction of the pages is the same subset on every run. */
function share(name: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193)
  return (h >>> 0) / 4294967296
}
