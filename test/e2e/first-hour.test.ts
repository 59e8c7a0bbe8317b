// A new user's first hour with the built CLI: help per command, --version, one-line answers with the
// closest match to a mistyped command or flag, checked dates and windows, store errors that name the file
// or URL, no empty store left by a run that stored nothing, `npm run eval` without ../shared, and the build
// skipped when nothing changed.

import { spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, utimesSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { tempDir, writeIn } from '../helpers/build.js'

const cli = 'dist/cli/main.js'
const env = () => {
  const e = { ...process.env }
  delete e.ENTENTE_DB
  return e
}
const run = (args: string[], cwd?: string) =>
  spawnSync('node', [join(process.cwd(), cli), ...args], { encoding: 'utf8', env: env(), cwd })

/** A usage mistake: exit 2, one line on stderr, nothing on stdout. */
function expectOneLineError(r: ReturnType<typeof run>, text: string | RegExp) {
  expect(r.status, r.stderr).toBe(2)
  expect(r.stdout).toBe('')
  expect(r.stderr.trim().split('\n')).toHaveLength(1)
  if (typeof text === 'string') expect(r.stderr).toContain(text)
  else expect(r.stderr).toMatch(text)
}

const commands = () =>
  [...run([]).stdout.matchAll(/^ {2}([a-z]+) {2,}/gm)].map((m) => m[1]!).filter((c) => c !== 'entente')

describe('help', () => {
  it('a bare entente lists every command with its purpose, briefly', () => {
    const r = run([])
    expect(r.status).toBe(0)
    const names = commands()
    for (const c of [
      'extract',
      'ingest',
      'stats',
      'actors',
      'relations',
      'actor',
      'events',
      'search',
      'export',
    ])
      expect(names).toContain(c)
    expect(r.stdout.split('\n').length).toBeLessThan(names.length + 12)
    expect(run(['--help']).stdout).toBe(r.stdout)
  })

  it('every command has its own --help: purpose, usage, its options and at least two examples', () => {
    const seen = new Set<string>()
    for (const c of commands()) {
      const r = run([c, '--help'])
      expect(r.status, c).toBe(0)
      expect(r.stderr).toBe('')
      expect(r.stdout.split('\n')[0]).toMatch(new RegExp(`^entente ${c}: \\w`))
      expect(r.stdout).toContain(`Usage: entente ${c}`)
      const examples = r.stdout.split('Examples:\n')[1] ?? ''
      expect(examples.match(new RegExp(`^ {2}entente ${c}\\b`, 'gm'))?.length ?? 0, c).toBeGreaterThanOrEqual(
        2,
      )
      seen.add(r.stdout)
    }
    expect(seen.size).toBe(commands().length)
    const relations = run(['relations', '--help']).stdout
    for (const flag of ['--from DATE', '--to DATE', '--by', '--ordered', '--json', '--db'])
      expect(relations).toContain(flag)
    expect(run(['help', 'relations']).stdout).toBe(relations)
  })

  it('--version prints the version of package.json', () => {
    const r = run(['--version'])
    expect(r.status).toBe(0)
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }
    expect(r.stdout.trim()).toBe(`entente ${version}`)
  })

  it('an unknown command or flag gets one line with the closest match and exit 2', () => {
    expectOneLineError(
      run(['relatoins', 'RUS', 'CHN']),
      'unknown command "relatoins"; did you mean relations?',
    )
    expectOneLineError(
      run(['export', '--fromat', 'csv']),
      'unknown option --fromat for export; did you mean --format?',
    )
    expectOneLineError(run(['events', '--actr', 'RUS']), 'did you mean --actor?')
    expectOneLineError(run(['--verison']), 'did you mean --version?')
    expectOneLineError(run(['stats', '--json=yes']), '--json takes no value')
    expectOneLineError(run(['relations', 'RUS', 'CHN', '--from']), '--from needs a value (DATE)')
    // Nothing close: the line says where the list is.
    expectOneLineError(run(['zzzzzzzz']), 'entente --help lists the commands')
  })
})

