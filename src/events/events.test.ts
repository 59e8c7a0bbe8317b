import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { actorStage } from '../actors/index.js'
import { loadKnowledgeBase } from '../actors/kb.js'
import type { Page } from '../core/doc.js'
import { segmentText } from '../page/segment.js'
import { eventStage, type CodedEvent } from './index.js'
import { sentenceSpans } from './sentences.js'

const kb = loadKnowledgeBase({ dir: fileURLToPath(new URL('../../test/fixtures/kb/', import.meta.url)) })
const actors = actorStage({ kb })
// These tests check the rules that propose candidates, alone; the learned decisions are tested in decide.test.ts.
const events = eventStage({ model: null })

function code(body: string): { text: string; events: CodedEvent[] } {
  const text = `OSLO (ANP) - ${body}`
  const seg = segmentText(text, { observedAt: null })
  const page = {
    text,
    observedAt: null,
    articles: seg.articles.map((a) => ({ ...a, language: 'nl' })),
  } as unknown as Page
  actors(page)
  events(page)
  return { text, events: page.articles[0]!.events! }
}

const brief = (e: CodedEvent) => [e.source, e.target, e.type, e.polarity, e.modality]

describe('sentenceSpans', () => {
  it('splits on full stops before a capital, not after an initial', () => {
    const text = 'Rusland sprak. J. Biden zweeg. Toen "ging" het mis! Einde'
    expect(
      sentenceSpans(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end)),
    ).toEqual(['Rusland sprak.', 'J. Biden zweeg.', 'Toen "ging" het mis!', 'Einde'])
  })
})

describe('compounds', () => {
  it('a compound ending in an event noun is that event (Dutch compounds are head-final)', () => {
    expect(code('Rusland pleegde een cyberaanval op Estland.').events.map(brief)).toContainEqual([
      'RUS',
      'EST',
      'ASSAULT',
      'asserted',
      'actual',
    ])
    expect(
      code('Chili en Peru bereikten gisteren een vrijhandelsakkoord.').events.map((e) => e.type),
    ).toContain('AGREE')
  })

  it('but not a prefixed verb, nor a noun behind a short prefix', () => {
    expect(code('Rusland wil Estland ondersteunen.').events.map((e) => e.type)).not.toContain('SUPPORT')
    expect(code('Rusland plant een heraanval op Estland.').events).toEqual([])
  })
})

