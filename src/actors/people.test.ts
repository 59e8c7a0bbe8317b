// People at the scale of the world, on sentences written for these tests: the loader reads every people file
// and merges spellings of one person; unknown people are found by title, apposition, demonym, particle and
// given name; transliterations resolve to one person; modifiers name no actor; roles are chosen by date.

import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Article, Page } from '../core/doc.js'
import { findActors } from './index.js'
import { DATA_DIR, loadKnowledgeBase, readPeopleRows } from './kb.js'
import {
  englishFromDutchArabic,
  englishFromDutchCyrillic,
  englishRussianName,
  fullNameKey,
  nameKey,
  spacesOnly,
  spacesOrHyphens,
  tokenize,
} from './normalize.js'

const HEADER = 'name\tvariants\tactor\trole\tfrom\tto'

/** The real word lists and states of data/nl, with people files written here. */
function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'entente-people-'))
  for (const f of readdirSync(DATA_DIR))
    if (f.endsWith('.tsv') && f !== 'people.tsv') copyFileSync(join(DATA_DIR, f), join(dir, f))
  writeFileSync(
    join(dir, 'people.tsv'),
    [
      '# source: test people',
      HEADER,
      'Vladimir Putin\tVladimir Putin|Putin\tRUS\thead of state\t2012-05-07\t',
      'Muammar Gaddafi\tMuammar Gaddafi|Gaddafi\tLBY\thead of state\t1969-09-01\t2011-10-20',
      'Alexander Lukashenko\tAlexander Lukashenko|Lukashenko\tBLR\thead of state\t1994-07-20\t',
      'Volodymyr Zelenskyy\tVolodymyr Zelenskyy|Zelenskyy\tUKR\thead of state\t2019-05-20\t',
      'Anna Lindqvist\tAnna Lindqvist|Lindqvist\tSWE\tforeign minister\t2010-01-01\t2015-01-01',
      'Anna Lindqvist\tAnna Lindqvist|Lindqvist\tSWE\thead of government\t2015-01-01\t2019-01-01',
      'Anna Lindqvist\tAnna Lindqvist|Lindqvist\tUN\tsecretary general\t2019-01-01\t',
      // One form twice, capitalised and not: the lowercase title matches too.
      'Harald Eriksen\tHarald Eriksen|Koning Harald|koning Harald\tNOR\thead of state\t1991-01-17\t',
      // Two people of one surname, in different offices: a title picks one.
      'Nadia Haddad\tNadia Haddad\tLBN\thead of government\t2020-01-01\t2021-01-01',
      'Karim Haddad\tKarim Haddad\tJOR\tforeign minister\t2015-01-01\t2018-01-01',
      'Samir Haddad\tSamir Haddad\tTUN\tforeign minister\t2019-01-01\t2020-01-01',
    ].join('\n') + '\n',
  )
  mkdirSync(join(dir, 'people'))
  // The same person in another file, once more with an accent in the canonical name: one person.
  writeFileSync(
    join(dir, 'people', 'more.tsv'),
    [
      '# source: test people, second file',
      HEADER,
      'Volodymyr Zelenskyy\tWolodymyr Zelenski\tUKR\tactor\t2015-10-01\t2019-05-20',
      'Anna Lindqvíst\tAnna Lindkvist\tSWE\tminister\t2005-01-01\t2010-01-01',
      'Piet Hendriks\tPiet Hendriks|Hendriks\tNLD\tdefence minister\t2020-01-01\t2022-01-01',
      'Piet Hendriks\tPiet Hendriks\tNATO\tsecretary general\t2022-01-01\t',
      // A second realm from the same day: a personal union, whose seat people.tsv lists first.
      'Harald Eriksen\tHarald Eriksen\tISL\thead of state\t1991-01-17\t',
      // An Arabic name with a patronymic, which news may leave out.
      'Khalid bin Tariq Al Hamdan\tKhalid bin Tariq Al Hamdan\tARE\tforeign minister\t2010-01-01\t',
      // Another person of a surname that is someone's lone form ("Hendriks").
      'Lotte Hendriks\tLotte Hendriks\tBEL\tforeign minister\t2015-01-01\t',
    ].join('\n') + '\n',
  )
  return dir
}

const dir = dataDir()
const kb = loadKnowledgeBase({ dir })