describe('arguments are checked', () => {
  const db = join(tempDir(), 'args.db')
  beforeAll(() => {
    const r = run(['ingest', 'examples/pages/portal-layout-headlines.txt', '--db', db])
    expect(r.status, r.stderr).toBe(0)
  })

  it('dates must be real days, and a window must run forward', () => {
    expectOneLineError(run(['relations', 'RUS', 'CAN', '--db', db, '--from', '2025-13-45']), 'YYYY-MM-DD')
    expectOneLineError(run(['events', '--db', db, '--to', '2025-02-30']), '"2025-02-30"')
    expectOneLineError(
      run(['events', '--db', db, '--from', '1 maart']),
      '--from must be a date as YYYY-MM-DD',
    )
    expectOneLineError(
      run(['actor', 'RUS', '--db', db, '--from', '2025-04-01', '--to', '2025-03-01']),
      '--from 2025-04-01 is after --to 2025-03-01',
    )
    expectOneLineError(
      run(['changes', '--before', '2025-03-31..2025-03-01', '--after', '2025-04-01..2025-04-02', '--db', db]),
      'earlier day first',
    )
    expectOneLineError(run(['changes', '--before', '2025-03', '--db', db]), 'FROM..TO')
  })

  it('types, periods, limits and choices say what is accepted', () => {
    expectOneLineError(
      run(['events', '--type', 'DANCE', '--db', db]),
      /--type must be one of AGREE, .*SANCTION.*, not "DANCE"/,
    )
    expectOneLineError(
      run(['relations', 'RUS', 'CAN', '--by', 'year', '--db', db]),
      '--by must be day, week or month, not "year"',
    )
    expectOneLineError(
      run(['events', '--limit', '0', '--db', db]),
      '--limit must be a whole number from 1 to 10000',
    )
    expectOneLineError(run(['actor', 'RUS', '--limit', 'many', '--db', db]), '--limit must be a whole number')
    expectOneLineError(
      run(['events', '--modality', 'maybe', '--db', db]),
      'actual, intended, hypothetical or alleged',
    )
    expectOneLineError(
      run(['export', '--format', 'xls', '--db', db]),
      '--format must be one of plover, csv, gdelt, parquet, graphml, gexf',
    )
    expectOneLineError(
      run(['events', '--type', 'SANCTOIN', '--db', db]),
      'not "SANCTOIN"; did you mean SANCTION?',
    )
    // A lowercase type is the same type.
    expect(run(['events', '--type', 'sanction', '--db', db]).status).toBe(0)
  })
})

describe('store errors name the file and say what to do', () => {
  it('a missing directory, a directory, a file that is no store and a missing store', () => {
    const dir = tempDir()
    const page = writeIn(dir, 'p.txt', 'OSLO (ANP) - Noorwegen en Zweden werken samen.')
    const nested = join(dir, 'no', 'such', 'dir', 'x.db')
    const r = run(['ingest', page, '--db', nested])
    expect(r.status).toBe(1)
    expect(r.stderr).toContain(nested)
    expect(r.stderr).toContain(`the directory ${join(dir, 'no', 'such', 'dir')} does not exist`)
    const asDir = run(['stats', '--db', dir])
    expect(asDir.stderr).toContain(`${dir} is a directory, not a store file`)
    const text = writeIn(dir, 'notes.db', 'just some notes, not a database\n'.repeat(200))
    const notDb = run(['stats', '--db', text])
    expect(notDb.status).toBe(1)
    expect(notDb.stderr).toContain(`${text} is not an Entente store`)
    const missing = run(['actors', '--db', join(dir, 'none.db')])
    expect(missing.status).toBe(1)
    expect(missing.stderr).toContain(`no store at ${join(dir, 'none.db')} (run \`entente ingest\` first`)
  })

  it.skipIf(process.getuid?.() === 0)('an unwritable directory is named with what to do', () => {
    const dir = tempDir()
    chmodSync(dir, 0o500)
    const r = run(['ingest', 'examples/pages/portal-layout-headlines.txt', '--db', join(dir, 'x.db')])
    chmodSync(dir, 0o700)
    expect(r.status).toBe(1)
    expect(r.stderr).toContain(join(dir, 'x.db'))
    expect(r.stderr).toContain('writable')
  })

  it('a refused PostgreSQL connection names the URL (without the password) and says what to check', () => {
    const r = run(['stats', '--db', 'postgres://someone:secret@127.0.0.1:9/news'])
    expect(r.status).toBe(1)
    expect(r.stderr.trim()).toBe(
      'entente: cannot open the store at postgres://127.0.0.1:9/news: the connection was refused; is the server running, ' +
        'and are the host and port right? (the URL comes from --db or ENTENTE_DB)',
    )
    expect(r.stderr).not.toContain('secret')
  })

  it('an ingest that stores nothing leaves no new store file behind; one that stores keeps it', () => {
    const dir = tempDir()
    const db = join(dir, 'fresh.db')
    const failed = run(['ingest', join(dir, 'missing.txt'), '--db', db])
    expect(failed.status).toBe(1)
    expect(failed.stderr).toContain('missing.txt')
    expect(readdirSync(dir)).toEqual([])
    const empty = writeIn(dir, 'empty.txt', '')
    run(['ingest', empty, '--db', db])
    expect(existsSync(db)).toBe(false)
    const page = writeIn(dir, 'p.txt', 'OSLO (ANP) - Noorwegen en Zweden werken samen.')
    expect(run(['ingest', page, '--db', db]).status).toBe(0)
    // An existing store stays, even when the next run adds nothing.
    expect(run(['ingest', join(dir, 'missing.txt'), '--db', db]).status).toBe(1)
    expect(existsSync(db)).toBe(true)
  })
})

