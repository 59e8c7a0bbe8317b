import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { httpResponse, tempDir, warcFile, warcRecord, writeIn } from '../../test/helpers/build.js'
import type { Page } from '../core/doc.js'
import { InputError } from '../core/message.js'
import { createDefaultPipeline } from '../index.js'
import { readInputs } from './input.js'
import { MAX_HTML_TAGS } from './html.js'
import { MAX_PAGE_TEXT } from './page.js'

const pipeline = createDefaultPipeline()

async function collect(inputs: string[], options = {}): Promise<(Page | InputError)[]> {
  const out: (Page | InputError)[] = []
  for await (const item of readInputs(inputs, options))
    out.push(item instanceof InputError ? item : pipeline.run(item))
  return out
}

const pages = (items: (Page | InputError)[]) => items.filter((x): x is Page => !(x instanceof InputError))
const errors = (items: (Page | InputError)[]) => items.filter((x): x is InputError => x instanceof InputError)

const html = `<!doctype html><html><head><meta charset="utf-8"><title>Laos sluit grens - Portaal</title>
<meta property="article:published_time" content="2025-06-01T08:00:00Z"><style>p{}</style></head>
<body><nav><a>Home</a><a>Buitenland</a></nav><article><h1>Laos sluit grens</h1>
<p>VIENTIANE (ANP/AFP) - Laos heeft de grens met Thailand gesloten. De regering noemt de maatregel tijdelijk en zegt dat ze de situatie elke dag bekijkt.</p>
<p>Thailand reageerde verbaasd op het besluit van de buurman en riep de ambassadeur op het matje.</p><script>alert(1)</script></article>
<aside><h2>Meer uit Buitenland</h2><ul>
<li><h3>Fiji kiest nieuw parlement</h3><p>SUVA (ANP) - Op Fiji zijn verkiezingen gehouden.</p><time>10 minuten geleden</time></li>
</ul></aside></body></html>`

describe('HTML pages', () => {
  it('reads the main article and the teaser list, with title, date and no script text', async () => {
    const dir = tempDir()
    const [page] = pages(await collect([writeIn(dir, 'laos.html', html)]))
    expect(page!.format).toBe('html')
    expect(page!.meta.title).toBe('Laos sluit grens - Portaal')
    expect(page!.text).not.toContain('alert(1)')
    expect(page!.articles.map((a) => [a.kind, a.headline, a.dateline?.places, a.age?.text ?? null])).toEqual([
      ['main', 'Laos sluit grens', ['VIENTIANE'], null],
      ['teaser', 'Fiji kiest nieuw parlement', ['SUVA'], '10 minuten geleden'],
    ])
    expect(page!.articles[0]!.published).toBe('2025-06-01T08:00:00Z')
    expect(page!.meta.mainText).toContain('Laos heeft de grens met Thailand gesloten')
  })

  it('survives deeply nested HTML with a message', async () => {
    const dir = tempDir()
    const deep =
      '<div>'.repeat(3000) +
      'BERN (ANP) - Zwitserland zegt iets over de wereld en nog veel meer.' +
      '</div>'.repeat(3000)
    const [page] = pages(await collect([writeIn(dir, 'deep.html', `<html><body>${deep}</body></html>`)]))
    expect(page!.messages.some((m) => m.ruleId === 'html/deep-nesting')).toBe(true)
    expect(page!.articles[0]!.dateline!.places).toEqual(['BERN'])
  })

  it('refuses HTML nested a hundred thousand deep by name before parsing it; a page of unclosed <p> is read', async () => {
    const dir = tempDir()
    const deep =
      '<html><body>' + '<div>'.repeat(100_000) + 'BERN (ANP) - Zwitserland.' + '</div>'.repeat(100_000)
    const file = writeIn(dir, 'deep.html', deep)
    const flat = writeIn(
      dir,
      'flat.html',
      '<html><body>' +
        '<p>BERN (ANP) - Zwitserland zegt iets over de bergen.'.repeat(20_000) +
        '</body></html>',
    )
    const items = await collect([file, flat])
    expect(errors(items).map((e) => [e.ruleId, e.input])).toEqual([['input/deep-html', file]])
    expect(errors(items)[0]!.message).toContain('HTML nested 100002 tags deep, over the limit of 10000')
    expect(pages(items).map((p) => p.source.name)).toEqual(['flat.html'])
  }, 60_000)

  it('refuses HTML of more tags than a news page has by name before parsing it', async () => {
    const dir = tempDir()
    const cells = '<tr><td>1</td><td>BERN (ANP) - Zwitserland.</td></tr>'.repeat(MAX_HTML_TAGS / 5 + 1)
    const file = writeIn(dir, 'table.html', `<html><body><table>${cells}</table></body></html>`)
    const items = await collect([file])
    expect(errors(items).map((e) => [e.ruleId, e.input])).toEqual([['input/large-html', file]])
    expect(errors(items)[0]!.message).toContain(`over the limit of ${MAX_HTML_TAGS}`)
  }, 60_000)
})

