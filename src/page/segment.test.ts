import { describe, expect, it } from 'vitest'
import { CHROME_LINES } from '../locales/nl/page-words.js'
import { chromeOf, headlineSpanOf, isTitleLike, segmentText } from './segment.js'

const opts = { observedAt: null }
const bodyOf = (text: string, a: { body: { start: number; end: number } }) =>
  text.slice(a.body.start, a.body.end)

describe('segmentText: teasers with their own headline and a timestamp line after the body', () => {
  const page = [
    'Webmail',
    '',
    'Kies je webmail',
    '',
    'Peru en Chili openen nieuwe grensovergang',
    '',
    'Peru en Chili openen nieuwe grensovergang',
    '',
    'LIMA (ANP/EFE) - Peru en Chili hebben een nieuwe grensovergang geopend. Dat meldt de regering in Lima.',
    '',
    'Zware regen',
    '',
    'De opening werd twee keer uitgesteld door zware regen in het grensgebied.',
    '',
    'Meer uit Buitenland',
    '',
    'Ghana en Togo praten over visumvrij reizen',
    '',
    'ACCRA (ANP/AFP) - Ghana en Togo onderhandelen over het afschaffen van visa voor elkaars burgers.',
    '',
    '35 minuten geleden',
    'Uruguay kiest nieuwe president',
    '',
    'MONTEVIDEO (ANP) - In Uruguay zijn de stembussen gesloten. De uitslag wordt maandag verwa',
  ].join('\n')
  const seg = segmentText(page, opts)

  it('finds the main article and every teaser, chrome dropped', () => {
    expect(seg.articles.map((a) => a.kind)).toEqual(['main', 'teaser', 'teaser'])
    expect(seg.articles.map((a) => a.headline)).toEqual([
      'Peru en Chili openen nieuwe grensovergang',
      'Ghana en Togo praten over visumvrij reizen',
      'Uruguay kiest nieuwe president',
    ])
  })

  it('keeps a short subhead inside the body and stops the body at the section title', () => {
    const main = seg.articles[0]!
    expect(bodyOf(page, main)).toMatch(/^Peru en Chili hebben .*Zware regen.*grensgebied\.$/s)
    expect(main.paragraphs).toHaveLength(3)
    expect(main.age).toBeNull()
  })

  it('gives the timestamp to the teaser before it, and keeps a page cut off mid-word as an article', () => {
    const [, t1, t2] = seg.articles
    expect(t1!.age!.text).toBe('35 minuten geleden')
    expect(page.slice(t1!.age!.span.start, t1!.age!.span.end)).toBe('35 minuten geleden')
    expect(t2!.age).toBeNull()
    expect(bodyOf(page, t2!)).toMatch(/verwa$/)
  })

  it('records the headline printed twice', () => {
    expect(seg.messages.some((m) => m.ruleId === 'chrome/repeated-headline')).toBe(true)
  })

  it('gives spans that point at the text', () => {
    const a = seg.articles[1]!
    expect(page.slice(a.headlineSpan!.start, a.headlineSpan!.end)).toBe(a.headline)
    expect(page.slice(a.dateline!.span.start, a.dateline!.span.end)).toBe('ACCRA (ANP/AFP) - ')
    expect(a.lead).toBe('Ghana en Togo onderhandelen over het afschaffen van')
  })
})

describe('segmentText: teasers glued to the timestamp of the one before', () => {
  const page = [
    'Kameroen sluit grens met Nigeria',
    'YAOUNDÉ (ANP/AFP) - Kameroen heeft de grens met Nigeria gesloten na gevechten in het grensgebied.',
    'Meer uit Buitenland',
    'DAKAR (ANP/AFP) - Senegal krijgt een nieuwe premier.',
    '14 minuten geledenHANOI/BANGKOK (ANP/RTR) - Vietnam en Thailand houden overleg.',
    '1 uur geledenLEEUWARDEN - De provincie bouwt een nieuwe dijk.',
    '2 dagen geleden7 uu',
  ].join('\n')
  const seg = segmentText(page, { observedAt: '2025-02-01T12:00:00Z' })

  it('splits every teaser and gives each the timestamp after it', () => {
    expect(seg.articles.map((a) => [a.kind, a.headline, a.dateline?.places, a.age?.text ?? null])).toEqual([
      ['main', 'Kameroen sluit grens met Nigeria', ['YAOUNDÉ'], null],
      ['teaser', null, ['DAKAR'], '14 minuten geleden'],
      ['teaser', null, ['HANOI', 'BANGKOK'], '1 uur geleden'],
      ['teaser', null, ['LEEUWARDEN'], '2 dagen geleden'],
    ])
  })

  it('reads a local item without agency, and anchors its age to the crawl time', () => {
    const local = seg.articles[3]!
    expect(local.dateline!.agencies).toEqual([])
    expect(local.age!.interval).toEqual({ from: '2025-01-29T12:00:00.000Z', to: '2025-01-30T12:00:00.000Z' })
  })

  it('does not read the cut-off timestamp as text', () => {
    expect(bodyOf(page, seg.articles[3]!)).toBe('De provincie bouwt een nieuwe dijk.')
  })
})

