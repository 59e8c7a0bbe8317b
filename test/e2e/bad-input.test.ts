// The built CLI fed the bad-input corpus (test/helpers/bad-inputs.ts) mixed with good pages, into a store
// that already holds data: every bad input is named in an error with its rule (and line or record), the run
// goes on, the good pages land, the exit code says inputs failed, and the rows stored before are untouched:
// the store ends equal to one that never saw the inputs that failed.
// ENTENTE_BAD_LONG_LINE_MB sets the single-line file's size: default 16, under the 20 MB page limit, so
// the line limit answers; `npm run reliability` uses 100, which the page limit refuses first.

import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { writeBadInputs, writeGoodPages } from '../helpers/bad-inputs.js'
import { tempDir, writeIn } from '../helpers/build.js'
import { dumpOf } from '../helpers/crash.js'
import { corpus, corpusWarc } from '../helpers/corpus.js'
import { dropSchemas, pgAvailable, pgSchemaUrl } from '../helpers/pg.js'

const cli = 'dist/cli/main.js'
function run(args: string[]) {
  const env = { ...process.env }
  delete env.ENTENTE_DB
  return spawnSync('node', [cli, ...args], { encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 })
}

const dir = tempDir()
const stored = writeIn(tempDir(), 'stored.warc.gz', corpusWarc(corpus(), true))
const bad = writeBadInputs(dir, {
  longLineBytes: Number(process.env.ENTENTE_BAD_LONG_LINE_MB || 16) * 1024 * 1024,
  regexChars: 120_000,
})
const good = writeGoodPages(tempDir())
// Good pages between the bad ones: the run must go on after each failure.
const inputs = bad.flatMap((b, i) =>
  i === 3 ? [b.file, good[0]!] : i === 12 ? [b.file, good[1]!] : [b.file],
)
const failing = bad.filter((b) => b.error)
const readable = bad.filter((b) => b.page || b.pagesBefore)

afterAll(dropSchemas)

const dialects = [
  { name: 'sqlite', skip: false, db: () => join(tempDir(), 'bad.db') },
  { name: 'postgres', skip: !pgAvailable, db: () => pgSchemaUrl('bad_input') },
]

describe.each(dialects)('entente ingest of the bad-input corpus on $name', ({ skip, db }) => {
  it.skipIf(skip)(
    'names every bad input, stores the good pages and leaves the stored rows as they were',
    async () => {
      const url = db()
      expect(run(['ingest', stored, '--db', url]).status).toBe(0)
      const before = await dumpOf(url)

      const r = run(['ingest', ...inputs, '--db', url])
      expect(r.status, r.stderr.slice(-2000)).toBe(1)
      const lines = r.stderr.split('\n')
      for (const b of failing) {
        const named = lines.filter(
          (l) => l.startsWith(`entente: ${b.file}`) && l.endsWith(`[${b.error!.rule}]`),
        )
        expect(named, `${b.what}: ${b.file}`).toHaveLength(1)
        expect(named[0]).toMatch(b.error!.message)
      }
      for (const b of bad.filter((x) => x.page))
        for (const rule of b.page!.warnings)
          expect(
            lines.some(
              (l) => l.startsWith(`entente: ${b.file}`) && l.includes(`warning:`) && l.endsWith(`[${rule}]`),
            ),
            `${b.what}: ${rule}`,
          ).toBe(true)
      expect(r.stderr).toContain(`${failing.length} input(s) failed`)
      // The four cut WARCs share their first record: it is stored once.
      const read = readable.reduce((n, b) => n + (b.pagesBefore ?? 1), 0) + good.length
      expect(/stored \d+ new page\(s\) \(\d+ already stored\)/.exec(r.stderr)?.[0]).toBe(
        `stored ${read - 3} new page(s) (3 already stored)`,
      )

      const after = await dumpOf(url)
      for (const p of good) expect(after.pages.some((x) => x.name === p.split('/').pop())).toBe(true)
      // What was stored before is still there, row for row.
      for (const table of ['pages', 'articles', 'mentions', 'events'] as const) {
        const rows = new Set(after[table].map((x) => JSON.stringify(x)))
        expect(
          before[table].filter((x) => !rows.has(JSON.stringify(x))),
          table,
        ).toEqual([])
      }
      // And the store equals one that only ever saw the inputs that could be read.
      const clean = db()
      expect(run(['ingest', stored, '--db', clean]).status).toBe(0)
      run(['ingest', ...good, ...readable.map((b) => b.file), '--db', clean])
      expect(await dumpOf(clean)).toEqual(after)
    },
    600_000,
  )
})