describe('WARC and WET files', () => {
  const records = [
    warcRecord('warcinfo', { 'Content-Type': 'application/warc-fields' }, 'software: test\r\n'),
    warcRecord(
      'response',
      {
        'WARC-Target-URI': 'https://portal.example/laos',
        'WARC-Date': '2025-06-01T12:00:00Z',
        'Content-Type': 'application/http; msgtype=response',
      },
      httpResponse('text/html; charset=utf-8', html),
    ),
    warcRecord(
      'request',
      {
        'WARC-Target-URI': 'https://portal.example/laos',
        'Content-Type': 'application/http; msgtype=request',
      },
      'GET /laos HTTP/1.1\r\n\r\n',
    ),
    warcRecord(
      'conversion',
      {
        'WARC-Target-URI': 'https://portal.example/fiji',
        'WARC-Date': '2025-06-01T13:30:00Z',
        'Content-Type': 'text/plain',
      },
      'Fiji kiest\nSUVA (ANP) - Op Fiji zijn verkiezingen gehouden.\n2 uur geleden\n',
    ),
  ]

  for (const gzip of [false, true]) {
    it(`reads response and conversion records with crawl time and origin (${gzip ? 'gzip' : 'plain'})`, async () => {
      const dir = tempDir()
      const file = writeIn(dir, gzip ? 'crawl.warc.gz' : 'crawl.warc', warcFile(records, gzip))
      const items = await collect([file])
      expect(errors(items)).toEqual([])
      const [laos, fiji] = pages(items)
      expect(pages(items)).toHaveLength(2)
      expect(laos!.source).toMatchObject({
        url: 'https://portal.example/laos',
        name: 'crawl.warc' + (gzip ? '.gz' : '') + '#2',
      })
      expect(laos!.observedAt).toBe('2025-06-01T12:00:00.000Z')
      expect(laos!.observedAtSource).toBe('warc')
      expect(laos!.articles[1]!.age!.interval).toEqual({
        from: '2025-06-01T11:49:00.000Z',
        to: '2025-06-01T11:50:00.000Z',
      })
      expect(fiji!.format).toBe('wet')
      expect(fiji!.articles[0]!.age!.interval!.to).toBe('2025-06-01T11:30:00.000Z')
    })
  }

  it('reports a truncated gzip WARC by name and keeps the records read before', async () => {
    const dir = tempDir()
    const whole = warcFile(records, true)
    const file = writeIn(dir, 'cut.warc.gz', whole.subarray(0, whole.length - 40))
    const items = await collect([file])
    expect(pages(items).length).toBeGreaterThanOrEqual(1)
    expect(errors(items)).toHaveLength(1)
    expect(errors(items)[0]!.message).toContain('cut.warc.gz')
  })
})

describe('plain WARC files cut off', () => {
  const records = [
    warcRecord(
      'response',
      { 'WARC-Target-URI': 'https://portal.example/laos', 'WARC-Date': '2025-06-01T12:00:00Z' },
      httpResponse('text/html; charset=utf-8', html),
    ),
    warcRecord(
      'request',
      {
        'WARC-Target-URI': 'https://portal.example/laos',
        'Content-Type': 'application/http; msgtype=request',
      },
      'GET /laos HTTP/1.1\r\nHost: portal.example\r\n\r\n',
    ),
    warcRecord(
      'conversion',
      { 'WARC-Target-URI': 'https://portal.example/fiji', 'WARC-Date': '2025-06-01T13:30:00Z' },
      'Fiji kiest\nSUVA (ANP) - Op Fiji zijn verkiezingen gehouden.\n2 uur geleden\n',
    ),
  ]
  const whole = warcFile(records)
  const at = (k: number) => records.slice(0, k).reduce((n, r) => n + r.length, 0)
  const cases: [string, number, RegExp][] = [
    ['inside a page record', at(3) - 30, /record 3 \(https:\/\/portal\.example\/fiji\) is cut off/],
    // warcio's own skip of this record looped for ever on such a file.
    [
      'inside a skipped request record',
      at(2) - 12,
      /record 2 \(https:\/\/portal\.example\/laos\) is cut off/,
    ],
    ['inside a record header', at(2) + 30, /record 3: no (?:WARC-Type|Content-Length) header/],
  ]
  for (const [where, cut, message] of cases) {
    it(`names the file and the record when it ends ${where}, keeping the records before`, async () => {
      const dir = tempDir()
      const file = writeIn(dir, 'cut.warc', whole.subarray(0, cut))
      const items = await collect([file, writeIn(dir, 'next.txt', 'OSLO (ANP) - Noorwegen zegt iets.')])
      expect(pages(items).map((p) => p.source.name)).toEqual(['cut.warc#1', 'next.txt'])
      expect(errors(items)).toHaveLength(1)
      expect(errors(items)[0]!.input).toBe(file)
      expect(errors(items)[0]!.message).toMatch(message)
    }, 20_000)
  }

  it('reads a file whose last record only lacks its closing blank lines', async () => {
    const file = writeIn(tempDir(), 'nearly.warc', whole.subarray(0, whole.length - 4))
    const items = await collect([file])
    expect(errors(items)).toEqual([])
    expect(pages(items)).toHaveLength(2)
  })
})

