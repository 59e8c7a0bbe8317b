// The ingest SIGKILLed at seeded random points (a random delay into the run, or inside a random page's
// transaction), then run again: the store ends identical to a clean run's, on SQLite and PostgreSQL. A few
// points here; `npm run reliability` runs twenty.

import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CanonicalDump } from '../../src/store/repositories/dump.js'
import { tempDir, writeIn } from '../helpers/build.js'
import { crashCorpus, crashPoints, dumpOf, runCli, startupMs } from '../helpers/crash.js'
import { dropSchemas, pgAvailable, pgSchemaUrl } from '../helpers/pg.js'

const input = writeIn(tempDir(), 'crash.warc.gz', crashCorpus(2))
let clean: CanonicalDump
let cleanMs: number
let startMs: number

beforeAll(async () => {
  const db = join(tempDir(), 'clean.db')
  // The clean run without threads: the threaded runs below must end with its rows.
  const r = await runCli(['ingest', input, '--db', db, '--threads', '0'])
  if (r.status !== 0) throw new Error(r.stderr)
  cleanMs = r.ms
  clean = await dumpOf(db)
  startMs = await startupMs(join(tempDir(), 'start.db'))
}, 120_000)

afterAll(dropSchemas)

const dialects = [
  { name: 'sqlite', skip: false, db: () => join(tempDir(), 'crash.db'), seed: 20251 },
  { name: 'postgres', skip: !pgAvailable, db: () => pgSchemaUrl('crash'), seed: 20252 },
]

describe.each(dialects)('entente ingest with the pipeline in threads on $name', ({ skip, db }) => {
  it.skipIf(skip)(
    'stores what the run without threads stores, batch after batch in order',
    async () => {
      const url = db()
      const r = await runCli(['ingest', input, '--db', url, '--batch', '5', '--threads', '2'])
      expect(r.status, r.stderr).toBe(0)
      expect(await dumpOf(url)).toEqual(clean)
    },
    120_000,
  )
})

describe.each(dialects)('entente ingest killed at random points on $name', ({ skip, db, seed }) => {
  it.skipIf(skip)(
    'ends, after each kill and a re-run, with a clean run’s rows',
    async () => {
      expect(clean.pages).toHaveLength(24)
      const points = await crashPoints({
        input,
        clean,
        cleanMs,
        startMs,
        pages: clean.pages.length,
        points: 4,
        seed,
        freshDb: db,
      })
      expect(points.map((p) => p.threads)).toEqual([1, 1, 2, 2])
      // The hook always kills; a timer may fire after the run ended, which proves nothing but harms nothing.
      expect(points.filter((p) => p.how === 'hook').every((p) => p.killed)).toBe(true)
      expect(points.filter((p) => p.killed).length).toBeGreaterThanOrEqual(2)
      for (const p of points) expect(p, JSON.stringify(p)).toMatchObject({ identical: true })
    },
    300_000,
  )
})