function read(text: string, published: string | null = null) {
  const page = { text, observedAt: null, meta: {}, messages: [], articles: [] } as unknown as Page
  const article = { paragraphs: [{ start: 0, end: text.length }], published } as unknown as Article
  return { ...findActors(kb, page, article), messages: page.messages }
}

const people = (text: string, published: string | null = null) =>
  read(text, published).people.map((p) => `${p.name}|${p.actor ?? '-'}`)

describe('the people loader', () => {
  it('reads people.tsv and every people/*.tsv, merging one person written two ways', () => {
    const kb = loadKnowledgeBase({ dir, cache: false })
    expect(readPeopleRows(dir)).toHaveLength(18)
    expect(kb.personRows).toBe(18)
    const z = kb.people.get('Volodymyr Zelenskyy')!
    expect(z.terms.map((t) => t.role)).toEqual(['actor', 'head of state'])
    expect(people('Wolodymyr Zelenski sprak.')).toEqual(['Volodymyr Zelenskyy|UKR'])
    expect(kb.people.get('Anna Lindqvist')!.terms).toHaveLength(4)
    expect(kb.people.has('Anna Lindqvíst')).toBe(false)
    expect(people('Anna Lindkvist sprak.', '2007-01-01')).toEqual(['Anna Lindqvist|SWE'])
  })
})

describe('the snapshot of a compiled base', () => {
  it('gives the base as compiled, and is rebuilt when a data file changes', () => {
    const again = loadKnowledgeBase({ dir })
    const fresh = loadKnowledgeBase({ dir, cache: false })
    expect(again.size).toBe(fresh.size)
    expect([...again.people.keys()]).toEqual([...fresh.people.keys()])
    // Shared objects stay shared: a form's entry points at the person of the people map.
    expect(again.root.next.get('lindkvist')).toBeUndefined()
    const entry = again.root.next.get('anna')!.next.get('lindkvist')!.entries[0]!
    expect(entry.person).toBe(again.people.get('Anna Lindqvist'))
    writeFileSync(
      join(dir, 'people', 'later.tsv'),
      `# source: test\n${HEADER}\nKarin Holm\tKarin Holm\tSWE\tminister\t2020-01-01\t\n`,
    )
    expect(loadKnowledgeBase({ dir }).people.has('Karin Holm')).toBe(true)
  })
})

describe('name keys', () => {
  it('give transliterations of one name one key', () => {
    const same = (...names: string[]) =>
      expect(new Set(names.map((n) => fullNameKey(n.split(/[\s-]+/)))).size).toBe(1)
    same("Mo'ammar Al Khadafi", 'Muammar Gaddafi', 'Moammar Kadhafi', 'Muammar al-Qaddafi')
    same('Poetin', 'Putin')
    same('Zelenski', 'Zelensky', 'Zelenskyj', 'Zelenskyy')
    same('Lukasjenko', 'Loekasjenko', 'Lukashenko')
    same('Binali Yıldırım', 'Binali Yildirim')
    expect(nameKey('Putin')).not.toBe(nameKey('Patna'))
  })

  it('resolve a name the base has in another spelling to its canonical name', () => {
    expect(people("Kolonel Mo'ammar Al Khadafi en president Aleksandr Loekasjenko spraken.")).toEqual([
      'Muammar Gaddafi|LBY',
      'Alexander Lukashenko|BLR',
    ])
    expect(people('Volgens Vladimir Poetin is dat onzin.')).toEqual(['Vladimir Putin|RUS'])
    // Two names joined by a hyphen are no given name and surname: "Arne-Lindkvist" is not "A. Lindkvist".
    expect(people('Het kind heette Arne-Lindkvist.')).not.toContain('Anna Lindqvist|UN')
  })

  it('give a name the base lacks, written in the Dutch transliteration of Cyrillic, its English form', () => {
    expect(people('De Russische oud-spion Vadim Kozjevnikov werd vergiftigd.')).toEqual([
      'Vadim Kozhevnikov|-',
    ])
    expect(englishFromDutchCyrillic('Sergej Miloradovitsj')).toBe('Sergei Miloradovich')
    expect(englishFromDutchCyrillic('Jevgeni Sjtsjerbakov')).toBe('Yevgeni Shcherbakov')
    // Dutch names share "oe" and "sj" with that spelling, and stay as written.
    expect(englishFromDutchCyrillic('Sjoerd Hoekstra')).toBe('Sjoerd Hoekstra')
  })

  it('give a Russian the base lacks the English spelling, with "-sky" for "-ski"', () => {
    expect(people('De Russische ambassadeur Pavel Koetoezovski zei dat.')).toEqual(['Pavel Kutuzovsky|RUS'])
    expect(people('Dat meldt de Rus Pavel Gorodski.')).toEqual(['Pavel Gorodsky|-'])
    // A Pole keeps "-ski"; a Dutch name with "oe" stays as written.
    expect(people('Dat meldt de Pool Pawel Gorodski.')).toEqual(['Pawel Gorodski|-'])
    expect(englishRussianName('Pavel Gorodski')).toBe('Pavel Gorodsky')
    expect(englishRussianName('Pavel Gorodskij')).toBe('Pavel Gorodsky')
    expect(englishRussianName('Skinner Gorodskiba')).toBe('Skinner Gorodskiba')
  })

  it('resolve a lone surname after a full mention to that person', () => {
    const r = read('De Keniaanse minister van Handel Wanjiru Otieno kwam. Otieno zei niets.')
    const otieno = r.mentions.filter((m) => m.person === 'Wanjiru Otieno')
    expect(otieno.map((m) => [m.text, m.code, m.rule])).toEqual([
      ['Wanjiru Otieno', 'KEN', 'title/person'],
      ['Otieno', 'KEN', 'name/surname'],
    ])
  })
})

