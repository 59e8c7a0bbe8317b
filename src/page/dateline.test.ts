import { describe, expect, it } from 'vitest'
import { matchDateline, matchNamedDateline } from './dateline.js'

describe('matchDateline', () => {
  it('reads one place and a bracket of agencies', () => {
    const line = 'MOSKOU (ANP/RTR/DPA) - Het Kremlin zegt'
    const m = matchDateline(line)!
    expect(m.places).toEqual(['MOSKOU'])
    expect(m.agencies).toEqual(['ANP', 'RTR', 'DPA'])
    expect(line.slice(m.length)).toBe('Het Kremlin zegt')
  })

  it('splits several places on the slash and keeps spaces inside a place', () => {
    const m = matchDateline('WASHINGTON/ABU DHABI (ANP/AFP) - De volgende ronde')!
    expect(m.places).toEqual(['WASHINGTON', 'ABU DHABI'])
  })

  it('keeps diacritics, hyphens and multi-word places as written', () => {
    expect(matchDateline('GENÈVE (ANP) - x')!.places).toEqual(['GENÈVE'])
    expect(matchDateline('ÎLE LONGUE (ANP) - x')!.places).toEqual(['ÎLE LONGUE'])
    expect(matchDateline('MEXICO-STAD (ANP/DPA/BELGA) - x')!.agencies).toEqual(['ANP', 'DPA', 'BELGA'])
    expect(matchDateline('AIR FORCE ONE (ANP) - x')!.places).toEqual(['AIR FORCE ONE'])
    expect(matchDateline("'S-HERTOGENBOSCH (ANP) - x")!.places).toEqual(["'S-HERTOGENBOSCH"])
  })

  it('reads a local item with a place and no agency', () => {
    const m = matchDateline('MIDDELBURG - De gemeente opent een brug')!
    expect(m.places).toEqual(['MIDDELBURG'])
    expect(m.agencies).toEqual([])
  })

  it('accepts an en dash', () => {
    expect(matchDateline('BERLIJN (DPA) – Duitsland')!.places).toEqual(['BERLIJN'])
  })

  it('rejects ordinary sentences, lowercase places and a lone capital', () => {
    expect(matchDateline('De Russische president zegt - niets')).toBeNull()
    expect(matchDateline('Moskou (ANP) - x')).toBeNull()
    expect(matchDateline('A - B')).toBeNull()
    expect(matchDateline('MOSKOU (ANP) -x')).toBeNull()
  })
})

describe('matchDateline at the end of a page', () => {
  it('reads a dateline with nothing after it (a teaser cut off before its body)', () => {
    const m = matchDateline('MADRID (ANP) -')!
    expect(m.places).toEqual(['MADRID'])
    expect(m.length).toBe('MADRID (ANP) -'.length)
  })
})

describe('datelines beyond the wire dash', () => {
  it('reads a full stop after the agencies as the dash', () => {
    const line = 'BRUSSEL (ANP/RTR). De top begon laat.'
    const m = matchDateline(line)!
    expect(m.places).toEqual(['BRUSSEL'])
    expect(m.agencies).toEqual(['ANP', 'RTR'])
    expect(line.slice(m.length)).toBe('De top begon laat.')
    expect(matchDateline('BRUSSEL. De top begon laat.')).toBeNull()
  })

  it('reads a known place written as a name, and only a known one', () => {
    const isPlace = (s: string) => s === 'Den Haag'
    const line = 'Den Haag – De Kamer stemt vandaag.'
    const m = matchNamedDateline(line, isPlace)!
    expect(m.places).toEqual(['Den Haag'])
    expect(line.slice(m.length)).toBe('De Kamer stemt vandaag.')
    expect(matchNamedDateline('Jansen – De Kamer stemt.', isPlace)).toBeNull()
    expect(matchNamedDateline('Den Haag – de Kamer stemt.', isPlace)).toBeNull()
  })
})