describe('feeds', () => {
  it('reads each RSS item as an article with its own date', async () => {
    const dir = tempDir()
    const rss = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>T</title>
<item><title>Chili en Peru eens</title><link>https://x.example/1</link><pubDate>Mon, 02 Jun 2025 08:00:00 GMT</pubDate>
<description><![CDATA[<p>SANTIAGO (ANP) - Chili en Peru zijn het eens over de grens.</p>]]></description></item>
<item><title>Geen dateline hier</title><description>Een bericht zonder dateline met genoeg woorden om een artikel te zijn, echt waar.</description></item>
</channel></rss>`
    const [page] = pages(await collect([writeIn(dir, 'feed.xml', rss)]))
    expect(page!.format).toBe('rss')
    expect(page!.articles.map((a) => [a.headline, a.dateline?.places ?? [], a.published])).toEqual([
      ['Chili en Peru eens', ['SANTIAGO'], '2025-06-02T08:00:00.000Z'],
      ['Geen dateline hier', [], null],
    ])
  })

  it('reads an Atom feed', async () => {
    const dir = tempDir()
    const atom = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
<entry><title>Mali zet Franse ambassadeur uit</title><updated>2025-01-01T10:00:00Z</updated>
<content type="html">BAMAKO (ANP/AFP) - Mali heeft de Franse ambassadeur het land uitgezet.</content></entry></feed>`
    const [page] = pages(await collect([writeIn(dir, 'news.atom', atom)]))
    expect(page!.format).toBe('atom')
    expect(page!.articles[0]!.headline).toBe('Mali zet Franse ambassadeur uit')
  })

  it('names a broken feed and goes on with the next input', async () => {
    const dir = tempDir()
    const bad = writeIn(dir, 'bad.rss', '<?xml version="1.0"?><rss><channel><item><title>x</titl')
    const good = writeIn(dir, 'good.txt', 'OSLO (ANP) - Noorwegen zegt iets.')
    const items = await collect([bad, good])
    expect(errors(items)[0]!.message).toMatch(/bad\.rss/)
    expect(pages(items)).toHaveLength(1)
  })
})

describe('feeds that are not well-formed', () => {
  it('refuses a feed cut off with tags still open, naming it, and reads one with a bare "&" with a warning', async () => {
    const dir = tempDir()
    const cut = writeIn(
      dir,
      'cut.atom',
      '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><entry><title>Mali</title><content>BAMAKO (ANP) - Mali zegt',
    )
    const amp = writeIn(
      dir,
      'amp.rss',
      '<rss version="2.0"><channel>\n<item><title>Peru & Chili</title><description>LIMA (ANP) - Peru en Chili zijn het eens.</description></item></channel></rss>',
    )
    const bomb = writeIn(
      dir,
      'bomb.rss',
      '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">' +
        '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">' +
        '<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">]>' +
        '<rss version="2.0"><channel><item><title>&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;</title><description>x</description></item></channel></rss>',
    )
    const items = await collect([cut, amp, bomb])
    expect(errors(items).map((e) => [e.ruleId, e.input])).toEqual([['input/truncated-feed', cut]])
    expect(errors(items)[0]!.message).toContain('<feed><entry><content> still open')
    const [ampPage, bombPage] = pages(items)
    expect(ampPage!.articles[0]!.headline).toBe('Peru & Chili')
    expect(ampPage!.messages.find((m) => m.ruleId === 'feed/not-well-formed')!.text).toMatch(/at line 2/)
    // Entities are not expanded: a billion laughs stays small.
    expect(bombPage!.text.length).toBeLessThan(1000)
  })
})