describe('unknown people', () => {
  it('are found after a title, acting for the state the title names', () => {
    expect(people('De Keniaanse minister van Handel Wanjiru Otieno kwam aan.')).toEqual([
      'Wanjiru Otieno|KEN',
    ])
  })

  it('are found after a compound title, by its head ("handelsminister": a minister)', () => {
    expect(people('De Keniaanse handelsminister Wanjiru Otieno kwam aan.')).toEqual(['Wanjiru Otieno|KEN'])
    expect(people('Dat zegt sportjournalist Pieter de Boer.')).toEqual(['Pieter de Boer|-'])
  })

  it('are found after a board title joined to its body ("IMF-bestuurslid", "NAVO-directielid")', () => {
    expect(people('Het vertrekkende IMF-bestuurslid Wanjiru Otieno gaat weg.')).toEqual([
      'Wanjiru Otieno|IMF',
    ])
    expect(people('Volgens NAVO-directielid Wanjiru Otieno is dat zo.')).toEqual(['Wanjiru Otieno|NATO'])
  })

  it('are found after a compound title with a short head ("Chinakenner", "volkszanger")', () => {
    expect(people('Dat zegt Chinakenner Xolani Brandhorst.')).toEqual(['Xolani Brandhorst|-'])
    expect(people('Daarna zong volkszanger Xolani Brandhorst een lied.')).toEqual(['Xolani Brandhorst|-'])
  })

  it('are found after a title and the state or body it is of', () => {
    expect(people('Gisteren sprak de ambassadeur van Kenia Wanjiru Otieno.')).toEqual(['Wanjiru Otieno|KEN'])
    expect(people('Dat zei de secretaris-generaal van de NAVO Wanjiru Otieno.')).toEqual([
      'Wanjiru Otieno|NATO',
    ])
  })

  it('are found after a title, a phrase of a few words and a comma', () => {
    expect(people('Morgen komt de Keniaanse ambassadeur in Nederland, Wanjiru Otieno, langs.')).toEqual([
      'Wanjiru Otieno|KEN',
    ])
    expect(
      people('Dat zei het hoofd van de commissie defensie van het Keniaanse parlement, Wanjiru Otieno.'),
    ).toEqual(['Wanjiru Otieno|KEN'])
  })

  it('are found before an apposition with a title', () => {
    expect(people('Wanjiru Otieno, de Keniaanse minister van Handel, kwam aan.')).toEqual([
      'Wanjiru Otieno|KEN',
    ])
  })

  it('act for the state or body the title of their apposition is of, further on in it', () => {
    expect(
      people('Wanjiru Otieno, hoofd van de commissie defensie van het Keniaanse parlement, zei dat.'),
    ).toEqual(['Wanjiru Otieno|KEN'])
    // A place after a locative word, or a modifier, is not whom the title is of.
    expect(people('Wanjiru Otieno, hoofd van het comité in Nairobi, zei dat.')).toEqual(['Wanjiru Otieno|-'])
    expect(people('Wanjiru Otieno, hoofd van de Keniaanse krant, zei dat.')).toEqual(['Wanjiru Otieno|-'])
  })

  it('are found by the shape of the name: a patronymic particle, a given name, a demonym before', () => {
    expect(people('Gisteren sprak Faisal bin Tariq met de pers.')).toEqual(['Faisal bin Tariq|-'])
    expect(people('Op het podium stond Maria van der Veen te zingen.')).toEqual(['Maria van der Veen|-'])
    expect(people('Het boek van de Noor Eirik Fjellheim verscheen.')).toEqual(['Eirik Fjellheim|-'])
  })

  it('take the office of an apposition, not the nationality before them', () => {
    const r = read('De Ier Sean Murphy, voorzitter van de Eurogroep, zei dat.')
    expect(r.people).toEqual([{ name: 'Sean Murphy', actor: 'EU' }])
    // The demonym still mentions Ireland; it only does not decide whom the chair acts for.
    expect(r.codes).toEqual(['EU', 'IRL'])
  })

  it('leave an honorific and a pronominal adverb opening the sentence out of the name', () => {
    expect(people('Topman Sir Xolani Brandhorst zegt dat.')).toEqual(['Xolani Brandhorst|-'])
    expect(people('Wat wil het land? Daarover Xolani Brandhorst, journalist bij de krant.')).toEqual([
      'Xolani Brandhorst|-',
    ])
  })

  it('are not made of a capitalised first word of a sentence or a photo credit', () => {
    expect(people('Volgens Bin Tariq is dat goed.')).toEqual([])
    expect(people('Foto Kevin Smith/Reuters')).toEqual([])
  })
})

