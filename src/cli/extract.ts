// `entente extract`: read pages and print what was found, without a store.

import { join } from 'node:path'
import type { Page } from '../core/doc.js'
import type { Command } from './args.js'
import { usage } from './args.js'
import { checkChoice, inputOptions, modelOptions, pipelineOptions, str } from './options.js'
import {
  checkInputOptions,
  countDates,
  INPUTS,
  reportError,
  reportMessages,
  reportUndated,
} from './report.js'

const FORMATS = ['summary', 'jsonl', 'gold', 'plover'] as const

export const extract: Command = {
  name: 'extract',
  summary: 'read pages (text, HTML, WARC, feeds) and print their articles, actors and events',
  args: 'FILE|DIR|GLOB|- ...',
  positionals: INPUTS,
  options: {
    format: { type: 'string', value: 'FORMAT', help: FORMATS.join(', '), default: 'summary' },
    out: { type: 'string', value: 'DIR', help: 'where --format gold writes one file per page' },
    ...inputOptions,
    ...modelOptions,
  },
  examples: [
    ['entente extract examples/pages', 'a readable summary per page'],
    [
      'entente extract crawl.warc.gz --format jsonl > pages.jsonl',
      'the full document per page, one JSON per line',
    ],
    ['entente extract pages/ --format gold --out out/', 'out/<file name>.gold.json per page'],
    [
      'entente extract articles.jsonl --fields title=headline,text=body,date=published',
      'a dataset of articles, one JSON object per line, with its own field names',
    ],
  ],
  async run(args) {
    const format = checkChoice(str(args, 'format')!, '--format', FORMATS)
    const outDir = str(args, 'out')
    if (format === 'gold' && !outDir) usage('--format gold needs --out DIR')
    const input = checkInputOptions(args)
    const { mkdir, writeFile } = await import('node:fs/promises')
    if (outDir) await mkdir(outDir, { recursive: true })
    const { InputError } = await import('../core/message.js')
    const { createDefaultPipeline } = await import('../index.js')
    const { readInputs } = await import('../sources/input.js')
    const { Progress } = await import('./progress.js')
    const write = await writer(format)
    const pipeline = createDefaultPipeline(await pipelineOptions(args))
    const progress = new Progress(process.stderr)
    let failed = 0
    const dates = { undated: 0, articles: 0 }
    for await (const item of readInputs(args.positionals, input)) {
      if (item instanceof InputError) {
        failed++
        reportError(item, progress)
        continue
      }
      const page = pipeline.run(item)
      progress.tick(page.articles.length)
      reportMessages(page, progress)
      countDates(dates, page)
      if (format === 'gold') {
        const file = join(outDir!, `${page.source.name.replace(/[/\\]/g, '_')}.gold.json`)
        await writeFile(file, write(page))
      } else process.stdout.write(write(page))
    }
    progress.done(failed)
    reportUndated(dates)
    return failed > 0 ? 1 : 0
  },
}

async function writer(format: (typeof FORMATS)[number]): Promise<(page: Page) => string> {
  if (format === 'jsonl') return (page) => JSON.stringify(page) + '\n'
  if (format === 'plover') {
    const { ploverRecords } = await import('../events/plover.js')
    return (page) =>
      ploverRecords(page)
        .map((r) => JSON.stringify(r) + '\n')
        .join('')
  }
  if (format === 'gold') {
    const { toGold } = await import('../eval/gold.js')
    return (page) => JSON.stringify(toGold(page), null, 2) + '\n'
  }
  const { formatSummary } = await import('./summary.js')
  return formatSummary
}