describe('inputs', () => {
  it('expands directories and globs, sorted, and reads stdin-less text', async () => {
    const dir = tempDir()
    writeIn(dir, 'b.txt', 'OSLO (ANP) - Noorwegen zegt iets.')
    writeIn(dir, 'a.txt', 'BERN (ANP) - Zwitserland zegt iets.')
    expect(pages(await collect([dir])).map((p) => p.source.name)).toEqual(['a.txt', 'b.txt'])
    expect(pages(await collect([`${dir}/*.txt`])).map((p) => p.source.name)).toEqual(['a.txt', 'b.txt'])
  })

  it('gives a clear error for a missing file, an empty file and a binary file, and goes on', async () => {
    const dir = tempDir()
    const empty = writeIn(dir, 'empty.txt', '')
    const binary = writeIn(
      dir,
      'image.png',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    )
    const good = writeIn(dir, 'good.txt', 'OSLO (ANP) - Noorwegen zegt iets.')
    const items = await collect([`${dir}/missing.txt`, empty, binary, good])
    expect(errors(items).map((e) => [e.ruleId, e.input])).toEqual([
      ['input/not-found', `${dir}/missing.txt`],
      ['input/empty', empty],
      ['input/binary', binary],
    ])
    expect(pages(items)).toHaveLength(1)
  })

  it('refuses a single page over the size limit, naming it', async () => {
    const dir = tempDir()
    const file = writeIn(dir, 'big.txt', 'OSLO (ANP) - Noorwegen zegt iets over de zee.')
    const items = await collect([file], { maxFileBytes: 10 })
    expect(errors(items).map((e) => [e.ruleId, e.input])).toEqual([['input/too-large', file]])
  })

  it('refuses a page whose text is over two million characters, in many short lines, naming it', async () => {
    const dir = tempDir()
    const line = 'OSLO (ANP) - Noorwegen en Zweden praten over de zee en de handel.\n'
    const file = writeIn(dir, 'many.txt', line.repeat(Math.ceil(MAX_PAGE_TEXT / line.length) + 1))
    const ok = writeIn(dir, 'ok.txt', line.repeat(1000))
    const items = await collect([file, ok])
    expect(errors(items).map((e) => [e.ruleId, e.input])).toEqual([['input/too-large', file]])
    expect(errors(items)[0]!.message).toContain(String(MAX_PAGE_TEXT))
    expect(pages(items)).toHaveLength(1)
  })

  it('reads a long single line with a warning naming the line', async () => {
    const dir = tempDir()
    const file = writeIn(dir, 'long.txt', 'Titel\n' + 'woord '.repeat(40_000))
    const [page] = pages(await collect([file]))
    const m = page!.messages.find((x) => x.ruleId === 'page/long-line')!
    expect(m.line).toBe(2)
  })

  it('refuses a page with a line over a million characters, naming the file and the line', async () => {
    const dir = tempDir()
    const file = writeIn(dir, 'huge.txt', 'Titel\n\n' + 'woord '.repeat(200_000) + '\nslot\n')
    const items = await collect([file])
    expect(pages(items)).toEqual([])
    expect(errors(items).map((e) => [e.ruleId, e.input, e.line])).toEqual([['input/long-line', file, 3]])
    expect(errors(items)[0]!.message).toContain(`${file}:3: line 3 is 1200000 characters long`)
    // In a WARC the error names the record.
    const warc = writeIn(
      dir,
      'huge.warc',
      warcFile([warcRecord('resource', { 'Content-Type': 'text/plain' }, 'x\n' + 'y'.repeat(1_000_001))]),
    )
    const [inWarc] = errors(await collect([warc]))
    expect(inWarc!.message).toBe(
      `${warc}: record 1: line 2 is 1000001 characters long, over the limit of 1000000: not a news page`,
    )
  })

  it('takes the crawl time from the flag or the file time', async () => {
    const dir = tempDir()
    const file = writeIn(dir, 'p.txt', 'OSLO (ANP) - Noorwegen zegt iets.\n1 uur geleden\n')
    const [flag] = pages(await collect([file], { observedAt: '2025-01-01T10:00:00.000Z' }))
    expect(flag!).toMatchObject({ observedAt: '2025-01-01T10:00:00.000Z', observedAtSource: 'flag' })
    const [mtime] = pages(await collect([file], { observedAt: 'mtime' }))
    expect(mtime!.observedAtSource).toBe('file')
    const [none] = pages(await collect([file]))
    expect(none!.observedAt).toBeNull()
    expect(none!.articles[0]!.age!.interval).toBeNull()
    expect(readFileSync(file, 'utf8')).toContain('OSLO')
  })
})