describe('known people under a title', () => {
  it('a form written both capitalised and not matches either way', () => {
    expect(people('Het paar werd ontvangen door koning Harald.')).toEqual(['Harald Eriksen|NOR'])
    expect(people('Koning Harald ontving het paar.')).toEqual(['Harald Eriksen|NOR'])
    // One entry for both spellings, matched in any case (the first spelling's case made the second miss).
    const entries = kb.root.next.get('koning')!.next.get('harald')!.entries
    expect(entries.map((e) => e.caseMode)).toEqual(['any'])
  })
  it('a title of a body or state right before the name chooses the term for that actor', () => {
    // In 2012 she was Sweden's foreign minister; the title says she speaks for the UN here.
    expect(people('De topvrouw van de VN, Anna Lindqvist, sprak.', '2012-06-01')).toEqual([
      'Anna Lindqvist|UN',
    ])
    expect(people('De topvrouw van de VN Anna Lindqvist sprak.', '2012-06-01')).toEqual(['Anna Lindqvist|UN'])
    // Not a ministry after "minister van": that is no body the title is of.
    expect(people('De minister van Buitenlandse Zaken Anna Lindqvist sprak.', '2012-06-01')).toEqual([
      'Anna Lindqvist|SWE',
    ])
  })

  it('a lone surname after a title is the one holder of that office with that surname', () => {
    expect(people('Daarna sprak premier Haddad de pers toe.', '2020-06-01')).toEqual(['Nadia Haddad|LBN'])
    expect(people('Daarna sprak minister Haddad de pers toe.', '2016-06-01')).toEqual(['Karim Haddad|JOR'])
    expect(people('Daarna sprak de Libanese premier Haddad.')).toEqual(['Nadia Haddad|LBN'])
    // The state after the surname, or a ministry between the title and the surname.
    expect(people('Daarna sprak minister Haddad van Tunesië.')).toEqual(['Samir Haddad|TUN'])
    expect(people('Daarna sprak de Tunesische minister van Buitenlandse Zaken Haddad.')).toEqual([
      'Samir Haddad|TUN',
    ])
    // No Haddad held the office on that date, or the title names none of their offices: nobody.
    expect(people('Daarna sprak premier Haddad de pers toe.', '2024-06-01')).toEqual([])
    expect(people('Daarna sprak burgemeester Haddad de pers toe.')).toEqual([])
  })
})

