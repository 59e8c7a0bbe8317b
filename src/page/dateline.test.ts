import { describe, expect, it } from 'vitest'
import { matchDateline } from './dateline.js'

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