describe('segmentText: other page shapes', () => {
  it('a section index of teasers has no main article', () => {
    const page = [
      'Meer uit Sport',
      'Wielrenner wint etappe',
      'PAU (ANP) - Een Nederlandse renner heeft de etappe gewonnen.',
      '1 uur geleden',
      'Schaatsster pakt goud',
      'INZELL (ANP) - Goud op de 3000 meter.',
      '3 uur geleden',
    ].join('\n')
    expect(segmentText(page, opts).articles.map((a) => a.kind)).toEqual(['teaser', 'teaser'])
  })

  it('a teaser cut off before any body text is no article', () => {
    const page = [
      'Titel van het hoofdartikel',
      'ROME (ANP) - Italië heeft een nieuwe regering.',
      'Meer uit Buitenland',
      'Een afgebroken kop',
      'MADRID (ANP) - ',
    ].join('\n')
    const seg = segmentText(page, opts)
    expect(seg.articles).toHaveLength(1)
    expect(seg.messages.some((m) => m.ruleId === 'page/empty-article')).toBe(true)
  })

  it('a page without dateline: the body is the article, a date prefix dates it, a sentence is no headline', () => {
    const page =
      ' date 2023-07 Uganda en Kenia hebben een akkoord gesloten over de bouw van een oliepijpleiding. Het project kost miljarden.\n\nDe pijpleiding moet in vier jaar klaar zijn.\n'
    const seg = segmentText(page, opts)
    expect(seg.published).toBe('2023-07')
    expect(seg.articles).toHaveLength(1)
    const a = seg.articles[0]!
    expect(a.headline).toBeNull()
    expect(a.published).toBe('2023-07')
    expect(a.lead).toBe('Uganda en Kenia hebben een akkoord gesloten over')
  })

  it('drops bylines, photo credits, share buttons, loading and markers, and reads the byline date', () => {
    const page = [
      'Mongolië opent ambassade in Seoel',
      'Door ANP - 15-1-2024, 17:06',
      'ULAANBAATAR (ANP) - Mongolië opent een ambassade in Seoel.',
      'Foto: ANP / Fotograaf',
      'Delen',
      'loading',
      '[advertentie]',
      'De opening is volgende maand.',
    ].join('\n')
    const seg = segmentText(page, opts)
    const a = seg.articles[0]!
    expect(a.published).toBe('2024-01-15T17:06')
    expect(a.paragraphs.map((p) => page.slice(p.start, p.end))).toEqual([
      'Mongolië opent een ambassade in Seoel.',
      'De opening is volgende maand.',
    ])
  })

  it('strips a credit before a headline', () => {
    const page = 'ANP Laos en Cambodja tekenen verdrag\nVIENTIANE (ANP) - Laos en Cambodja tekenden.'
    expect(segmentText(page, opts).articles[0]!.headline).toBe('Laos en Cambodja tekenen verdrag')
  })

  it('reads a "3 uur geleden" sentence as body text, not a timestamp', () => {
    const page = 'OSLO (ANP) - Er was een brand.\n3 uur geleden werd het vuur gedoofd, zei de brandweer.'
    const seg = segmentText(page, opts)
    expect(seg.articles[0]!.age).toBeNull()
    expect(seg.articles[0]!.paragraphs).toHaveLength(2)
  })
})

