import { describe, expect, it } from 'vitest'
import { pageStage } from '../page/index.js'
import { readHtml, stripRaw } from './html.js'
import { jsonLdArticle } from './html-meta.js'

const src = { input: 'x.html', name: 'x.html' }
const para = (n: number) =>
  `Zin ${n} over het overleg tussen Chili en Argentinië over de gedeelde grens in de Andes, die al jaren ter discussie staat.`

describe('HTML metadata in order of trust', () => {
  const page = (head: string, body = `<h1>Kop uit de pagina zelf</h1><p>${para(1)} ${para(2)}</p>`) =>
    readHtml(Buffer.from(`<html><head>${head}</head><body><article>${body}</article></body></html>`), src)

  it('takes JSON-LD over OpenGraph over <h1>', () => {
    const ld = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Kop uit JSON-LD","datePublished":"2025-01-02"}</script>`
    const og = `<meta property="og:title" content="Kop uit OpenGraph"><meta property="article:published_time" content="2025-01-03">`
    expect(page(ld + og).meta).toMatchObject({ headline: 'Kop uit JSON-LD', published: '2025-01-02' })
    expect(page(og).meta).toMatchObject({ headline: 'Kop uit OpenGraph', published: '2025-01-03' })
    expect(page('').meta.headline).toBe('Kop uit de pagina zelf')
  })

  it('uses dateModified when no publication date is given', () => {
    const ld = `<script type="application/ld+json">{"@type":"Article","headline":"Kop","dateModified":"2025-04-05T10:00:00Z"}</script>`
    expect(page(ld).meta).toMatchObject({
      published: '2025-04-05T10:00:00Z',
      modified: '2025-04-05T10:00:00Z',
    })
  })

  it('skips a JSON-LD block that is not JSON, with a message', () => {
    const messages: never[] = []
    expect(
      jsonLdArticle('<script type="application/ld+json">{"@type": "NewsArticle",}</script>', messages),
    ).toBeNull()
    expect(messages).toHaveLength(1)
  })
})

describe('HTML bodies without boilerplate', () => {
  const stage = pageStage()
  const read = (html: string, url?: string) => {
    const p = readHtml(Buffer.from(html), { ...src, url })
    stage(p)
    return p
  }
  const body = (p: ReturnType<typeof read>) =>
    p.articles[0]!.paragraphs.map((s) => p.text.slice(s.start, s.end))

  it('drops a block made mostly of links and keeps a sentence with one link', () => {
    const p = read(
      `<html><body><article><h1>Grensoverleg in de Andes</h1><p>${para(1)}</p>
<p><a href="/a">Lees ook: Chili kiest</a> | <a href="/b">Argentinië stemt</a></p>
<p>${para(2)} Zie <a href="/c">het verdrag</a>.</p></article></body></html>`,
    )
    expect(body(p)).toEqual([para(1), `${para(2)} Zie het verdrag.`])
  })

  it('reads a page without article markup through Readability', () => {
    const p = read(
      `<html><head><title>Andes</title></head><body><div id="top"><a href="/">Home</a> <a href="/x">Buitenland</a></div>
<div class="wrap"><div class="col"><div class="txt"><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p></div></div></div>
<div class="bottom"><a href="/y">Contact</a></div></body></html>`,
    )
    expect(body(p)).toEqual([para(1), para(2), para(3)])
  })

  it('learns lines repeated on the pages of one site as boilerplate, when asked to', () => {
    const site = (i: number) =>
      `<html><body><article><h1>Kop ${i} over de Andes</h1><p>${para(i)}</p><p>Steun onze journalistiek en word donateur</p></article></body></html>`
    const s = pageStage({ repeatedOnPages: 3 })
    const pages = [1, 2, 3, 4].map((i) => {
      const p = readHtml(Buffer.from(site(i)), { ...src, url: `https://krant.example/${i}` })
      s(p)
      return p
    })
    const last = pages[3]!
    expect(last.articles[0]!.paragraphs.map((x) => last.text.slice(x.start, x.end))).toEqual([para(4)])
    const first = pages[0]!
    expect(first.articles[0]!.paragraphs).toHaveLength(2)
    // Another site's page keeps the line.
    const other = readHtml(Buffer.from(site(5)), { ...src, url: 'https://ander.example/5' })
    s(other)
    expect(other.articles[0]!.paragraphs).toHaveLength(2)
  })
})

describe('stripRaw', () => {
  it('removes scripts and styles and stops at one never closed', () => {
    expect(stripRaw('a<script>x<p></script>b<STYLE>y</style >c')).toBe('abc')
    expect(stripRaw('a<script>never closed')).toBe('a<script>never closed')
  })

  it('leaves a page of unclosed scripts as it is (stripping stops at the first)', () => {
    const html = '<script>'.repeat(200_000)
    expect(stripRaw(html)).toBe(html)
  })
})
