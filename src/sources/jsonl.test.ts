import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { tempDir, writeIn } from '../../test/helpers/build.js'
import type { Page } from '../core/doc.js'
import { InputError } from '../core/message.js'
import { pageStage } from '../page/index.js'
import { expandInputs, globRegExp, readInputs, type InputOptions } from './input.js'
import { parseFields } from './jsonl.js'

const stage = pageStage()

async function collect(inputs: string[], options: InputOptions = {}): Promise<(Page | InputError)[]> {
  const out: (Page | InputError)[] = []
  for await (const item of readInputs(inputs, options)) {
    if (!(item instanceof InputError)) stage(item)
    out.push(item)
  }
  return out
}

const body =
  'De regering van Ghana heeft een akkoord met Togo gesloten over de gezamenlijke grenscontrole. Het akkoord gaat volgend jaar in.'

// A dataset of our own, in the field names another tool might use.
const dataset = [
  {
    kop: 'Ghana en Togo sluiten grensakkoord',
    tekst: body,
    datum: '2025-03-04',
    bron: 'https://krant.example/1',
  },
  { kop: 'Leeg', datum: '2025-03-05' },
  'niet eens een object',
  { kop: 'Mali sluit grens', tekst: body.replace('Ghana', 'Mali'), datum: 'ooit' },
]
const lines = dataset.map((d) => (typeof d === 'string' ? d : JSON.stringify(d))).join('\n') + '\n\n'

describe('JSON Lines datasets', () => {
  it('reads one article per line with mapped field names', async () => {
    const file = writeIn(tempDir(), 'data.jsonl', lines)
    const items = await collect([file], { fields: parseFields('title=kop,text=tekst,date=datum,url=bron') })
    const pages = items.filter((x): x is Page => !(x instanceof InputError))
    const errors = items.filter((x): x is InputError => x instanceof InputError)
    expect(pages).toHaveLength(2)
    const [first] = pages
    expect(first!.source).toMatchObject({ name: 'data.jsonl#1', record: 1, url: 'https://krant.example/1' })
    const a = first!.articles[0]!
    expect(a.headline).toBe('Ghana en Togo sluiten grensakkoord')
    expect(a.published).toBe('2025-03-04')
    expect(first!.text.slice(a.body.start, a.body.end)).toBe(body)
    expect(errors.map((e) => [e.ruleId, e.line])).toEqual([
      ['input/no-text', 2],
      ['input/bad-jsonl', 3],
    ])
    expect(errors[0]!.message).toContain('--fields text=FIELD')
    // A date that is no date: the article has none, and a message says so.
    expect(pages[1]!.articles[0]!.published).toBeNull()
    expect(pages[1]!.messages.map((m) => m.ruleId)).toContain('jsonl/bad-date')
  })

  it('finds the usual field names without a map, and reads a gzipped dataset', async () => {
    const rec = { title: 'Ghana en Togo sluiten grensakkoord', body, published: '2025-03-04T10:00:00Z' }
    const file = writeIn(tempDir(), 'data.jsonl.gz', gzipSync(JSON.stringify(rec) + '\n'))
    const [page] = (await collect([file])) as Page[]
    expect(page!.articles[0]).toMatchObject({ headline: rec.title, published: rec.published })
  })

  it('reads a record without a title as a plain-text page (title by shape)', async () => {
    const file = writeIn(
      tempDir(),
      'x.jsonl',
      JSON.stringify({ text: `Ghana en Togo sluiten grensakkoord\n\n${body}` }),
    )
    const [page] = (await collect([file], { format: 'jsonl' })) as Page[]
    expect(page!.articles[0]!.headline).toBe('Ghana en Togo sluiten grensakkoord')
  })

  it('refuses a field map that names no known field', () => {
    expect(() => parseFields('titel=kop')).toThrow(/NAME=FIELD/)
    expect(parseFields('title=meta.kop, date = datum')).toEqual({ title: 'meta.kop', date: 'datum' })
  })
})

describe('folders read known kinds only', () => {
  it('skips other files with a count, and --include reads them', async () => {
    const dir = tempDir()
    const page = writeIn(dir, 'a.txt', `Kop van het stuk\n\n${body}`)
    const html = writeIn(dir, 'b.html', `<p>${body}</p>`)
    writeIn(dir, 'INDEX.tsv', 'file\turl\na.txt\thttps://x\n')
    writeIn(dir, 'notes.md', '# notities\n')
    writeIn(dir, 'a.txt.gold.json', '{}')
    const skipped: [string, number, string[]][] = []
    const files = await expandInputs([dir], { onSkipped: (d, n, ex) => skipped.push([d, n, ex]) })
    expect(files).toEqual([page, html])
    expect(skipped).toEqual([[dir, 3, ['a.txt.gold.json', 'INDEX.tsv', 'notes.md']]])
    const included = await expandInputs([dir], { include: ['*.tsv'] })
    expect(included).toContain(`${dir}/INDEX.tsv`)
    // A file named on the command line is read whatever its kind.
    expect(await expandInputs([`${dir}/INDEX.tsv`])).toEqual([`${dir}/INDEX.tsv`])
  })

  it('matches globs on names and paths', () => {
    expect(globRegExp('*.tsv').test('INDEX.tsv')).toBe(true)
    expect(globRegExp('*.tsv').test('sub/INDEX.tsv')).toBe(false)
    expect(globRegExp('**/*.tsv').test('sub/deep/INDEX.tsv')).toBe(true)
    expect(globRegExp('**/*.tsv').test('INDEX.tsv')).toBe(true)
    expect(globRegExp('{a,b}.dat').test('b.dat')).toBe(true)
    expect(globRegExp('page?.csv').test('page1.csv')).toBe(true)
  })
})
