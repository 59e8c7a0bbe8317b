// The built CLI on a store, on SQLite and on PostgreSQL: ingest with a summary and per-input errors, stats,
// idempotent re-runs, SIGKILL inside a batch's transaction and a re-run ending with a clean run's rows, and
// (PostgreSQL) worker processes sharing one job queue, one of them killed mid-way.

import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CanonicalDump } from '../../src/store/repositories/dump.js'
import { tempDir, writeIn } from '../helpers/build.js'
import { dumpOf } from '../helpers/crash.js'
import { corpus, corpusWarc } from '../helpers/corpus.js'
import { dropSchemas, pgAvailable, pgSchemaUrl } from '../helpers/pg.js'

const cli = 'dist/cli/main.js'
const env = (extra: Record<string, string> = {}) => {
  const e = { ...process.env, ...extra }
  delete e.ENTENTE_DB
  return e
}
const run = (args: string[], extra: Record<string, string> = {}) =>
  spawnSync('node', [cli, ...args], { encoding: 'utf8', env: env(extra) })

interface Ran {
  status: number | null
  signal: NodeJS.Signals | null
  stderr: string
}

function runAsync(args: string[], extra: Record<string, string> = {}): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn('node', [cli, ...args], { env: env(extra), stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (d) => (stderr += d))
    child.on('error', reject)
    child.on('close', (status, signal) => resolve({ status, signal, stderr }))
  })
}

async function pageCount(db: string): Promise<number> {
  return (await dumpOf(db)).pages.length
}

const dir = tempDir()
const warc = writeIn(dir, 'crawl.warc.gz', corpusWarc(corpus(), true))
const bad = writeIn(dir, 'bad.bin', Buffer.from([1, 2, 0, 3]))

let cleanSqlite: string
let clean: CanonicalDump
beforeAll(() => {
  cleanSqlite = join(tempDir(), 'clean.db')
  const r = run(['ingest', warc, '--db', cleanSqlite])
  if (r.status !== 0) throw new Error(`clean ingest failed: ${r.stderr}`)
  return dumpOf(cleanSqlite).then((d) => void (clean = d))
}, 60_000)

afterAll(dropSchemas)

const dialects = [
  { name: 'sqlite', skip: false, db: () => join(tempDir(), 'e2e.db') },
  { name: 'postgres', skip: !pgAvailable, db: () => pgSchemaUrl('e2e') },
]

describe.each(dialects)('entente ingest and stats on $name', ({ skip, db }) => {
  it.skipIf(skip)('stores a WARC of twelve pages, names a bad input, goes on and exits 1', async () => {
    const url = db()
    const r = run(['ingest', bad, warc, '--db', url])
    expect(r.status).toBe(1)
    expect(r.stderr).toContain(`${bad}: not a text file`)
    expect(r.stderr).toMatch(/stored 12 new page\(s\) \(0 already stored\), \+\d+ articles, \+8 stories/)
    expect(r.stderr).toContain('1 input(s) failed')
    const stats = JSON.parse(run(['stats', '--db', url, '--json']).stdout)
    expect(stats).toMatchObject({ pages: 12, stories: 8 })
    expect(stats.events).toBeGreaterThan(0)
    expect(stats.eventSightings).toBeGreaterThan(stats.events)
    expect(await dumpOf(url)).toEqual(clean)

    const again = run(['ingest', warc, '--db', url])
    expect(again.status).toBe(0)
    expect(again.stderr).toContain(
      'stored 0 new page(s) (12 already stored), +0 articles, +0 stories, +0 events',
    )
    expect(await dumpOf(url)).toEqual(clean)

    const text = run(['stats', '--db', url])
    expect(text.stdout).toMatch(/pages\s+12\n/)
    expect(text.stdout).toMatch(/stories\s+8\n/)
  })

  it.skipIf(skip)(
    'ends, after SIGKILLs inside page transactions and a re-run, with a clean run’s rows',
    async () => {
      const url = db()
      // Batches of three pages: the kill lands inside the second batch's transaction (pages 4-6), after all
      // its rows are written and before commit, so the first batch's 3 pages remain.
      const first = run(['ingest', warc, '--db', url, '--batch', '3'], { ENTENTE_TEST_KILL_AFTER: '4' })
      expect(first.signal).toBe('SIGKILL')
      expect(await pageCount(url)).toBe(3)
      // Killed again in the batch holding the 5th new page of the next run: one more batch of 3 remains.
      const second = run(['ingest', warc, '--db', url, '--batch', '3'], { ENTENTE_TEST_KILL_AFTER: '5' })
      expect(second.signal).toBe('SIGKILL')
      expect(await pageCount(url)).toBe(6)
      // The last run cuts its batches elsewhere (one batch of six) and still ends as a clean run does.
      const last = run(['ingest', warc, '--db', url])
      expect(last.status).toBe(0)
      expect(last.stderr).toContain('stored 6 new page(s) (6 already stored)')
      expect(await dumpOf(url)).toEqual(clean)
    },
  )
})