describe('isTitleLike', () => {
  it('takes short phrases and refuses sentences', () => {
    expect(isTitleLike('Xi belooft sterkere banden met Belarus')).toBe(true)
    expect(isTitleLike('Zelensky: "we geven niet op"')).toBe(true)
    expect(isTitleLike('Dit is een zin.')).toBe(false)
    expect(isTitleLike('kleine letter aan het begin')).toBe(false)
    expect(isTitleLike('Jan Jansen')).toBe(false)
    expect(isTitleLike('Brexit voorbij')).toBe(true)
  })
})

describe('segmentText: a kicker glued before the dateline', () => {
  const isPlace = (s: string) => ['WASHINGTON', 'PARIJS'].includes(s)
  it('splits off the kicker when a gazetteer knows the place', () => {
    const page = 'Kop van het stuk\nVERKIEZINGEN VSWASHINGTON (ANP/RTR) - De president sprak.'
    const a = segmentText(page, { observedAt: null, isPlace }).articles[0]!
    expect(a.dateline!.places).toEqual(['WASHINGTON'])
    expect(page.slice(a.dateline!.span.start, a.dateline!.span.end)).toBe('WASHINGTON (ANP/RTR) - ')
  })
  it('leaves a place alone that the gazetteer does not know, and never splits one word', () => {
    const page = 'Kop\nSINT-PARIJS (ANP) - Iets.'
    expect(segmentText(page, { observedAt: null, isPlace }).articles[0]!.dateline!.places).toEqual([
      'SINT-PARIJS',
    ])
    const glued = 'Kop\nOUDPARIJS (ANP) - Iets.'
    expect(segmentText(glued, { observedAt: null, isPlace }).articles[0]!.dateline!.places).toEqual([
      'OUDPARIJS',
    ])
  })
})

