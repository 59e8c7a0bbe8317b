// The eval command's work: extract every page that has a gold file, score, and format a report.

import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { Page } from '../core/doc.js'
import type { Pipeline } from '../core/pipeline.js'
import { InputError } from '../core/message.js'
import { readInputs } from '../sources/input.js'
import { scoringCodes } from './codes.js'
import { parseGold, toGold, type ArticleAnnotations, type GoldPage } from './gold.js'
import { score, type Scores } from './score.js'

export interface EvalOptions {
  goldDir: string
  pagesDir: string
  actorsTsv?: string | null
  pipeline: Pipeline
  annotate?: (page: Page) => ArticleAnnotations[]
}

export async function runEval(options: EvalOptions): Promise<Scores> {
  const files = (await readdir(options.goldDir)).filter((f) => f.endsWith('.gold.json')).sort()
  if (files.length === 0) throw new Error(`${options.goldDir}: no .gold.json files`)
  const pairs: { gold: GoldPage; predicted: GoldPage | null }[] = []
  for (const f of files) {
    const goldPath = join(options.goldDir, f)
    const gold = parseGold(await readFile(goldPath, 'utf8'), goldPath)
    const pagePath = join(options.pagesDir, f.replace(/\.gold\.json$/, ''))
    let predicted: GoldPage | null = null
    for await (const item of readInputs([pagePath])) {
      if (item instanceof InputError) throw item
      options.pipeline.run(item)
      predicted = toGold(item, options.annotate?.(item))
    }
    pairs.push({ gold, predicted })
  }
  const actors = options.actorsTsv ?? join(dirname(options.goldDir.replace(/\/+$/, '')), 'actors.tsv')
  return score(pairs, scoringCodes(existsSync(actors) ? actors : null))
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5)

export function formatScores(s: Scores, label: string, byType = false): string {
  const rows = [
    `${label}: ${s.pages} pages`,
    `articles   found ${s.articles.found}/${s.articles.gold} (${pct(s.articles.recall)}%), spurious ${s.articles.spurious}`,
    ...(['headline', 'dateline', 'agencies', 'age', 'kind'] as const).map(
      (f) => `${f.padEnd(10)} ${pct(s.fields[f].accuracy)}%  (${s.fields[f].correct}/${s.fields[f].total})`,
    ),
    ...(
      [
        ['actors', s.actors],
        ['people', s.people],
        ['events', s.events],
        ['untyped', s.eventsUntyped],
      ] as const
    ).map(
      ([n, r]) =>
        `${n.padEnd(10)} P ${pct(r.precision)}  R ${pct(r.recall)}  F1 ${pct(r.f1)}  (tp ${r.tp}, fp ${r.fp}, fn ${r.fn})`,
    ),
    `interval   typed F1 ${pct(s.intervals.events[0])} - ${pct(s.intervals.events[1]).trim()}, untyped ${pct(s.intervals.untyped[0]).trim()} - ${pct(s.intervals.untyped[1]).trim()}: 90% of ${s.intervals.rounds} draws of these pages with replacement`,
    `negated    ${s.negated.foundNegated}/${s.negated.gold} found negated, ${s.negated.assertedWhereNegated} asserted where gold says negated`,
    `modality   ${pct(s.modality.accuracy)}% on matched events (${s.modality.correct}/${s.modality.total})`,
    `self-loops ${s.selfLoops.self} of ${s.selfLoops.events} events from a state to itself, ${s.selfLoops.unsupported} (${pct(s.selfLoops.unsupported / Math.max(1, s.selfLoops.events))}%) with no such gold event`,
  ]
  if (byType) {
    rows.push('by type    P      R      F1     (tp, fp, fn)')
    for (const [t, r] of Object.entries(s.byType))
      rows.push(
        `  ${t.padEnd(10)} ${pct(r.precision)}  ${pct(r.recall)}  ${pct(r.f1)}  (${r.tp}, ${r.fp}, ${r.fn})`,
      )
  }
  return rows.join('\n')
}
