// The query commands of the built CLI on a store made by `entente ingest` from the bundled examples (which
// include a WARC of twelve pages over six days): relations, actor, events, search and export, plus serve.

import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { parse as parseCsv } from 'csv-parse/sync'
import { CSV_COLUMNS } from '../../src/export/csv.js'
import type { EventItem } from '../../src/read/contract.js'
import { tempDir } from '../helpers/build.js'
import { EXPORT_TYPES, readParquet } from '../helpers/parquet.js'
import { startServe } from '../helpers/load.js'

const cli = 'dist/cli/main.js'
const run = (args: string[]) => spawnSync('node', [cli, ...args], { encoding: 'utf8' })

describe('entente query commands', () => {
  const db = join(tempDir(), 'q.db')
  beforeAll(() => {
    const r = run(['ingest', 'examples/pages', '--db', db])
    expect(r.status, r.stderr).toBe(0)
  })

  it('relations --json gives the dyad timeline by day, and counts by story', () => {
    const r = run(['relations', 'RUS', 'NOR', '--db', db, '--by', 'day', '--json'])
    expect(r.status, r.stderr).toBe(0)
    const t = JSON.parse(r.stdout)
    expect(t.total.events).toBeGreaterThan(0)
    expect(t.points.map((p: { period: string }) => p.period)[0]).toMatch(/^2025-03-\d\d$/)
    // The expel story is on two pages (re-published): its events count once.
    const events = JSON.parse(run(['events', '--a', 'RUS', '--b', 'NOR', '--db', db, '--json']).stdout)
    const keys = events.items.map(
      (e: { story: number; source: string; target: string; type: string; polarity: string }) =>
        `${e.story}|${e.source}|${e.target}|${e.type}|${e.polarity}`,
    )
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('actor prints partners and adversaries; events filters; search stems Dutch', () => {
    const a = run(['actor', 'RUS', '--db', db])
    expect(a.status, a.stderr).toBe(0)
    expect(a.stdout).toMatch(/adversaries:\n\s+NOR/)
    const e = JSON.parse(run(['events', '--actor', 'RUS', '--type', 'SANCTION', '--db', db, '--json']).stdout)
    expect(e.total).toBeGreaterThan(0)
    for (const x of e.items) expect(x.type).toBe('SANCTION')
    const s = JSON.parse(run(['search', 'diplomaat', '--db', db, '--json']).stdout)
    expect(s.total).toBeGreaterThan(0)
  })

  it('export writes CSV that reads back to the same events, and GraphML', () => {
    const csv = run(['export', '--format', 'csv', '--db', db])
    expect(csv.status, csv.stderr).toBe(0)
    const rows: string[][] = parseCsv(csv.stdout)
    expect(rows[0]).toEqual([...CSV_COLUMNS])
    const all = JSON.parse(run(['events', '--db', db, '--json', '--limit', '1000']).stdout)
    expect(rows.length - 1).toBe(all.total)
    expect(
      rows
        .slice(1)
        .map((r) => Number(r[0]))
        .sort(),
    ).toEqual(all.items.map((e: { id: number }) => e.id).sort())
    const gml = run(['export', '--format', 'graphml', '--db', db])
    expect(gml.stdout).toContain('<node id="RUS">')
  })

  it('export --format parquet reads back in DuckDB with the rows and types of events --json', async () => {
    const r = spawnSync('node', [cli, 'export', '--format', 'parquet', '--db', db], { maxBuffer: 1 << 26 })
    expect(r.status, r.stderr.toString()).toBe(0)
    const file = join(tempDir(), 'events.parquet')
    writeFileSync(file, r.stdout)
    const all = JSON.parse(run(['events', '--db', db, '--json', '--limit', '1000']).stdout)
    expect(all.total).toBeGreaterThan(0)
    const { types, rows: back } = await readParquet(file)
    expect(types).toMatchObject(EXPORT_TYPES)
    const fields = ['id', 'day', 'source', 'target', 'type', 'polarity', 'modality', 'quad', 'score']
    const more = ['goldstein', 'story', 'place', 'lat', 'lon']
    const rows = back.map((r) => Object.fromEntries([...fields, ...more].map((k) => [k, r[k]])))
    const expected = [...all.items]
      .sort((x: { id: number }, y: { id: number }) => x.id - y.id)
      .map((e: EventItem) => ({
        id: String(e.id),
        day: e.date ? e.date.slice(0, 10) : null,
        source: e.source,
        target: e.target,
        type: e.type,
        polarity: e.polarity,
        modality: e.modality,
        quad: e.quad,
        score: e.score,
        goldstein: e.goldstein,
        story: e.story === null ? null : String(e.story),
        place: e.place?.name ?? null,
        lat: e.place?.lat ?? null,
        lon: e.place?.lon ?? null,
      }))
    expect(rows).toEqual(expected)
    expect(rows.some((x) => x.lat !== null)).toBe(true)
  })

  it('changes lists the ties new in a later window', () => {
    const r = run([
      'changes',
      '--before',
      '2025-03-01..2025-03-02',
      '--after',
      '2025-03-03..2025-03-06',
      '--db',
      db,
      '--json',
    ])
    expect(r.status, r.stderr).toBe(0)
    const kinds = JSON.parse(r.stdout).changes.map((c: { kind: string }) => c.kind)
    expect(kinds.length).toBeGreaterThan(0)
    for (const k of kinds) expect(['new', 'gone', 'reversed', 'warmer', 'colder']).toContain(k)
    expect(run(['changes', '--before', '2025-03', '--db', db]).status).toBe(2)
  })

  it('explains bad arguments and a missing store', () => {
    expect(run(['relations', 'RUS', '--db', db]).status).toBe(2)
    expect(run(['events', '--type', 'DANCE', '--db', db]).stderr).toContain('--type must be one of')
    const missing = run(['actor', 'RUS', '--db', join(tempDir(), 'none.db')])
    expect(missing.status).toBe(1)
    expect(missing.stderr).toContain('none.db')
  })

  it('serve answers the API and the dashboard on loopback', async () => {
    const { child, base: url } = await startServe(db)
    try {
      const stats = (await (await fetch(`${url}/api/stats`)).json()) as { pages: number }
      expect(stats.pages).toBeGreaterThan(10)
      const home = await fetch(`${url}/`)
      expect(home.headers.get('content-type')).toContain('text/html')
      expect(home.headers.get('content-security-policy')).toContain("script-src 'self'")
      expect((await fetch(`${url}/../../package.json`)).status).not.toBe(500)
      const traversal = await (await fetch(`${url}/..%2f..%2fpackage.json`)).text()
      expect(traversal).not.toContain('"name": "entente"')
    } finally {
      child.kill('SIGTERM')
    }
  })
})
