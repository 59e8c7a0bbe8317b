import { describe, expect, it } from 'vitest'
import { fileURLToPath } from 'node:url'
import type { Page } from '../core/doc.js'
import { segmentText } from '../page/segment.js'
import { findActors } from './index.js'
import { loadKnowledgeBase, termAt } from './kb.js'
import { tokenize } from './normalize.js'

const kb = loadKnowledgeBase({ dir: fileURLToPath(new URL('../../test/fixtures/kb/', import.meta.url)) })

function read(text: string, observedAt: string | null = null) {
  const seg = segmentText(text, { observedAt })
  const page = {
    text,
    observedAt,
    articles: seg.articles.map((a) => ({ ...a, language: 'nl' })),
  } as unknown as Page
  const a = page.articles[0]!
  return findActors(kb, page, a)
}

const spanText = (text: string, m: { start: number; end: number }) => text.slice(m.start, m.end)

describe('tokenize', () => {
  it('splits hyphenated compounds and remembers the join', () => {
    const t = tokenize('NAVO-landen en Noord-Koreaanse')
    expect(t.map((x) => [x.text, x.norm, x.joined])).toEqual([
      ['NAVO', 'navo', false],
      ['landen', 'landen', true],
      ['en', 'en', false],
      ['Noord', 'noord', false],
      ['Koreaanse', 'koreaanse', true],
    ])
  })
})

