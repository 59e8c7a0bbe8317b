import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { markup, plain, renderMarked, type Piece } from './marks.js'

interface S {
  start: number
  end: number
  k: string
}

/** Pieces as brackets: `a[x:b]c`. */
function show(list: Piece<S>[]): string {
  return list.map((p) => (typeof p === 'string' ? p : `[${p.span.k}:${show(p.children)}]`)).join('')
}

const s = (k: string, start: number, end: number): S => ({ k, start, end })

describe('markup', () => {
  it('leaves text without spans alone', () => {
    expect(show(markup('Rusland', []))).toBe('Rusland')
    expect(markup('', [s('m', 0, 3)])).toEqual([])
  })

  it('marks spans at both edges of the text', () => {
    const text = 'Rusland valt Oekraïne aan'
    expect(show(markup(text, [s('m', 0, 7), s('m', 13, 25)]))).toBe('[m:Rusland] valt [m:Oekraïne aan]')
    expect(show(markup(text, [s('e', 0, text.length)]))).toBe(`[e:${text}]`)
  })

  it('nests spans inside a wider one, whatever the order', () => {
    const text = 'China steunt Rusland.'
    const want = '[e:[m:China] steunt [m:Rusland]].'
    expect(show(markup(text, [s('e', 0, 20), s('m', 0, 5), s('m', 13, 20)]))).toBe(want)
    expect(show(markup(text, [s('m', 0, 5), s('m', 13, 20), s('e', 0, 20)]))).toBe(want)
  })

  it('nests equal ranges in list order', () => {
    expect(show(markup('NAVO', [s('e', 0, 4), s('m', 0, 4)]))).toBe('[e:[m:NAVO]]')
  })

  it('keeps the earlier span whole and cuts a later one that crosses it', () => {
    const text = 'abcdefghij'
    expect(show(markup(text, [s('e', 2, 6), s('m', 4, 8)]))).toBe('ab[e:cd[m:ef]][m:gh]ij')
    expect(show(markup(text, [s('e', 2, 6), s('m', 0, 4)]))).toBe('[m:ab][e:[m:cd]ef]ghij')
    expect(show(markup(text, [s('e', 3, 5), s('m', 1, 4), s('x', 4, 9)]))).toBe(
      'a[m:bc][e:[m:d][x:e]][x:fghi]j',
    )
  })

  it('clips spans out of range and drops empty or reversed ones', () => {
    expect(show(markup('abc', [s('m', -5, 1), s('x', 2, 99), s('z', 1, 1), s('r', 2, 1)]))).toBe(
      '[m:a]b[x:c]',
    )
  })

  it('counts in UTF-16 units, as the API does, across accents and emoji', () => {
    const text = 'Zelensky 🇺🇦 en Poetin: “Oekraïne” blijft'
    const at = text.indexOf('Poetin')
    const uk = text.indexOf('Oekraïne')
    const pieces = markup(text, [s('m', at, at + 6), s('m', uk, uk + 'Oekraïne'.length)])
    expect(show(pieces)).toBe('Zelensky 🇺🇦 en [m:Poetin]: “[m:Oekraïne]” blijft')
    expect(plain(pieces)).toBe(text)
  })
})

describe('renderMarked', () => {
  const make = (text: string, spans: S[]) => {
    const { document } = parseHTML('<!doctype html><html><body><div id="out"></div></body></html>')
    const out = document.getElementById('out')!
    out.appendChild(
      renderMarked(document, text, spans, (span) => {
        const el = document.createElement('mark')
        el.setAttribute('class', span.k)
        return el
      }),
    )
    return out
  }

  it('builds nested marks whose text is the text', () => {
    const text = 'China steunt Rusland.'
    const out = make(text, [s('evidence', 0, 20), s('mention', 0, 5)])
    expect(out.textContent).toBe(text)
    expect(out.querySelector('mark.evidence')!.textContent).toBe('China steunt Rusland')
    expect(out.querySelector('mark.evidence > mark.mention')!.textContent).toBe('China')
  })

  it('keeps a script tag and an onerror handler as literal text', () => {
    const text = 'Kop <script>alert(1)</script> en <img src=x onerror=alert(1)> in Rusland'
    const at = text.indexOf('<img')
    const out = make(text, [
      s('evidence', at, text.length),
      s('mention', text.indexOf('Rusland'), text.length),
    ])
    expect(out.textContent).toBe(text)
    expect(out.querySelector('script')).toBeNull()
    expect(out.querySelector('img')).toBeNull()
    expect(out.querySelectorAll('mark').length).toBe(2)
    expect(out.querySelector('mark.evidence')!.textContent).toBe('<img src=x onerror=alert(1)> in Rusland')
    expect(out.innerHTML).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(out.innerHTML).toContain('&lt;img src=x onerror=alert(1)&gt;')
  })
})