describe('segmentText: plain-text pages headed by short lines (title by shape)', () => {
  const one = (page: string, isPlace?: (s: string) => boolean) => {
    const seg = segmentText(page, { observedAt: null, isPlace })
    expect(seg.articles).toHaveLength(1)
    const a = seg.articles[0]!
    return { a, body: bodyOf(page, a), seg }
  }
  const body =
    'De regering van Laos heeft dinsdag een nieuw handelsverdrag met Vietnam getekend. Het verdrag verlaagt de tarieven op rijst en hout.'

  it('takes a title line before a blank line and the body', () => {
    const { a, body: b } = one(`Laos tekent handelsverdrag met Vietnam\n\n${body}`)
    expect(a.headline).toBe('Laos tekent handelsverdrag met Vietnam')
    expect(b).toBe(body)
    expect(a.lead).toBe('De regering van Laos heeft dinsdag een nieuw')
  })

  it('drops a section label, a byline, a time stamp and a photo credit around the title', () => {
    const page = [
      'Buitenland',
      '',
      'Laos tekent handelsverdrag met Vietnam: ‘een nieuwe stap’',
      'Door Jan de Vries',
      '12:40',
      'foto: Persbureau',
      '',
      body,
    ].join('\n')
    const { a, body: b } = one(page)
    expect(a.headline).toBe('Laos tekent handelsverdrag met Vietnam: ‘een nieuwe stap’')
    expect(page.slice(a.headlineSpan!.start, a.headlineSpan!.end)).toBe(a.headline)
    expect(b).toBe(body)
  })

  it('drops a caption that ends in its credit', () => {
    const page = `Laos tekent handelsverdrag\n\nDe ministers geven elkaar de hand na de ondertekening. © Persbureau\n\n${body}`
    expect(one(page).body).toBe(body)
  })

  it('takes a title ending in a question mark, with the body on the next line', () => {
    const { a, body: b } = one(`Komt er een einde aan de rijstruzie?\n${body}`)
    expect(a.headline).toBe('Komt er een einde aan de rijstruzie?')
    expect(b).toBe(body)
  })

  it('gives no headline to a page that opens with a body sentence', () => {
    const { a, body: b } = one(`${body}\n\nDe handel tussen beide landen groeit al jaren.`)
    expect(a.headline).toBeNull()
    expect(b.startsWith('De regering van Laos')).toBe(true)
  })

  it('leaves an injected "date YYYY-MM" marker out of headline and body, and keeps its date', () => {
    const { a, body: b, seg } = one(`date 2024-03 Laos tekent handelsverdrag met Vietnam\n\n${body}`)
    expect(a.headline).toBe('Laos tekent handelsverdrag met Vietnam')
    expect(b).toBe(body)
    expect(seg.published).toBe('2024-03')
  })

  it('drops a date or time stamp glued before the first sentence', () => {
    expect(one(`Laos tekent handelsverdrag met Vietnam\n\n4 mei ${body}`).body).toBe(body)
    expect(one(`Laos tekent handelsverdrag met Vietnam\n\n16:22 ${body}`).body).toBe(body)
  })

  it('does not take a two-word name line as the headline', () => {
    const { a, body: b } = one(`Jan Jansen\n\n${body}`)
    expect(a.headline).toBeNull()
    expect(b).toBe(body)
  })

  it('reads a known place written as a name as a dateline', () => {
    const isPlace = (s: string) => s === 'Den Haag'
    const { a, body: b } = one(`Laos tekent handelsverdrag met Vietnam\n\nDen Haag - ${body}`, isPlace)
    expect(a.dateline!.places).toEqual(['Den Haag'])
    expect(a.headline).toBe('Laos tekent handelsverdrag met Vietnam')
    expect(b).toBe(body)
    expect(one(`Kop van een stuk hier\n\nJansen - ${body}`, isPlace).a.dateline).toBeNull()
  })

  it('drops a clock stamp before a dateline, with a dash or a count of reactions after it', () => {
    const title = 'Laos tekent handelsverdrag met Vietnam'
    const { a, body: b } = one(`${title}\n\n8:05 VIENTIANE - ${body}`)
    expect(a.dateline!.places).toEqual(['VIENTIANE'])
    expect(b).toBe(body)
    expect(one(`${title}\n\n11u45 0 ${body}`).body).toBe(body)
    expect(one(`${title}\n\n18:20 – ${body}`).body).toBe(body)
    expect(one(`${title}\n\nUPDATE 19.46 uur – ${body}`).body).toBe(body)
    expect(one(`${title}\n\nVIENTIANE – UPDATE 9.46 uur – ${body}`).body).toBe(body)
    // a number that counts something is the sentence's own
    expect(
      one(`${title}\n\n12:05 12 doden bij een overstroming in het noorden van Laos, meldt de regering.`).body,
    ).toMatch(/^12 doden/)
  })

  it('drops a credit or a writer before the first sentence', () => {
    const title = 'Laos tekent handelsverdrag met Vietnam'
    expect(one(`${title}\n\nBron: Belga 3 AP ${body}`).body).toBe(body)
    expect(one(`${title}\n\n[Persbureau] ${body}`).body).toBe(body)
    expect(one(`${title}\n\ndoor Anna van der Berg - ${body}`).body).toBe(body)
    expect(one(`${title}\n\ndoor Piet Smit ${body}`).body).toBe(body)
  })

  it('takes a bracket of agencies with no place as the dateline, and a known place with its day or a second place', () => {
    const title = 'Laos tekent handelsverdrag met Vietnam'
    const { a, body: b } = one(`${title}\n\n(anp/afp) - ${body}`)
    expect(a.dateline).toMatchObject({ places: [], agencies: ['anp', 'afp'] })
    expect(b).toBe(body)
    expect(one(`${title}\n\n(Persbureau) ${body}`).a.dateline!.agencies).toEqual(['Persbureau'])
    const isPlace = (s: string) => s === 'Hanoi' || s === 'Vientiane'
    expect(one(`${title}\n\nHanoi/Vientiane - ${body}`, isPlace).a.dateline!.places).toEqual([
      'Hanoi',
      'Vientiane',
    ])
    expect(one(`${title}\n\nHanoi, 4 mei. - ${body}`, isPlace).body).toBe(body)
    expect(one(`${title}\n\nHANOI ( - ANP) - ${body}`).a.dateline!.agencies).toEqual(['ANP'])
  })

  it('splits a short label glued to the first word of the body', () => {
    const title = 'Laos tekent handelsverdrag met Vietnam'
    const isPlace = (s: string) => ['vientiane', 'hanoi', 'laos'].includes(s.toLowerCase())
    // a kicker before a word that opens a sentence, in any case
    expect(one(`${title}\n\nHandel in Azië${body}`, isPlace).body).toBe(body)
    expect(one(`${title}\n\nHANDEL IN AZIË${body}`, isPlace).body).toBe(body)
    // places in small letters are the dateline
    const { a, body: b } = one(`${title}\n\nvientiane/hanoi${body}`, isPlace)
    expect(a.dateline!.places).toEqual(['vientiane', 'hanoi'])
    expect(b).toBe(body)
    // a label in capitals or an agency's name with a space before a word that opens a sentence
    expect(one(`${title}\n\nHANDEL IN AZIË ${body}`, isPlace).body).toBe(body)
    expect(one(`${title}\n\nBelga ${body}`, isPlace).body).toBe(body)
    const acronym =
      'NAVO stuurt drie schepen naar de kust van Laos om de haven te beschermen, meldt de regering.'
    expect(one(`${title}\n\n${acronym}`, isPlace).body).toBe(acronym)
    // a name written in camel case is no kicker
    const camel = 'GroenPunt wil dat de regering van Laos het handelsverdrag met Vietnam opnieuw bekijkt.'
    expect(one(`${title}\n\n${camel}`, isPlace).body).toBe(camel)
  })

  it('finds the title above a byline and a caption before a datelined body', () => {
    const page = [
      '’Een nieuwe stap’ Laos tekent handelsverdrag met Vietnam',
      '',
      'Door Jan de Vries',
      '',
      'De ministers na de ondertekening.',
      '',
      `VIENTIANE - ${body}`,
    ].join('\n')
    expect(one(page).a.headline).toBe('’Een nieuwe stap’ Laos tekent handelsverdrag met Vietnam')
  })

  it('reads an unknown small place as the dateline of the first body line, and no dateline before a short line', () => {
    const title = 'Laos tekent handelsverdrag met Vietnam'
    const isPlace = (s: string) => ['Hanoi', 'Vientiane', 'Azië', 'Noordveld'].includes(s)
    const later = '\n\nDe bewoners in Kleindorp zagen de ministers langsrijden.'
    const { a, body: b } = one(`${title}\n\nKleindorp - ${body}${later}`, isPlace)
    expect(a.dateline!.places).toEqual(['Kleindorp'])
    expect(b).toBe(`${body}${later}`)
    expect(one(`${title}\n\nRegio Noordveld - ${body}`, isPlace).a.dateline!.places).toEqual([
      'Regio Noordveld',
    ])
    // a name the page never writes as a place stays in the sentence
    expect(one(`${title}\n\nKleindorp - ${body}`, isPlace).a.dateline).toBeNull()
    // a known place before a title is no dateline either
    const kicker = one(`Vientiane – Boeren trekken met trekkers de hoofdstad binnen\n\n${body}`, isPlace)
    expect(kicker.a.dateline).toBeNull()
    expect(kicker.body).toBe(body)
    // two known places on a line of their own, or a feed's title, are no dateline
    const pair = one(`Hanoi - Vientiane\n\n${body}`, isPlace)
    expect(pair.a.dateline).toBeNull()
    expect(pair.body).toBe(body)
    const feed = one(`Azië - Omroep Nieuws - RSS\n\n${title}\n\n${body}`, isPlace)
    expect(feed.a.headline).toBe(title)
    expect(feed.body).toBe(body)
  })

  it('drops a photo caption printed once alone and once with its credit, or with the credit first', () => {
    const title = 'Laos tekent handelsverdrag met Vietnam'
    const caption = 'Twee ministers schudden elkaar de hand na het tekenen in de hoofdstad.'
    const { a, body: b } = one(`${caption}\nVolledig scherm\n${caption} © Persbureau\n\n${title}\n\n${body}`)
    expect(a.headline).toBe(title)
    expect(b).toBe(body)
    const first = `© Persbureau. ${caption} Links staat de minister van handel van Laos, rechts die van Vietnam.`
    expect(one(`${title}\n\n${first}\n\n${body}`).body).toBe(body)
  })

  it('drops a caption printed twice in a row before the body, and a pointer to the article elsewhere', () => {
    const title = 'Laos tekent handelsverdrag met Vietnam'
    const caption = 'Twee ministers schudden elkaar de hand na het tekenen in de hoofdstad.'
    const { a, body: b } = one(`${title}\n\n${caption}\n\n${caption}\n\n${body}`)
    expect(a.headline).toBe(title)
    expect(b).toBe(body)
    const elsewhere = one(`Lees het volledige artikel op Het Blad online.\n${title}\n${body}`)
    expect(elsewhere.a.headline).toBe(title)
    expect(elsewhere.body).toBe(body)
  })

  it('reads a line of sentences that ends in a question, or a teaser cut off with a link, as body', () => {
    const title = 'Wat betekent het nieuwe verdrag tussen Laos en Vietnam? Vijf vragen'
    const asks =
      'Laos heeft dinsdag een verdrag met Vietnam getekend over rijst en hout. Wat betekent dat voor de boeren?'
    const { a, body: b } = one(`PREMIUM\n\n${title}\n\n${asks}`)
    expect(a.headline).toBe(title)
    expect(b).toBe(asks)
    const teaser =
      'In Laos is dinsdag een verdrag met Vietnam getekend dat de tarieven op rijst en hout ... Lees verder'
    const cut = one(`Laos tekent handelsverdrag met Vietnam\n\n\n${teaser}\n\nGeplaatst door de redactie`)
    expect(cut.a.headline).toBe('Laos tekent handelsverdrag met Vietnam')
    expect(cut.body).toMatch(/^In Laos is dinsdag/)
    // a title typed with a stray full stop after a space is no body line
    const stray = one(
      `Laos tekent handelsverdrag met Vietnam in de hoofdstad .\n\n| Dagblad | Redactie\n\n${body}`,
    )
    expect(stray.body).toBe(body)
  })

  it('takes a bracket of an agency of four words as the dateline', () => {
    const { a, body: b } = one(`Laos tekent handelsverdrag met Vietnam\n\n(AB FX-Dow Jones) ${body}`)
    expect(a.dateline!.agencies).toEqual(['AB FX-Dow Jones'])
    expect(b).toBe(body)
  })

  it('drops a known label glued to the body, or a label that ends in a known place', () => {
    const title = 'Laos tekent handelsverdrag met Vietnam'
    const isPlace = (s: string) => ['laos', 'vietnam'].includes(s.toLowerCase())
    const named =
      'Vietnam heeft dinsdag een nieuw handelsverdrag met Laos getekend, meldt de regering in Hanoi.'
    expect(one(`${title}\n\nUpdate${named}`, isPlace).body).toBe(named)
    expect(one(`${title}\n\nVERKIEZINGEN${named}`, isPlace).body).toBe(named)
    expect(one(`${title}\n\nAfbeelding verwijderd${named}`, isPlace).body).toBe(named)
    expect(one(`${title}\n\nvideo ${body}`, isPlace).body).toBe(body)
    const minister =
      'Minister Phan heeft dinsdag een nieuw handelsverdrag getekend, meldt de regering in Hanoi.'
    expect(one(`${title}\n\nHandel met Laos${minister}`, isPlace).body).toBe(minister)
    // one word that names a place, glued to a name, stays
    expect(one(`${title}\n\nLaos${minister}`, isPlace).body).toBe(`Laos${minister}`)
  })

  it('drops a count, a list dash and furniture lines before the body', () => {
    const title = 'Laos tekent handelsverdrag met Vietnam'
    expect(one(`${title}\n\n${title}\n\n27\n\n${body}`).body).toBe(body)
    expect(one(`${title}\n\n- ${body}`).body).toBe(body)
    expect(one(`${title}\n\n${title}\n\n//\nPosted By\n/\nComment0\n\n${body}`).body).toBe(body)
  })

  it('ends a headline run on into its body after an abbreviation in capitals', () => {
    const title = 'Laos tekent na jaren een handelsverdrag met de EU'
    const { a, body: b } = one(`${title} ${body}`)
    expect(a.headline).toBe(title)
    expect(b).toBe(body)
  })

  it('splits a headline run on into its body on the first line, and no sentence that names a paper', () => {
    const title = 'Laos en Vietnam sluiten na jaren een handelsverdrag'
    const { a, body: b } = one(`${title} ${body}`)
    expect(a.headline).toBe(title)
    expect(b).toBe(body)
    // a clock stamp before the headline, and a sentence opener that starts no name ("Terwijl")
    const terwijl =
      'Terwijl Laos de tarieven verlaagt, houdt Vietnam de grens voor hout nog dicht tot het voorjaar.'
    const stamped = one(`17:22 ${title} ${terwijl}`)
    expect(stamped.a.headline).toBe(title)
    expect(stamped.body).toBe(terwijl)
    // "De Tijd", "Het Kanaal": a name after a preposition, and a first sentence that ended before, stay body
    const paper = `Volgens de krant De Tijd wil de regering van Laos het verdrag met Vietnam nog dit jaar tekenen.`
    expect(one(paper).a.headline).toBeNull()
    expect(one(paper).body).toBe(paper)
    const ended = `Laos tekent. ${body}`
    expect(one(ended).body).toBe(ended)
  })
})