describe('politicians beside a party', () => {
  it('are found by the party and act for its state', () => {
    expect(people('Dat zei Wessel Tuinstra van D66 gisteren.')).toEqual(['Wessel Tuinstra|NLD'])
    expect(people('Dat zei Wessel Tuinstra (CDA) gisteren.')).toEqual(['Wessel Tuinstra|NLD'])
    expect(people('Dat zei VVD’er Wessel Tuinstra gisteren.')).toEqual(['Wessel Tuinstra|NLD'])
    expect(people('Dat zei Wessel Tuinstra van de Partij voor de Dieren.')).toEqual(['Wessel Tuinstra|NLD'])
    expect(people('Dat zei N-VA-voorzitter Wessel Tuinstra.')).toEqual(['Wessel Tuinstra|BEL'])
  })
  it('a known person beside a party acts for its state, not for a later office', () => {
    expect(people('Dat zei VVD-leider Piet Hendriks.')).toEqual(['Piet Hendriks|NLD'])
    expect(people('Dat zei Piet Hendriks (CDA) gisteren.')).toEqual(['Piet Hendriks|NLD'])
    expect(people('Dat zei Piet Hendriks gisteren.')).toEqual(['Piet Hendriks|NATO'])
  })
  it('over an adjective before the party ("van de sociaaldemocratische SPD", "(liberale MR)")', () => {
    expect(people('Dat zei Wessel Tuinstra van de sociaaldemocratische SPD.')).toEqual([
      'Wessel Tuinstra|DEU',
    ])
    expect(people('Dat zei Wessel Tuinstra (christendemocratische CDA) gisteren.')).toEqual([
      'Wessel Tuinstra|NLD',
    ])
    expect(people('Dat zei Wessel Tuinstra (liberale MR) gisteren.')).toEqual(['Wessel Tuinstra|BEL'])
  })
  it('after a title and "van" a party ("fractievoorzitter van NSC Jane Doe")', () => {
    expect(people('Dat zei fractievoorzitter van de SP Wessel Tuinstra.')).toEqual(['Wessel Tuinstra|NLD'])
  })
  it('a given name with a party gets the party, without one no state', () => {
    expect(people('Gisteren sprak Maria Tuinstra van D66.')).toEqual(['Maria Tuinstra|NLD'])
    expect(people('Gisteren sprak Maria Tuinstra.')).toEqual(['Maria Tuinstra|-'])
  })
})

describe('not people', () => {
  it('a journalist or an athlete after a title acts for no state', () => {
    expect(people('Dat zegt China-correspondent Wessel Tuinstra.')).toEqual(['Wessel Tuinstra|-'])
    expect(people('Dat zegt Amerika-correspondent Wessel Tuinstra.')).toEqual(['Wessel Tuinstra|-'])
    expect(people('Dat zegt doelman Wessel Tuinstra.')).toEqual(['Wessel Tuinstra|-'])
  })
  it('a newspaper after a title, or a street, square or stadium named after someone', () => {
    expect(people('Dat zegt een correspondent van De Standaard.')).toEqual([])
    expect(people('Zij woonden aan het Maria Tuinstraplein.')).toEqual([])
    // A surname that is a street word on its own is still a name.
    expect(people('Gisteren sprak Maria van der Laan.')).toEqual(['Maria van der Laan|-'])
    expect(people('Gisteren sprak Maria Buitenweg.')).toEqual(['Maria Buitenweg|-'])
    expect(people('Het duel in de Maria Tuinstra Arena eindigde gelijk.')).toEqual([])
  })
})

describe('modifiers', () => {
  const codes = (text: string) => read(text).codes
  it('a nationality on a newspaper, an agency, a company or a clock time names no state', () => {
    expect(codes('Dat meldt de Russische krant Izvestia.')).toEqual([])
    expect(codes('Dat meldt het Franse persbureau.')).toEqual([])
    expect(codes('Het Duitse bedrijf leverde de onderdelen.')).toEqual([])
    expect(codes('Om 10.00 uur Nederlandse tijd begon het.')).toEqual([])
    expect(codes('De Russische onafhankelijke krant sloot.')).toEqual([])
  })
  it('a place joined to a group names no state', () => {
    expect(codes('De Minsk-groep vergaderde.')).toEqual([])
  })
  it('the same adjective on a government still names the state', () => {
    expect(codes('De Russische regering zweeg.')).toEqual(['RUS'])
  })
  it('"Brussel" is the EU where the sentence speaks of the EU, Belgium otherwise', () => {
    expect(codes('Brussel wil dat de lidstaten meer betalen.')).toEqual(['EU'])
    expect(codes('Brussel opent een nieuwe metrolijn.')).toEqual(['BEL'])
    expect(codes('Hij reisde naar Brussel voor overleg met de lidstaten.')).toEqual(['BEL'])
  })
})