describe('entente --db', () => {
  it('takes ENTENTE_DB when --db is not given, and stats names a store that is not there', () => {
    const file = join(tempDir(), 'from-env.db')
    const missing = run(['stats', '--db', file])
    expect(missing.status).toBe(1)
    expect(missing.stderr).toContain(`no store at ${file}`)
    expect(run(['ingest', bad, '--db', file]).status).toBe(1)
    // A run that stored nothing leaves no empty store behind (issue 18).
    expect(existsSync(file)).toBe(false)
    const page = writeIn(tempDir(), 'p.txt', 'OSLO (ANP) - Noorwegen en Zweden werken samen.')
    expect(run(['ingest', page, bad, '--db', file]).status).toBe(1)
    const r = spawnSync('node', [cli, 'stats', '--json'], {
      encoding: 'utf8',
      env: { ...process.env, ENTENTE_DB: file },
    })
    expect(r.status).toBe(0)
    expect(JSON.parse(r.stdout).pages).toBe(1)
    expect(run(['stats', '--db', file]).stdout.split('\n')[0]).toBe(file)
  })

  it('refuses to work without PostgreSQL', () => {
    const r = run(['work', '--db', join(tempDir(), 'x.db')])
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('work needs --db postgres://')
  })
})

/** The job queue's counts, as `entente stats --json` shows them. */
function queueOf(url: string) {
  const r = run(['stats', '--db', url, '--json'])
  return (JSON.parse(r.stdout) as { queue: Record<string, unknown> }).queue
}

describe.skipIf(!pgAvailable)('entente enqueue and work on PostgreSQL', () => {
  it('lets three workers on one queue store every page exactly once', async () => {
    const url = pgSchemaUrl('workers')
    const q = run(['enqueue', warc, '--db', url])
    expect(q.status).toBe(0)
    expect(q.stderr).toContain('12 queued, 0 queued before')
    expect(run(['enqueue', warc, '--db', url]).stderr).toContain('0 queued, 12 queued before')
    const workers = await Promise.all(
      [0, 1, 2].map(() => runAsync(['work', '--db', url, '--batch', '1', '--poll', '100'])),
    )
    for (const w of workers) expect(w.status, w.stderr).toBe(0)
    const stored = workers.map((w) => Number(/stored (\d+) new page/.exec(w.stderr)?.[1]))
    expect(stored.reduce((a, b) => a + b, 0)).toBe(12)
    expect(await dumpOf(url)).toEqual(clean)
    expect(queueOf(url)).toMatchObject({ queued: 0, active: 0, done: 12, dead: 0 })
  })

  it('hands a killed worker’s jobs to the others once their lease runs out, storing no page twice', async () => {
    const url = pgSchemaUrl('lease')
    expect(run(['enqueue', warc, '--db', url, '--lease', '1']).status).toBe(0)
    // Batches of two: the first is stored and its jobs done; the worker dies inside the second's transaction,
    // holding that batch's jobs and those of the batches it had taken to process meanwhile.
    const dead = await runAsync(['work', '--db', url, '--batch', '2'], { ENTENTE_TEST_KILL_AFTER: '3' })
    expect(dead.signal).toBe('SIGKILL')
    const held = queueOf(url) as { queued: number; active: number; done: number }
    expect(held.done).toBe(2)
    expect(held.active).toBeGreaterThanOrEqual(2)
    expect(held.queued + held.active).toBe(10)
    const rest = await Promise.all(
      [0, 1].map(() => runAsync(['work', '--db', url, '--batch', '2', '--poll', '100'])),
    )
    for (const w of rest) expect(w.status, w.stderr).toBe(0)
    // The dead worker's two pages were taken over (retried): ten stored by the others, none twice.
    const stored = rest.map((w) => Number(/stored (\d+) new page/.exec(w.stderr)?.[1]))
    expect(stored.reduce((a, b) => a + b, 0)).toBe(10)
    expect(queueOf(url)).toMatchObject({ queued: 0, active: 0, done: 12, dead: 0 })
    expect(await dumpOf(url)).toEqual(clean)
    const text = run(['stats', '--db', url]).stdout
    expect(text).toContain('queued 0 (of which 0 retrying), active 0, done 12, dead letters 0')
  }, 90_000)
})