describe('npm run eval and the build', () => {
  it('eval without the gold it names explains itself instead of a raw ENOENT', () => {
    const r = spawnSync(
      'node',
      ['scripts/eval.mjs', '--gold', '/nowhere/gold', '--pages', '/nowhere/pages'],
      {
        encoding: 'utf8',
      },
    )
    expect(r.status).toBe(1)
    expect(r.stderr).toContain('/nowhere/gold and /nowhere/pages, which this checkout does not have')
    expect(r.stderr).toContain('npm run eval -- --gold DIR --pages DIR')
    expect(r.stderr).not.toContain('ENOENT')
    expectOneLineError(
      run(['eval', '--gold', '/nowhere/gold', '--pages', 'examples/pages']),
      '--gold /nowhere/gold: no such directory',
    )
  })

  it('eval scores against your own gold, given with --gold and --pages', () => {
    const gold = tempDir()
    const pages = tempDir()
    for (const f of readdirSync('examples/pages').filter((f) => f.endsWith('.txt')))
      writeIn(pages, f, readFileSync(join('examples/pages', f)))
    expect(run(['extract', pages, '--format', 'gold', '--out', gold]).status).toBe(0)
    const r = spawnSync('node', ['scripts/eval.mjs', '--gold', gold, '--pages', pages, '--json'], {
      encoding: 'utf8',
    })
    expect(r.status, r.stderr).toBe(0)
    const s = JSON.parse(r.stdout) as { articles: { recall: number } }
    expect(s.articles.recall).toBe(1)
  })

  it('npm start builds only when a source is newer than the build', () => {
    const root = tempDir()
    const check = () =>
      spawnSync('node', ['scripts/build-if-stale.mjs', '--check', '--root', root], {
        encoding: 'utf8',
      }).stdout.trim()
    const at = (file: string, seconds: number) => {
      const path = writeIn(root, file, '// x\n')
      utimesSync(path, seconds, seconds)
    }
    mkdirSync(join(root, 'src/cli'), { recursive: true })
    mkdirSync(join(root, 'dist/cli'), { recursive: true })
    mkdirSync(join(root, 'web/dist'), { recursive: true })
    at('src/cli/main.ts', 1_000)
    at('package.json', 1_000)
    expect(check()).toBe('stale: no build yet')
    at('dist/cli/main.js', 2_000)
    at('dist/index.js', 2_000)
    at('web/dist/index.html', 2_000)
    expect(check()).toBe('up to date')
    at('src/cli/main.ts', 3_000)
    expect(check()).toBe('stale: sources changed since the last build')
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }
    expect(pkg.scripts.prestart).toContain('build-if-stale')
  })
})
