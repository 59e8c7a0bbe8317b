// The built CLI on the bundled examples and, where ../shared is present, on the development gold.

import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { tempDir, writeIn } from '../helpers/build.js'
import { readParquet } from '../helpers/parquet.js'

const cli = 'dist/cli/main.js'
const run = (args: string[], input?: string) => spawnSync('node', [cli, ...args], { encoding: 'utf8', input })

describe('entente extract', () => {
  it('writes one gold file per page in the gold format', () => {
    const out = tempDir()
    const r = run(['extract', 'examples/pages', '--format', 'gold', '--out', out])
    expect(r.status).toBe(0)
    const files = readdirSync(out).sort()
    expect(files).toContain('portal-layout-glued.txt.gold.json')
    const gold = JSON.parse(readFileSync(`${out}/portal-layout-glued.txt.gold.json`, 'utf8'))
    expect(gold.page).toBe('portal-layout-glued.txt')
    expect(gold.articles[1]).toEqual({
      kind: 'teaser',
      headline: null,
      dateline: ['NAIROBI'],
      agencies: ['ANP', 'AFP'],
      lead: 'Kenia en Ethiopië hebben afgesproken samen te werken',
      age: '9 minuten geleden',
      actors: ['ETH', 'KEN'],
      people: [],
      events: expect.arrayContaining([
        {
          source: 'KEN',
          target: 'ETH',
          type: 'COOPERATE',
          polarity: 'asserted',
          modality: 'actual',
          evidence: 'Kenia en Ethiopië hebben afgesproken samen te werken',
        },
      ]),
    })
    const main = JSON.parse(readFileSync(`${out}/portal-layout-headlines.txt.gold.json`, 'utf8')).articles[0]
    expect(main.actors).toEqual(expect.arrayContaining(['FRA', 'DEU', 'RUS']))
    expect(main.people).toEqual(
      expect.arrayContaining([
        { name: 'Emmanuel Macron', actor: 'FRA' },
        { name: 'Friedrich Merz', actor: 'DEU' },
        { name: 'Dmitry Peskov', actor: 'RUS' },
      ]),
    )
  })

  it('prints the full document per page as JSON lines, reading stdin', () => {
    const r = run(
      ['extract', '-', '--format', 'jsonl', '--observed-at', '2025-01-01T12:00:00Z'],
      'OSLO (ANP) - Noorwegen.\n1 uur geleden\n',
    )
    expect(r.status).toBe(0)
    const page = JSON.parse(r.stdout.trim())
    expect(page.articles[0].age.interval).toEqual({
      from: '2025-01-01T10:00:00.000Z',
      to: '2025-01-01T11:00:00.000Z',
    })
  })

  it('names a bad input, goes on, and exits non-zero', () => {
    const dir = tempDir()
    const bad = writeIn(dir, 'bad.bin', Buffer.from([1, 2, 0, 3]))
    const good = writeIn(dir, 'good.txt', 'OSLO (ANP) - Noorwegen zegt iets.')
    const r = run(['extract', bad, good])
    expect(r.status).toBe(1)
    expect(r.stderr).toContain(`${bad}: not a text file`)
    expect(r.stdout).toContain('good.txt: 1 article(s)')
  })

  it('explains a usage error', () => {
    const r = run(['extract', '--format', 'xml', 'x'])
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('--format must be one of summary, jsonl, gold, plover, csv, gdelt, parquet')
  })

  it('prints help for a command asked with --help', () => {
    const r = run(['extract', '--help'])
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('Usage:')
    expect(r.stderr).toBe('')
  })

  it('writes the events of pages as Parquet, the same events as its PLOVER records', async () => {
    const page = 'examples/pages/portal-layout-headlines.txt'
    const plover = run(['extract', page, '--format', 'plover'])
      .stdout.trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    const r = spawnSync('node', [cli, 'extract', page, '--format', 'parquet'])
    expect(r.status, r.stderr.toString()).toBe(0)
    const { rows } = await readParquet(writeIn(tempDir(), 'events.parquet', r.stdout))
    expect(plover.length).toBeGreaterThan(0)
    expect(rows.map((x) => [x.source, x.type, x.target, x.evidence])).toEqual(
      plover.map((x) => [x.actor[0].code, x.event[0], x.recipient[0]?.code ?? null, x.event_text]),
    )
  })

  it('writes PLOVER records with offsets into the page text, polarity and modality', () => {
    const r = run(['extract', 'examples/pages/portal-layout-headlines.txt', '--format', 'plover'])
    expect(r.status).toBe(0)
    const records = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    const text = readFileSync('examples/pages/portal-layout-headlines.txt', 'utf8')
    const expel = records.find((x) => x.event[0] === 'SANCTION' && x.recipient[0]?.code === 'RUS')
    expect(expel).toMatchObject({
      actor: [{ code: 'CAN' }],
      quad_code: 4,
      polarity: 'asserted',
      modality: 'actual',
    })
    expect(text.slice(expel.text_info.start, expel.text_info.end)).toBe(expel.event_text)
    expect(expel.cite_info).toMatchObject({ coder: 'entente', codebook: 'PLOVER v0.8', language: 'nl' })
  })
})

const shared = '../shared/gold/dev'
describe.skipIf(!existsSync(shared))('entente eval on the development gold', () => {
  it('finds every article and reads headline, dateline, agencies and age (>= 0.98)', () => {
    const out = execFileSync(
      'node',
      [cli, 'eval', '--gold', shared, '--pages', '../shared/samples/zeelandnet', '--json'],
      {
        encoding: 'utf8',
      },
    )
    const s = JSON.parse(out)
    expect(s.articles.recall).toBe(1)
    expect(s.articles.spurious).toBe(0)
    for (const f of ['headline', 'dateline', 'agencies', 'age'])
      expect(s.fields[f].accuracy).toBeGreaterThanOrEqual(0.98)
  })
})