describe('roles on the article date', () => {
  it('chooses the office held on the date', () => {
    expect(people('Anna Lindqvist sprak.', '2012-06-01')).toEqual(['Anna Lindqvist|SWE'])
    expect(people('Anna Lindqvist sprak.', '2021-06-01')).toEqual(['Anna Lindqvist|UN'])
  })
  it('of offices taken on one day (a monarch of several realms), the one people.tsv lists', () => {
    expect(people('Harald Eriksen sprak.', '2020-01-01')).toEqual(['Harald Eriksen|NOR'])
  })
  it('without a date, takes the office a title names', () => {
    const r = read('Premier Anna Lindqvist sprak.')
    expect(r.people).toEqual([{ name: 'Anna Lindqvist', actor: 'SWE' }])
    expect(r.mentions.find((m) => m.person)!.dateAssumed).toBeUndefined()
  })
  it('without a date or title, takes the latest office among the actors the article names', () => {
    const r = read('In Zweden sprak Anna Lindqvist.')
    expect(r.people).toEqual([{ name: 'Anna Lindqvist', actor: 'SWE' }])
    expect(r.mentions.find((m) => m.person)!.dateAssumed).toBe(true)
  })
  it('without a date or title, takes the latest office and flags that the date was assumed', () => {
    const r = read('Anna Lindqvist sprak.')
    expect(r.people).toEqual([{ name: 'Anna Lindqvist', actor: 'UN' }])
    expect(r.mentions[0]!.dateAssumed).toBe(true)
    expect(r.messages.map((m) => m.ruleId)).toEqual(['actors/date-assumed'])
  })
})

describe('names in compounds, lone surnames and name shapes (issue 16, second pass)', () => {
  it('a name inside a compound names no person: a cabinet, a lecture', () => {
    expect(people('Het kabinet-Hendriks viel in de zomer.')).toEqual([])
    expect(people('Zij hield de Piet Hendriks-lezing in Utrecht.')).toEqual([])
    expect(people('Zij hield de Maria Tuinstra-lezing in Utrecht.')).toEqual([])
    // The person alone, and a short lowercase syllable of a Korean name, are still names.
    expect(people('Piet Hendriks sprak gisteren.')).toEqual(['Piet Hendriks|NATO'])
    expect(people('Gisteren sprak Maria Tuinstra-eun.')).toEqual(['Maria Tuinstra|-'])
  })
  it('an unknown minister in an article about one foreign state acts for that state', () => {
    expect(people('De grens met Kenia blijft dicht, zei minister Wessel Tuinstra gisteren.')).toEqual([
      'Wessel Tuinstra|KEN',
    ])
    expect(people('Dat zei minister Wessel Tuinstra gisteren.')).toEqual(['Wessel Tuinstra|NLD'])
  })
  it('a general with no state named is a general of the home state, like a minister', () => {
    expect(people('Dat zei generaal Wessel Tuinstra gisteren.')).toEqual(['Wessel Tuinstra|NLD'])
    expect(people('Dat zei de Keniaanse generaal Wessel Tuinstra gisteren.')).toEqual(['Wessel Tuinstra|KEN'])
  })
  it('a lone surname after a full mention of someone else with that surname is that person', () => {
    expect(people('Dat zei Lotte Hendriks gisteren. Hendriks voegde eraan toe dat.', '2020-06-01')).toEqual([
      'Lotte Hendriks|BEL',
    ])
    // With no one else of that name before it, the base's lone form.
    expect(people('Hendriks voegde eraan toe dat.', '2020-06-01')).toEqual(['Piet Hendriks|NLD'])
  })
  it('a title joined to a body the base does not know heads that body: no state', () => {
    expect(people('In Kenia zei FNV-voorzitter Wessel Tuinstra dat de lonen stijgen.')).toEqual([
      'Wessel Tuinstra|-',
    ])
    expect(people('In Kenia zei Formule 1-baas Wessel Tuinstra dat de race doorgaat.')).toEqual([
      'Wessel Tuinstra|-',
    ])
    expect(people('In Kenia zei voorzitter Wessel Tuinstra dat de lonen stijgen.')).toEqual([
      'Wessel Tuinstra|KEN',
    ])
  })
  it('a name the base lacks before a state, or before a comma and a known word, is a name', () => {
    expect(people('Kort daarna bracht Maria Tuinstra Nederland op voorsprong.')).toEqual(['Maria Tuinstra|-'])
    expect(people('Te gast is Maria Tuinstra, Kenia-kenner van een instituut.')).toEqual(['Maria Tuinstra|-'])
    // A name does not end in an initial.
    expect(people('Gisteren sprak Maria T. Tuinstra.')).not.toContain('Maria T|-')
  })
  it('a lowercase credit word is no credit: "door" before a name is the agent of a passive', () => {
    expect(people('De race werd gewonnen door Maria Tuinstra.')).toEqual(['Maria Tuinstra|-'])
    expect(people('Door Maria Tuinstra\nDe race werd gewonnen.')).toEqual([])
  })
  it('a canonical name has the plain apostrophe', () => {
    expect(people('Gisteren sprak Maria D’Tuinstra.')).toEqual(["Maria D'Tuinstra|-"])
  })
  it('a name with particles before a comma and a title', () => {
    expect(
      people('Gisteren kwam Omar al-Tuinstra, minister van Buitenlandse Zaken van Kenia, naar Den Haag.'),
    ).toEqual(['Omar al-Tuinstra|KEN'])
  })
  it('an Arabic name without its patronymic is the person of the base', () => {
    expect(people('Gisteren kwam Khalid al-Hamdan naar Den Haag.', '2020-01-01')).toEqual([
      'Khalid bin Tariq Al Hamdan|ARE',
    ])
  })
  it('Arabic name words in Dutch spelling take their English form', () => {
    expect(people('De Palestijnse commandant Samir Aboe Tuinstra kwam om.')).toEqual([
      'Samir Abu Tuinstra|PSE',
    ])
    expect(englishFromDutchArabic('Abdoel Tuinstra')).toBe('Abdul Tuinstra')
    expect(englishFromDutchArabic('Hoekstra')).toBe('Hoekstra')
  })
})

