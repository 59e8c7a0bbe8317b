// The full reliability runs of issue 9, with their figures (docs/reliability.md); the tests run bounded
// versions of each. `npm run reliability` (after a build) runs all three; pick with --only bad|crash|load.
//
//   bad    the bad-input corpus at full size (a 100 MB single line, 1 M-character slow-regex bait), each input
//          read and run through the pipeline alone, timed, and checked against what it must give
//   crash  the ingest SIGKILLed at 20 seeded random points, each followed by a re-run and a comparison with
//          a clean run's canonical dump (SQLite; add --pg for PostgreSQL too)
//   load   `entente serve` over the example pages under 200 connections for 60 s (autocannon; SQLite, and
//          PostgreSQL too with --pg)
//
// Options: --long-line-mb N, --regex-chars N, --points N, --seed N, --connections N, --seconds N, --pg.

import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { InputError } from '../src/core/message.js'
import { createDefaultPipeline } from '../src/index.js'
import { readInputs } from '../src/sources/input.js'
import { writeBadInputs } from '../test/helpers/bad-inputs.js'
import { tempDir, writeIn } from '../test/helpers/build.js'
import { crashCorpus, crashPoints, dumpOf, runCli, startupMs } from '../test/helpers/crash.js'
import { runLoad, startServe } from '../test/helpers/load.js'
import { dropSchemas, pgAvailable, pgSchemaUrl } from '../test/helpers/pg.js'

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    'long-line-mb': { type: 'string', default: '100' },
    'regex-chars': { type: 'string', default: '1000000' },
    points: { type: 'string', default: '20' },
    seed: { type: 'string', default: '9' },
    connections: { type: 'string', default: '200' },
    seconds: { type: 'string', default: '60' },
    pg: { type: 'boolean', default: false },
  },
})
const only = values.only
const log = (s = '') => process.stdout.write(s + '\n')

async function bad(): Promise<boolean> {
  const mb = Number(values['long-line-mb'])
  log(`## Bad inputs (single line of ${mb} MB, slow-regex bait of ${values['regex-chars']} characters)\n`)
  const dir = tempDir()
  const inputs = writeBadInputs(dir, {
    longLineBytes: mb * 1024 * 1024,
    regexChars: Number(values['regex-chars']),
  })
  const pipeline = createDefaultPipeline()
  let allOk = true
  let slowest = { ms: 0, what: '' }
  log('| input | what | ms | result |')
  log('|---|---|---:|---|')
  for (const b of inputs) {
    const started = performance.now()
    const got: string[] = []
    let pages = 0
    let error: InputError | null = null
    for await (const item of readInputs([b.file])) {
      if (item instanceof InputError) {
        error = item
        got.push(`error [${item.ruleId}]`)
      } else {
        pipeline.run(item)
        pages++
        const warnings = [
          ...new Set(item.messages.filter((m) => m.severity === 'warning').map((m) => m.ruleId)),
        ]
        got.push(
          `page, ${item.articles.length} articles${warnings.length ? `, warnings ${warnings.join(' ')}` : ''}`,
        )
      }
    }
    const ms = performance.now() - started
    const ok = b.error
      ? error !== null &&
        error.ruleId === b.error.rule &&
        b.error.message.test(error.message) &&
        pages === (b.pagesBefore ?? 0)
      : error === null && pages >= 1
    allOk &&= ok
    if (ms > slowest.ms) slowest = { ms, what: b.what }
    const name = b.file.slice(dir.length + 1)
    log(`| ${name} | ${b.what} | ${ms.toFixed(0)} | ${ok ? '' : '**UNEXPECTED** '}${got.join('; ')} |`)
  }
  log(
    `\n${inputs.length} inputs, ${allOk ? 'each as expected' : 'SOME NOT AS EXPECTED'}; slowest ${slowest.ms.toFixed(0)} ms (${slowest.what}).\n`,
  )
  return allOk
}