describe('headlineSpanOf', () => {
  const cut = (t: string) => {
    const s = headlineSpanOf(t)
    return t.slice(s.start, s.end)
  }
  it('keeps the last step of a breadcrumb, drops a stamp after the title and a glued second copy', () => {
    expect(cut('Start » Nieuws » Laos tekent verdrag')).toBe('Laos tekent verdrag')
    expect(cut('Laos tekent verdrag 22 mei 2018')).toBe('Laos tekent verdrag')
    expect(cut('Laos tekent verdrag 19u30')).toBe('Laos tekent verdrag')
    expect(cut('Laos tekent verdragLaos tekent verdrag')).toBe('Laos tekent verdrag')
    expect(cut('Laos tekent verdrag')).toBe('Laos tekent verdrag')
  })

  it('drops a media or subscription marker and a list dash before the title', () => {
    expect(cut('Met video Laos tekent verdrag')).toBe('Laos tekent verdrag')
    expect(cut('Update / Video Laos tekent verdrag')).toBe('Laos tekent verdrag')
    expect(cut('Exclusief voor abonnees "Laos tekent verdrag"')).toBe('"Laos tekent verdrag"')
    expect(cut('- Laos tekent verdrag')).toBe('Laos tekent verdrag')
    // A word that only starts like a marker stays.
    expect(cut('Videobellen met Laos')).toBe('Videobellen met Laos')
    expect(cut('Update voor het verdrag')).toBe('Update voor het verdrag')
  })
})

