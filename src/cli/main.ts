#!/usr/bin/env node
// The `entente` command: argument parsing only; the work is done by the library.

import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import type { Page } from '../core/doc.js'
import { InputError } from '../core/message.js'
import { toGold } from '../eval/gold.js'
import { ploverRecords } from '../events/plover.js'
import { formatScores, runEval } from '../eval/run.js'
import { createDefaultPipeline } from '../index.js'
import { readInputs, type Format } from '../sources/input.js'
import { formatSummary } from './summary.js'
import { Progress } from './progress.js'

const HELP = `entente — relations between states from news pages

Usage:
  entente extract FILE|DIR|GLOB|- ... [--format summary|jsonl|gold|plover] [--out DIR]
                  [--observed-at ISO-TIME|mtime] [--input-format auto|text|html|warc|feed]
  entente eval --gold DIR --pages DIR [--actors FILE] [--json] [--errors]
  entente help

Examples:
  entente extract examples/pages
  entente extract crawl.warc.gz --format jsonl > pages.jsonl
  entente extract pages/ --format plover > events.jsonl
  entente extract page.txt --observed-at 2025-05-12T10:00:00Z --format gold --out out/
  entente eval --gold ../shared/gold/dev --pages ../shared/samples/zeelandnet
`

class UsageError extends Error {}

function fail(message: string): never {
  throw new UsageError(message)
}

async function extract(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'summary' },
      out: { type: 'string' },
      'observed-at': { type: 'string' },
      'input-format': { type: 'string', default: 'auto' },
    },
  })
  const format = values.format!
  if (!['summary', 'jsonl', 'gold', 'plover'].includes(format))
    fail(`--format must be summary, jsonl, gold or plover, not "${format}"`)
  if (format === 'gold' && !values.out) fail('--format gold needs --out DIR')
  if (positionals.length === 0)
    fail('extract needs at least one input (a file, directory, glob or - for stdin)')
  const observedAt = values['observed-at']
  if (observedAt && observedAt !== 'mtime' && Number.isNaN(Date.parse(observedAt))) {
    fail(`--observed-at must be an ISO time or "mtime", not "${observedAt}"`)
  }
  const inputFormat = values['input-format'] as Format
  if (!['auto', 'text', 'html', 'warc', 'feed'].includes(inputFormat))
    fail(`unknown --input-format "${inputFormat}"`)
  if (values.out) await mkdir(values.out, { recursive: true })

  const pipeline = createDefaultPipeline()
  const progress = new Progress(process.stderr)
  let failed = 0
  for await (const item of readInputs(positionals, {
    observedAt: observedAt ? (observedAt === 'mtime' ? 'mtime' : new Date(observedAt).toISOString()) : null,
    format: inputFormat,
  })) {
    if (item instanceof InputError) {
      failed++
      progress.clear()
      process.stderr.write(`entente: ${item.message} [${item.ruleId}]\n`)
      continue
    }
    const page: Page = pipeline.run(item)
    progress.tick(page.articles.length)
    reportMessages(page, progress)
    if (format === 'jsonl') process.stdout.write(JSON.stringify(page) + '\n')
    else if (format === 'plover')
      for (const r of ploverRecords(page)) process.stdout.write(JSON.stringify(r) + '\n')
    else if (format === 'gold') {
      const file = join(values.out!, `${page.source.name.replace(/[/\\]/g, '_')}.gold.json`)
      await writeFile(file, JSON.stringify(toGold(page), null, 2) + '\n')
    } else process.stdout.write(formatSummary(page))
  }
  progress.done(failed)
  return failed > 0 ? 1 : 0
}

function reportMessages(page: Page, progress: Progress): void {
  for (const m of page.messages) {
    if (m.severity === 'info') continue
    progress.clear()
    const where = `${page.source.input}${page.source.record ? `#${page.source.record}` : ''}${m.line ? `:${m.line}` : ''}`
    process.stderr.write(`entente: ${where}: ${m.severity}: ${m.text} [${m.ruleId}]\n`)
  }
}

async function evalCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      gold: { type: 'string' },
      pages: { type: 'string' },
      actors: { type: 'string' },
      json: { type: 'boolean', default: false },
      errors: { type: 'boolean', default: false },
    },
  })
  if (!values.gold || !values.pages) fail('eval needs --gold DIR and --pages DIR')
  const scores = await runEval({
    goldDir: values.gold,
    pagesDir: values.pages,
    actorsTsv: values.actors ?? null,
    pipeline: createDefaultPipeline(),
  })
  if (values.json) process.stdout.write(JSON.stringify(scores, null, 2) + '\n')
  else {
    process.stdout.write(formatScores(scores, values.gold) + '\n')
    if (values.errors) for (const e of scores.errors) process.stdout.write(`  ${e}\n`)
  }
  return 0
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  // "entente extract --help" asks for help, not for an unknown option error.
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(HELP)
    return 0
  }
  try {
    switch (command) {
      case 'extract':
        return await extract(rest)
      case 'eval':
        return await evalCommand(rest)
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        process.stdout.write(HELP)
        return 0
      default:
        fail(`unknown command "${command}"`)
    }
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`entente: ${(e as Error).message}\n\n${HELP}`)
      return 2
    }
    process.stderr.write(`entente: ${(e as Error).message}\n`)
    return 1
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (e) => {
    process.stderr.write(`entente: ${(e as Error).stack ?? e}\n`)
    process.exitCode = 1
  },
)