describe('event coding by cue family', () => {
  it('CONSULT: a meeting, subject and object, intended with "wil"', () => {
    const r = code('Poetin wil de Iraanse president donderdag ontmoeten in Istanbul.')
    expect(r.events.map(brief)).toEqual([['RUS', 'IRN', 'CONSULT', 'asserted', 'intended']])
    const e = r.events[0]!
    expect(e.cue.text).toBe('ontmoeten')
    expect(r.text.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.text)
    expect(e.evidence.text).toBe('Poetin wil de Iraanse president donderdag ontmoeten')
    expect([e.quad, e.score, e.cameo, e.goldstein]).toEqual([1, 2.5, '04', 1])
  })

  it('COOPERATE negated: "zegt niet aan een bondgenootschap met X te werken" stays COOPERATE, negated', () => {
    const r = code('De Russische president zegt niet aan een bondgenootschap met de VS te werken.')
    expect(r.events.map(brief)).toEqual([['RUS', 'USA', 'COOPERATE', 'negated', 'actual']])
  })

  it('REJECT: a separable verb with its object inside ("wijst ... af")', () => {
    const r = code('Rusland wijst het Amerikaanse voorstel af.')
    expect(r.events.map(brief)).toContainEqual(['RUS', 'USA', 'REJECT', 'asserted', 'actual'])
  })

  it('REJECT with no one named in its sentence answers the counterpart the article names most', () => {
    const r = code(
      'Kosovo wil Servische nummerborden verbieden. Kosovo noemt de maatregel nodig. Servië ligt dwars. Rusland zwijgt.',
    )
    expect(r.events.map(brief)).toContainEqual(['SRB', 'XKX', 'REJECT', 'asserted', 'actual'])
  })

  it('reads the plural past of a cue verb, but not its past participle before a noun', () => {
    const r = code('Oekraïne en Estland veroordeelden de Russische aanval.')
    expect(r.events.map(brief)).toContainEqual(['UKR', 'RUS', 'ACCUSE', 'asserted', 'actual'])
    expect(r.events.map(brief)).toContainEqual(['EST', 'RUS', 'ACCUSE', 'asserted', 'actual'])
    const adjective = code('Hamas wil hulp toelaten tot de belegerde kuststrook, zegt Israël.')
    expect(adjective.events.map((e) => e.type)).not.toContain('ASSAULT')
  })

  it('REQUEST: a nominalisation names its actor ("oproepen van X aan Y")', () => {
    const r = code('Teheran noemde de oproepen van Amerikaanse functionarissen aan Iran onaanvaardbaar.')
    expect(r.events.map(brief)).toContainEqual(['USA', 'IRN', 'REQUEST', 'asserted', 'actual'])
  })

  it('ASSAULT with a passive "door X", alleged with "zou ... hebben"', () => {
    const r = code('Een dorp in de Iraanse grensstreek zou door Russische drones zijn aangevallen.')
    expect(r.events.map(brief)).toEqual([['RUS', 'IRN', 'ASSAULT', 'asserted', 'alleged']])
  })

  it('AGREE hypothetical with "als"', () => {
    const r = code('Rusland tekent het akkoord met de VS alleen als de sancties verdwijnen.')
    expect(r.events.map(brief)).toContainEqual(['RUS', 'USA', 'AGREE', 'asserted', 'hypothetical'])
  })

  it('a denial is the denied action, negated', () => {
    const r = code('Iran ontkent wapens te leveren aan Rusland.')
    expect(r.events.map(brief)).toEqual([['IRN', 'RUS', 'AID', 'negated', 'actual']])
  })

  it('keeps the attribution apart from the actors', () => {
    const r = code('De VS en Rusland gaan samenwerken, aldus Poetin.')
    // Future cooperation is AGREE in PLOVER.
    const e = r.events.find((x) => x.type === 'AGREE')!
    expect([e.source, e.target, e.modality]).toEqual(['USA', 'RUS', 'intended'])
    expect(e.attribution!.text).toBe('Poetin')
  })

  it('PROTEST at home keeps the state on both sides; a statement of state is no event', () => {
    expect(code('In Rusland demonstreerden duizenden mensen.').events.map(brief)).toEqual([
      ['RUS', 'RUS', 'PROTEST', 'asserted', 'actual'],
    ])
    expect(code('Rusland is een groot land met veel inwoners.').events).toEqual([])
  })

  it('the same action twice in one article is one event', () => {
    const r = code('Rusland valt Iran aan. Later viel Rusland Iran opnieuw aan.')
    expect(r.events.filter((e) => e.type === 'ASSAULT')).toHaveLength(1)
  })

  it('a relative clause acts through the actor before its comma; "door het X" is a passive agent', () => {
    expect(
      code('Iran steunt Rusland, dat de invasie in de VS wil voortzetten.').events.map(brief),
    ).toContainEqual(['RUS', 'USA', 'ASSAULT', 'asserted', 'intended'])
    expect(code('De vermeende wandaden door het Russische leger in Iran.').events.map(brief)).toEqual([
      ['RUS', 'IRN', 'ASSAULT', 'asserted', 'alleged'],
    ])
  })

  it('a capital after "in" is a place, not an actor; a relation noun with "tussen" relates its two sides', () => {
    expect(code('De VS voerden overleg in Moskou.').events).toEqual([])
    expect(code('Poetin sprak over de overeenkomst tussen Iran en de VS.').events.map(brief)).toEqual([
      ['IRN', 'USA', 'AGREE', 'asserted', 'actual'],
    ])
  })

  it.each([
    ['Rusland waarschuwt de VS voor vergelding.', ['RUS', 'USA', 'THREATEN', 'asserted', 'actual']],
    ['De EU legt Rusland nieuwe sancties op.', ['EU', 'RUS', 'SANCTION', 'asserted', 'actual']],
    ['Iran zet de Russische ambassadeur het land uit.', ['IRN', 'RUS', 'SANCTION', 'asserted', 'actual']],
    ['Rusland stuurt duizenden militairen naar Iran.', ['RUS', 'IRN', 'MOBILIZE', 'asserted', 'actual']],
    ['Iran heeft twee Russen gearresteerd.', ['IRN', 'RUS', 'COERCE', 'asserted', 'actual']],
    ['Hamas laat twee Amerikaanse gijzelaars vrij.', ['HAMAS', 'USA', 'RETREAT', 'asserted', 'actual']],
    [
      'De VS prijzen Iran om het besluit. Rusland steunt Iran.',
      ['RUS', 'IRN', 'SUPPORT', 'asserted', 'actual'],
    ],
    ['Rusland levert wapens aan Iran.', ['RUS', 'IRN', 'AID', 'asserted', 'actual']],
    ['De VS geven toe dat Iran gelijk had.', ['USA', 'IRN', 'CONCEDE', 'asserted', 'actual']],
    ['Rusland vraagt Iran om hulp.', ['RUS', 'IRN', 'REQUEST', 'asserted', 'actual']],
    ['Rusland beschuldigt de VS van spionage.', ['RUS', 'USA', 'ACCUSE', 'asserted', 'actual']],
    ['In Iran zijn rellen uitgebroken.', ['IRN', 'IRN', 'PROTEST', 'asserted', 'actual']],
    [
      'De oorlog tussen Iran en Rusland zal pas eindigen als de VS ingrijpen.',
      ['IRN', 'RUS', 'RETREAT', 'asserted', 'hypothetical'],
    ],
    ['Poetin zei dat er gefraudeerd was.', ['RUS', 'RUS', 'ACCUSE', 'asserted', 'actual']],
    ['In Iran is brandstichting gepleegd.', ['IRN', 'IRN', 'ASSAULT', 'asserted', 'actual']],
  ])('%s', (sentence, expected) => {
    expect(code(sentence).events.map(brief)).toContainEqual(expected)
  })

  it('coordinated sources each act on the target; coordinated partners of a mutual verb are source and target', () => {
    expect(code('De VS en Rusland vallen Iran aan.').events.map(brief)).toEqual([
      ['USA', 'IRN', 'ASSAULT', 'asserted', 'actual'],
      ['RUS', 'IRN', 'ASSAULT', 'asserted', 'actual'],
    ])
    expect(code('Rusland en Iran werken samen.').events.map(brief)).toEqual([
      ['RUS', 'IRN', 'COOPERATE', 'asserted', 'actual'],
    ])
  })

  it('"de landen" work together: the pair the anaphor stands for', () => {
    expect(code('Rusland en Iran doen iets. De landen werken samen.').events.map(brief)).toEqual([
      ['RUS', 'IRN', 'COOPERATE', 'asserted', 'actual'],
    ])
  })

  it('a speaker before a colon reports, and coordinated partners stay partners across a comma', () => {
    const r = code('Poetin: Iran en de VS werken samen, zegt de NAVO.')
    expect(r.events.map(brief)).toEqual([['IRN', 'USA', 'COOPERATE', 'asserted', 'actual']])
  })

  it('giving up on an act negates it, and so does a negated matrix clause', () => {
    expect(code('Poetin zag af van een gesprek met de Iraanse president.').events.map(brief)).toContainEqual([
      'RUS',
      'IRN',
      'CONSULT',
      'negated',
      'actual',
    ])
    expect(
      code('In het verdrag staat niet dat Rusland en Iran elkaar te hulp schieten.').events.map(brief),
    ).toEqual([['RUS', 'IRN', 'COOPERATE', 'negated', 'actual']])
  })

  it('a place is an actor only as what is attacked; the own actor of a nominalisation beats a passive agent', () => {
    // The threat is the event; the attack it is made with has not happened (error-classes.test.ts).
    expect(code('Rusland dreigt met een aanval op Minneapolis.').events.map(brief)).toEqual([
      ['RUS', 'USA', 'THREATEN', 'asserted', 'actual'],
    ])
    expect(code('De Russische resolutie werd niet aangenomen door de VN.').events.map(brief)).toEqual([
      ['RUS', 'UN', 'REQUEST', 'asserted', 'actual'],
    ])
  })

  it('talks between two sides with a third present: the third consults each side (third-party mode)', () => {
    const r = code('Er waren gesprekken tussen Iran en Rusland onder leiding van Amerikaanse diplomaten.')
    expect(r.events.map((e) => [e.source, e.target, e.type, e.mode])).toEqual([
      ['IRN', 'RUS', 'CONSULT', null],
      ['USA', 'IRN', 'CONSULT', 'third-party'],
      ['USA', 'RUS', 'CONSULT', 'third-party'],
    ])
  })

  it('a clash at home with no actor named takes the scene the sentence before set', () => {
    const r = code('Er was een betoging in Moskou. Ze gooiden stenen en de politie zette traangas in.')
    expect(r.events.map(brief)).toContainEqual(['RUS', 'RUS', 'COERCE', 'asserted', 'actual'])
    expect(code('Er was een feest. Ze gooiden met traangas.').events).toEqual([])
  })

  it('"om X te steunen" is a purpose: the subject acts; a meeting place after "in" is a venue', () => {
    expect(code('Iran stuurde militairen om Rusland te steunen.').events.map(brief)).toContainEqual([
      'IRN',
      'RUS',
      'SUPPORT',
      'asserted',
      'actual',
    ])
    expect(code('De VS voerden gesprekken met Rusland in Iran.').events.map(brief)).toEqual([
      ['USA', 'RUS', 'CONSULT', 'asserted', 'actual'],
    ])
  })

  it('a relation noun followed directly by a pair names its two sides, not the speaker', () => {
    // (a truce binds both sides, each towards the other)
    expect(code('Poetin twijfelt over een bestand Iran en de VS.').events.map(brief)).toEqual([
      ['IRN', 'USA', 'RETREAT', 'asserted', 'actual'],
      ['USA', 'IRN', 'RETREAT', 'asserted', 'actual'],
    ])
  })

  it('names the contexts its sentence speaks of', () => {
    const e = code('Rusland levert wapens en munitie aan Iran.').events[0]!
    expect(e.context).toEqual(['military'])
  })

  it('"uit te leveren" is no delivery of aid', () => {
    expect(code('Rusland vraagt Iran een verdachte uit te leveren.').events.map((e) => e.type)).toEqual([
      'REQUEST',
    ])
  })

  it('intended cooperation is AGREE, and a group of states acts as each of its members', () => {
    expect(code('Canada en de Baltische staten gaan nauwer samenwerken.').events.map(brief)).toEqual([
      ['CAN', 'EST', 'AGREE', 'asserted', 'intended'],
      ['CAN', 'LVA', 'AGREE', 'asserted', 'intended'],
      ['CAN', 'LTU', 'AGREE', 'asserted', 'intended'],
    ])
    // Cooperation that happens stays COOPERATE; told twice in either order it is one event.
    expect(
      code('Rusland en Iran werken samen. Iran en Rusland werken samen op militair vlak.').events.map(brief),
    ).toEqual([['RUS', 'IRN', 'COOPERATE', 'asserted', 'actual']])
  })

  it('a denied act with no target of its own concerns the denier; "de dienst" is the organisation named last', () => {
    const r = code(
      'De immigratiedienst ICE gaat helpen, meldt de dienst. De Italiaanse autoriteiten ontkenden dat de dienst een rol zou spelen.',
    )
    const e = r.events.find((x) => x.polarity === 'negated')!
    expect(brief(e)).toEqual(['USA', 'ITA', 'COOPERATE', 'negated', 'actual'])
    expect(e.cue.text).toBe('rol zou spelen')
    expect(r.text.slice(e.evidence.start, e.evidence.end)).toBe('de dienst een rol zou spelen')
  })

  it('an attack on no named actor abroad has no target; at home the state is on both sides', () => {
    expect(
      code('Teheran ontkent dat Iran woongebieden in het Midden-Oosten heeft aangevallen.').events.map(brief),
    ).toEqual([['IRN', null, 'ASSAULT', 'negated', 'actual']])
    expect(code('De Russische politie heeft betogers aangevallen.').events.map(brief)).toContainEqual([
      'RUS',
      'RUS',
      'ASSAULT',
      'asserted',
      'actual',
    ])
  })

  it('accepting "het voorstel" answers the author of the last request', () => {
    const r = code(
      'De VS hebben Oekraïne voorgesteld om te praten. Oekraïne heeft ingestemd met het voorstel.',
    )
    expect(r.events.map(brief)).toEqual([
      ['USA', 'UKR', 'REQUEST', 'asserted', 'actual'],
      ['UKR', 'USA', 'AGREE', 'asserted', 'actual'],
    ])
    // Without a proposal named there is no one to answer.
    expect(code('Oekraïne heeft ingestemd.').events).toEqual([])
  })

  it('the talks a request proposes are part of the request, not an event of their own', () => {
    expect(
      code('Poetin drong er bij Iran op aan om met de VS te onderhandelen.').events.map((e) => e.type),
    ).toEqual(['REQUEST'])
    // What is asked for otherwise stays an event: "wil dat X het onderzoek leidt".
    expect(
      code('De VS willen dat Iran een aanval op Rusland onderzoekt.').events.map((e) => e.type),
    ).toContain('ASSAULT')
  })

  it('"geen hoop dat" negates its complement; "zag af van een gesprek" is the talk, not a concession', () => {
    expect(code('Er bestaat geen hoop dat de VS Iran ooit zullen steunen.').events.map(brief)).toEqual([
      ['USA', 'IRN', 'SUPPORT', 'negated', 'intended'],
    ])
    expect(code('Poetin zag af van een gesprek met de Iraanse president.').events.map((e) => e.type)).toEqual(
      ['CONSULT'],
    )
  })

  it('"beide partijen" are the last two states; a pair with no other actor is source and target', () => {
    const r = code(
      'Rusland en Oekraïne spraken. Beide partijen, vertegenwoordigd door ministers, waren niet tot overeenstemming gekomen.',
    )
    expect(r.events.map(brief)).toContainEqual(['RUS', 'UKR', 'AGREE', 'negated', 'actual'])
  })
})