describe('chrome patterns tried only on lines that hold what they need', () => {
  // The words each `needs` stands for: any of them, in any case the pattern's /iu accepts, must pass it.
  const WORDS: Record<string, string[]> = {
    'chrome/webmail': ['webmail'],
    'chrome/cookie': ['cookie', 'cookies', 'cookiebeleid', 'privacyverklaring'],
  }

  it('lets through every spelling that /iu folds to the words (every code point of the basic plane)', () => {
    const folds = new Map<string, string[]>()
    const foldsOf = (letter: string) => {
      let out = folds.get(letter)
      if (!out) {
        const re = new RegExp(`^${letter}$`, 'iu')
        out = []
        for (let cp = 0; cp <= 0xffff; cp++)
          if ((cp < 0xd800 || cp > 0xdfff) && re.test(String.fromCharCode(cp)))
            out.push(String.fromCharCode(cp))
        folds.set(letter, out)
      }
      return out
    }
    const withNeeds = CHROME_LINES.filter((c) => c.needs)
    expect(withNeeds.map((c) => c.id).sort()).toEqual(Object.keys(WORDS).sort())
    for (const c of withNeeds)
      for (const word of WORDS[c.id]!) {
        expect(c.pattern.test(`de ${word}`), word).toBe(true)
        for (let j = 0; j < word.length; j++)
          for (const ch of foldsOf(word[j]!)) {
            const spelled = word.slice(0, j) + ch + word.slice(j + 1)
            if (c.pattern.test(spelled)) expect(c.needs!.test(spelled), JSON.stringify(spelled)).toBe(true)
          }
      }
  })

  it('finds the chrome the patterns alone find', () => {
    const plain = (t: string) => CHROME_LINES.find((c) => c.pattern.test(t))?.id
    for (const t of [
      'Webmail',
      'Kies je WEBMAIL hier',
      'Lees onze Privacyverklaring',
      'Wij gebruiken coo\u212aies op deze site',
      'COOKIES',
      'De regering sprak over cookies en webmail.',
      'Rusland en China overlegden dinsdag in Peking.',
      'webmailer',
    ])
      expect(chromeOf(t)?.id, t).toBe(plain(t))
  })
})