describe('findActors', () => {
  it('a named group of states stands for each member on one span; "de dienst" for the organisation before', () => {
    const text = 'MOSKOU (ANP) - De Baltische staten en de immigratiedienst ICE spraken. De dienst zweeg.'
    const r = read(text)
    const group = r.mentions.filter((m) => m.rule === 'kb/group')
    expect(group.map((m) => [m.code, spanText(text, m)])).toEqual([
      ['EST', 'Baltische staten'],
      ['LVA', 'Baltische staten'],
      ['LTU', 'Baltische staten'],
    ])
    const dienst = r.mentions.find((m) => m.rule === 'coref/org')!
    expect([dienst.code, spanText(text, dienst)]).toEqual(['USA', 'De dienst'])
    expect(r.codes).toEqual(expect.arrayContaining(['EST', 'LVA', 'LTU', 'USA']))
  })

  it('links names, adjectives, demonyms, capitals and seats to codes, with spans', () => {
    const text = 'MOSKOU (ANP) - Het Kremlin zegt dat de Russen en de Iraanse regering in Teheran praten.'
    const r = read(text)
    expect(r.codes).toEqual(['IRN', 'RUS'])
    const kremlin = r.mentions.find((m) => m.text === 'Kremlin')!
    expect(spanText(text, kremlin)).toBe('Kremlin')
    expect(kremlin.rule).toBe('kb/seat')
    expect(r.mentions.find((m) => m.rule === 'dateline')!.code).toBe('RUS')
  })

  it('matches compounds, case-exact short forms and genitives', () => {
    const text =
      'OSLO (ANP) - NAVO-landen steunen de Noord-Koreaanse vluchtelingen niet, zegt de VS. Poetins plan is bekend. Dat is zo.'
    const r = read(text)
    expect(r.codes).toEqual(expect.arrayContaining(['NATO', 'PRK', 'USA', 'RUS']))
    expect(r.mentions.find((m) => m.code === 'RUS')!.text).toBe('Poetins')
    // "is" is not Islamic State: short all-capital forms must be written so.
    expect(r.codes).not.toContain('ISIS')
  })

  it('resolves a person to the office held on the article date', () => {
    const text = 'BRUSSEL (ANP) - Jens Stoltenberg sprak met Rutte over de toekomst van het bondgenootschap.'
    const old = read(text, '2023-03-01T10:00:00Z')
    expect(old.people).toEqual([
      { name: 'Jens Stoltenberg', actor: 'NATO' },
      { name: 'Mark Rutte', actor: 'NLD' },
    ])
    const later = read(text, '2025-06-01T10:00:00Z')
    expect(later.people).toEqual([
      { name: 'Jens Stoltenberg', actor: 'NOR' },
      { name: 'Mark Rutte', actor: 'NATO' },
    ])
  })

  it('keeps the titled office for every mention of the person in the article', () => {
    const r = read(
      'Stoltenberg waarschuwt\nBRUSSEL (ANP) - NAVO-chef Jens Stoltenberg waarschuwt. Stoltenberg zei het.',
    )
    expect(r.people).toEqual([{ name: 'Jens Stoltenberg', actor: 'NATO' }])
    expect(r.codes).toEqual(['NATO'])
  })

  it('does not take a lone surname inside another full name for the known person', () => {
    expect(read('OSLO (ANP) - Lavrov sprak met Lavrov Petrenko.').people).toEqual([
      { name: 'Sergey Lavrov', actor: 'RUS' },
    ])
  })

  it('does not take a lone surname after another given name for the known person, but after a spelling of theirs', () => {
    // "Anna Stoltenberg" is someone else than Jens Stoltenberg; "Sergej Lavrov" is Sergey Lavrov.
    expect(read('OSLO (ANP) - De ambassadeur Anna Stoltenberg sprak gisteren in Oslo.').people).toEqual([])
    expect(read('OSLO (ANP) - Minister Sergej Lavrov sprak gisteren in Oslo.').people).toEqual([
      { name: 'Sergey Lavrov', actor: 'RUS' },
    ])
  })

  it('lets a title pick the office when the date is unknown', () => {
    const r = read('BRUSSEL (ANP) - NAVO-chef Jens Stoltenberg waarschuwt Rusland.')
    expect(r.people).toEqual([{ name: 'Jens Stoltenberg', actor: 'NATO' }])
  })

  it('discovers people the base lacks by their title and ties them to the state', () => {
    const text =
      'TEHERAN (ANP) - De Iraanse ambassadeur Kazem Jalali zegt iets. De Oegandese oppositieleider Bobi Wine is gevlucht. Burgemeester Jacob Frey van Minneapolis reageerde.'
    const r = read(text)
    expect(r.people).toEqual([
      { name: 'Kazem Jalali', actor: 'IRN' },
      { name: 'Bobi Wine', actor: 'UGA' },
      { name: 'Jacob Frey', actor: 'USA' },
    ])
    const jalali = r.mentions.find((m) => m.person === 'Kazem Jalali')!
    expect(spanText(text, jalali)).toBe('Kazem Jalali')
    expect(jalali.rule).toBe('title/person')
  })

  it('gives a private person no actor, and reads a title over adjectives and an appositive', () => {
    const text =
      'MINNEAPOLIS (ANP) - De Israëlisch-Amerikaanse gijzelaar Edan Alexander is vrij. De Amerikaanse speciale gezant Steve Witkoff was er. De gouverneur van Minneapolis, Tim Walz, reageerde.'
    expect(read(text).people).toEqual([
      { name: 'Edan Alexander', actor: null },
      { name: 'Steve Witkoff', actor: 'USA' },
      { name: 'Tim Walz', actor: 'USA' },
    ])
  })

  it('reads a name before ", title", and stops a name before "van <ministry>"', () => {
    const text =
      'MOSKOU (ANP) - Pjotr Ivanov, ambassadeur van Rusland, sprak. Minister Anna Petrova van Buitenlandse Zaken zweeg.'
    expect(read(text).people).toEqual([
      { name: 'Pjotr Ivanov', actor: 'RUS' },
      { name: 'Anna Petrova', actor: 'RUS' },
    ])
  })

  it('does not guess a state for a title when the article names several', () => {
    const r = read(
      'TEHERAN (ANP) - Iran en de VS praten. President Ali Rezaei sprak.'.replace('Iran', 'Rusland'),
    )
    expect(r.people).toEqual([{ name: 'Ali Rezaei', actor: null }])
  })

  it('ties a political title without a state to the state named before it', () => {
    const r = read('TEHERAN (ANP) - In Iran sprak president Masoud Pezeshkian.'.replace('Iran', 'Rusland'))
    expect(r.people).toEqual([{ name: 'Masoud Pezeshkian', actor: 'RUS' }])
  })

  it('reads "minister van Buitenlandse Zaken" before a name', () => {
    const r = read('MOSKOU (ANP) - Gisteren sprak minister van Buitenlandse Zaken Sergej Lavrov.')
    expect(r.people).toEqual([{ name: 'Sergey Lavrov', actor: 'RUS' }])
  })

  it('resolves "de president" and "hij" to the last person', () => {
    const text =
      'MOSKOU (ANP) - Poetin sprak maandag. Volgens de president gaat het goed. Hij zei niets over Kyiv.'
    const r = read(text)
    const role = r.mentions.find((m) => m.rule === 'coref/role')!
    expect([role.text, role.code, role.person]).toEqual(['president', 'RUS', 'Vladimir Putin'])
    const pronoun = r.mentions.find((m) => m.rule === 'coref/pronoun')!
    expect([spanText(text, pronoun), pronoun.code]).toEqual(['Hij', 'RUS'])
  })
})