describe('what is no new event', () => {
  it('"deze beschuldigingen" refers back; a word for a wrongdoing accuses no one at home by itself', () => {
    expect(code('Iran heeft deze beschuldigingen altijd ontkend.').events).toEqual([])
    expect(code('In Iran is sprake van fraude.').events).toEqual([])
    // Someone reported to say it does accuse: "zei dat er fraude was".
    expect(code('Poetin zei dat er fraude was.').events.map(brief)).toEqual([
      ['RUS', 'RUS', 'ACCUSE', 'asserted', 'actual'],
    ])
  })

  it('"Russische tijd" is a clock, not an actor', () => {
    expect(code('Om 6.00 uur Russische tijd legden de VS Iran sancties op.').events.map(brief)).toEqual([
      ['USA', 'IRN', 'SANCTION', 'asserted', 'actual'],
    ])
  })

  it('"de regering in Teheran" is that government, not a place', () => {
    expect(code('Rusland verwijt de regering in Teheran spionage.').events.map(brief)).toEqual([
      ['RUS', 'IRN', 'ACCUSE', 'asserted', 'actual'],
    ])
  })
})

describe('sentence ends after a name in capitals', () => {
  it('"de VS." ends a sentence; "vs." does not', () => {
    const text = 'Er werd overlegd via de VS. Kyiv stemde in. Ajax vs. PSV eindigde gelijk.'
    expect(
      sentenceSpans(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end)),
    ).toEqual(['Er werd overlegd via de VS.', 'Kyiv stemde in.', 'Ajax vs. PSV eindigde gelijk.'])
  })
})