describe('relatives named after a kinship noun', () => {
  it("take the relative's surname and actor", () => {
    expect(people('Piet Hendriks kwam met zijn dochter Marieke naar Kenia.', '2021-01-01')).toEqual([
      'Piet Hendriks|NLD',
      'Marieke Hendriks|NLD',
    ])
    expect(people('De Russische oud-spion Sergej Tuinov en diens dochter Joelia werden ziek.')).toEqual([
      'Sergei Tuinov|-',
      'Yulia Tuinov|-',
    ])
  })
  it('a full name after the kinship noun keeps its name and takes the actor', () => {
    expect(people('Piet Hendriks kwam met zijn echtgenote Maria Tuinstra.', '2021-01-01')).toEqual([
      'Piet Hendriks|NLD',
      'Maria Tuinstra|NLD',
    ])
  })
  it('no relative named before, or no name after: nothing', () => {
    expect(people('Zijn dochter Marieke kwam ook.')).toEqual([])
    expect(people('Piet Hendriks kwam met zijn dochter naar Kenia.', '2021-01-01')).toEqual([
      'Piet Hendriks|NLD',
    ])
  })
})

describe('tokens and gaps, read without slices', () => {
  it('tokenize a span in place as if it were cut out', () => {
    const text = "Dat zei Hezbollah's leider-chef in Den Haag"
    const all = tokenize(text)
    expect(all.map((t) => t.text)).toEqual(['Dat', 'zei', 'Hezbollah', 'leider', 'chef', 'in', 'Den', 'Haag'])
    expect(all[4]!.joined).toBe(true)
    // A span ending inside a word: the word is cut at the span's end.
    expect(tokenize(text, 4, 12).map((t) => [t.text, t.start, t.end])).toEqual([
      ['zei', 4, 7],
      ['Hezb', 8, 12],
    ])
  })
  it('read the gaps between words', () => {
    expect(spacesOnly('a  b', 1, 3)).toBe(true)
    expect(spacesOnly('a, b', 1, 3)).toBe(false)
    expect(spacesOnly('ab', 1, 1)).toBe(false)
    expect(spacesOrHyphens('a - b', 1, 4)).toBe(true)
    expect(spacesOrHyphens('ab', 1, 1)).toBe(false)
    expect(spacesOrHyphens('ab', 1, 1, true)).toBe(true)
  })
})