describe('given names', () => {
  it('finds a person the base lacks by a known given name, with no actor, but not inside a longer name', () => {
    const text =
      'OSLO (ANP) - Schaatsster Irene Schouten won. In San Luis Potosí was het rustig. Ook Omar Hassan Poetin niet.'
    const r = read(text)
    expect(r.people).toEqual([
      { name: 'Irene Schouten', actor: null },
      { name: 'Vladimir Putin', actor: 'RUS' },
    ])
    const irene = r.mentions.find((m) => m.person === 'Irene Schouten')!
    expect([spanText(text, irene), irene.rule]).toEqual(['Irene Schouten', 'title/private-person'])
    const bare = read('OSLO (ANP) - Gisteren zag Jeffrey Mulder de zee.')
    expect(bare.people).toEqual([{ name: 'Jeffrey Mulder', actor: null }])
    expect(bare.mentions.find((m) => m.person === 'Jeffrey Mulder')!.rule).toBe('name/given')
  })
})

describe('anaphora', () => {
  it('"dat land" is the state the sentence (or the one before) opened with', () => {
    const text = 'MOSKOU (ANP) - Rusland is groot. De EU heeft sancties tegen dat land opgelegd.'
    const r = read(text)
    const land = r.mentions.find((m) => m.rule === 'coref/land')!
    expect([spanText(text, land), land.code]).toEqual(['dat land', 'RUS'])
  })
})

describe('the neighbour', () => {
  it('"het buurland" is the state named last that the sentence before is not about', () => {
    const text = 'MOSKOU (ANP) - Rusland beschuldigt Oekraïne van de aanslag. Het buurland ontkent.'
    const r = read(text)
    const n = r.mentions.find((m) => m.rule === 'coref/buurland')!
    expect([spanText(text, n), n.code]).toEqual(['Het buurland', 'UKR'])
  })
})

describe('plural anaphora', () => {
  it('"de landen" stands for the last two states named', () => {
    const text = 'MOSKOU (ANP) - Rusland en Iran praten. De landen werken samen.'
    const r = read(text)
    const pair = r.mentions.filter((m) => m.rule === 'coref/landen')
    expect(pair.map((m) => [spanText(text, m), m.code])).toEqual([
      ['De landen', 'RUS'],
      ['De landen', 'IRN'],
    ])
  })
})

describe('termAt', () => {
  const rutte = kb.people.get('Mark Rutte')!
  it('takes the term covering the date, else the latest', () => {
    expect(termAt(rutte, '2015-01-01')!.actor).toBe('NLD')
    expect(termAt(rutte, '2024-10-01')!.actor).toBe('NATO')
    expect(termAt(rutte, null)!.actor).toBe('NATO')
  })
})