async function crash(): Promise<boolean> {
  const points = Number(values.points)
  const input = writeIn(tempDir(), 'crash.warc.gz', crashCorpus(12))
  const dialects: { name: string; db: () => string }[] = [
    { name: 'SQLite', db: () => join(tempDir(), 'c.db') },
  ]
  if (values.pg) {
    if (!pgAvailable) throw new Error('--pg: PostgreSQL is not reachable')
    dialects.push({ name: 'PostgreSQL', db: () => pgSchemaUrl('reliability_crash') })
  }
  let allOk = true
  for (const d of dialects) {
    const cleanDb = d.db()
    const r = await runCli(['ingest', input, '--db', cleanDb])
    if (r.status !== 0) throw new Error(r.stderr)
    const clean = await dumpOf(cleanDb)
    const startMs = await startupMs(d.db())
    log(
      `## Crash: ${points} SIGKILLs on ${d.name} (${clean.pages.length} pages; clean run ${r.ms.toFixed(0)} ms, of which ${startMs.toFixed(0)} ms start-up)\n`,
    )
    log('| # | kill | at | killed | pages stored at kill | identical after re-run |')
    log('|---:|---|---:|---|---:|---|')
    const out = await crashPoints({
      input,
      clean,
      cleanMs: r.ms,
      startMs,
      pages: clean.pages.length,
      points,
      seed: Number(values.seed),
      freshDb: d.db,
      onPoint: (p, i) =>
        log(
          `| ${i + 1} | ${p.how === 'timer' ? 'timer (ms)' : 'inside batch'} | ${p.at} | ${p.killed ? 'yes' : 'no (run had ended)'} | ${p.pagesAtKill} | ${p.identical ? 'yes' : '**NO**'} |`,
        ),
    })
    const identical = out.filter((p) => p.identical).length
    const killed = out.filter((p) => p.killed).length
    log(
      `\n${identical}/${out.length} identical to the clean run (${killed} of the kills landed before the run ended).\n`,
    )
    allOk &&= identical === out.length
  }
  await dropSchemas()
  return allOk
}

async function load(): Promise<boolean> {
  const connections = Number(values.connections)
  const seconds = Number(values.seconds)
  const stores = [{ name: 'SQLite', db: join(tempDir(), 'load.db') }]
  if (values.pg) {
    if (!pgAvailable) throw new Error('--pg: no PostgreSQL server at 127.0.0.1:5432')
    stores.push({ name: 'PostgreSQL', db: pgSchemaUrl('load') })
  }
  let allOk = true
  for (const { name, db } of stores) {
    const r = await runCli(['ingest', 'examples/pages', '--db', db])
    if (r.status !== 0) throw new Error(r.stderr)
    const { child, base } = await startServe(db)
    try {
      log(
        `## Load on ${name}: ${connections} connections for ${seconds} s on ${base} (the example pages' store)\n`,
      )
      const res = await runLoad(base, connections, seconds)
      log(
        '| connections | seconds | requests | req/s | p50 ms | p90 ms | p99 ms | max ms | errors | timeouts | non-2xx |',
      )
      log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|')
      log(
        `| ${res.connections} | ${res.seconds} | ${res.requests} | ${res.requestsPerSecond.toFixed(0)} | ${res.p50} | ${res.p90} | ${res.p99} | ${res.max} | ${res.errors} | ${res.timeouts} | ${res.non2xx} |`,
      )
      if (Object.keys(res.failures).length) log(`\nfailures: ${JSON.stringify(res.failures)}`)
      log()
      allOk &&= res.errors === 0 && res.timeouts === 0 && res.non2xx === 0
    } finally {
      child.kill('SIGTERM')
    }
  }
  if (values.pg) await dropSchemas()
  return allOk
}

const runs: [string, () => Promise<boolean>][] = [
  ['bad', bad],
  ['crash', crash],
  ['load', load],
]
let ok = true
for (const [name, fn] of runs) if (!only || only === name) ok = (await fn()) && ok
log(ok ? 'reliability: all as expected' : 'reliability: FAILURES above')
process.exitCode = ok ? 0 : 1
