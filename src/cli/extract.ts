// `entente extract`: read pages and print what was found, without a store.

import { join } from 'node:path'
import type { Page } from '../core/doc.js'
import { formatsOf, type Chunk } from '../export/registry.js'
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

const FORMATS = formatsOf('pages', 'events')
const NAMES = FORMATS.map((f) => f.name)

export const extract: Command = {
  name: 'extract',
  summary: 'read pages (text, HTML, WARC, feeds) and print their articles, actors and events',
  args: 'FILE|DIR|GLOB|- ...',
  positionals: INPUTS,
  options: {
    format: { type: 'string', value: 'FORMAT', help: NAMES.join(', '), default: 'summary' },
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
    const name = checkChoice(str(args, 'format')!, '--format', NAMES)
    const format = FORMATS.find((f) => f.name === name)!
    const outDir = str(args, 'out')
    if (format.perFile && !outDir) usage(`--format ${name} needs --out DIR`)
    const input = checkInputOptions(args)
    const { mkdir, writeFile } = await import('node:fs/promises')
    if (outDir) await mkdir(outDir, { recursive: true })
    const { InputError } = await import('../core/message.js')
    const { createDefaultPipeline } = await import('../index.js')
    const { readInputs } = await import('../sources/input.js')
    const { Progress } = await import('./progress.js')
    const write = await pageWriter(format)
    const pipeline = createDefaultPipeline(await pipelineOptions(args))
    process.stdout.write(write.head)
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
      if (format.perFile) {
        const file = join(outDir!, `${page.source.name.replace(/[/\\]/g, '_')}.${name}.json`)
        await writeFile(file, write.page(page))
      } else process.stdout.write(write.page(page))
    }
    process.stdout.write(write.end())
    progress.done(failed)
    reportUndated(dates)
    return failed > 0 ? 1 : 0
  },
}

/** The chosen format as a writer of pages: page formats write each page, event formats its events' rows. */
async function pageWriter(
  format: (typeof FORMATS)[number],
): Promise<{ head: Chunk; page(page: Page): Chunk; end(): Chunk }> {
  if (format.kind === 'pages') {
    const { writer } = await format.load()
    return { head: '', page: writer, end: () => '' }
  }
  const [{ writer }, { pageRows }] = await Promise.all([format.load(), import('../export/rows.js')])
  const events = writer(new Date().toISOString().slice(0, 10))
  let next = 1
  return {
    head: events.head(),
    page(page) {
      const rows = pageRows(page, next)
      next += rows.length
      return Buffer.concat(rows.map((r) => events.row(r)).map((c) => Buffer.from(c)))
    },
    end: () => events.end(),
  }
}
