// A small synthetic corpus of Dutch wire pages, written for Entente's store tests (invented events, our own
// text): portal pages with a main article and a "Meer uit Buitenland" teaser list with glued timestamps,
// spread over days, with teasers repeated across pages, an article re-published with a new first line, and
// a teaser whose full article appears on a later page.

import { readText } from '../../src/sources/text.js'
import type { Page } from '../../src/core/doc.js'
import { httpResponse, warcFile, warcRecord } from './build.js'

export interface Story {
  id: string
  headline: string
  dateline: string
  sentences: string[]
}

export const STORIES: Story[] = [
  {
    id: 'expel',
    headline: 'Rusland zet Noorse diplomaten het land uit',
    dateline: 'MOSKOU (ANP/RTR)',
    sentences: [
      'Rusland heeft twee Noorse diplomaten het land uitgezet.',
      'Het Russische ministerie van Buitenlandse Zaken beschuldigde de mannen van spionage in de havenstad Moermansk.',
      'Noorwegen noemde de beslissing ongegrond en ontbood de Russische ambassadeur in Oslo.',
      'De regering in Oslo overweegt een passend antwoord, zei een woordvoerder donderdag.',
      'Het is de derde keer dit jaar dat beide landen diplomaten uitwijzen.',
    ],
  },
  {
    id: 'border',
    headline: 'Verenigde Staten en Mexico werken samen tegen wapensmokkel',
    dateline: 'WASHINGTON (ANP)',
    sentences: [
      'De Verenigde Staten en Mexico hebben afgesproken samen te werken tegen de smokkel van wapens over de grens.',
      'Beide regeringen richten een gezamenlijke werkgroep op die elke maand bijeenkomt.',
      'De werkgroep moet binnen een half jaar een plan voor betere controles aan de grensovergangen maken.',
      'Mexicaanse politici klagen al jaren dat wapens uit Amerikaanse winkels bij kartels terechtkomen.',
    ],
  },
  {
    id: 'haiti',
    headline: 'Kenia stuurt agenten naar Haïti',
    dateline: 'NAIROBI (ANP/AFP)',
    sentences: [
      'Kenia stuurt honderd politieagenten naar Haïti om de lokale politie te steunen.',
      'Het eerste contingent vertrekt volgende week uit Nairobi met een vrachtvliegtuig van de luchtmacht.',
      'De agenten blijven minstens zes maanden in de hoofdstad Port-au-Prince.',
      'Een rechter in Nairobi had de missie eerder dit jaar nog tegengehouden.',
    ],
  },
  {
    id: 'drones',
    headline: 'Duitsland roept China op export van droneonderdelen te stoppen',
    dateline: 'BERLIJN (ANP/DPA)',
    sentences: [
      'Duitsland heeft China opgeroepen de export van onderdelen voor drones naar Rusland te stoppen.',
      'De Duitse minister van Buitenlandse Zaken zei dat Berlijn anders nieuwe sancties overweegt.',
      'Volgens Duitse inlichtingendiensten komen motoren en camera’s via tussenhandelaren in Centraal-Azië terecht.',
      'Peking ontkent dat Chinese bedrijven wapens of onderdelen aan Rusland leveren.',
    ],
  },
  {
    id: 'grain',
    headline: 'Turkije bemiddelt in graanoverleg',
    dateline: 'ANKARA (ANP/RTR)',
    sentences: [
      'Turkije heeft aangeboden opnieuw te bemiddelen tussen Oekraïne en Rusland over de export van graan.',
      'De Turkse president wil vertegenwoordigers van beide landen volgende maand in Istanbul ontvangen.',
      'Oekraïne reageerde positief op het voorstel, maar Moskou zei nog geen besluit te hebben genomen.',
      'Door de oorlog liggen de havens aan de Zwarte Zee grotendeels stil.',
    ],
  },
  {
    id: 'korea',
    headline: 'Zuid-Korea onderschept drone boven de grens',
    dateline: 'SEOUL (ANP/YONHAP)',
    sentences: [
      'Zuid-Korea heeft een Noord-Koreaanse drone onderschept boven de gedemilitariseerde zone.',
      'Volgens het Zuid-Koreaanse leger werd het toestel met een helikopter neergehaald.',
      'Het is de tweede keer deze maand dat een drone uit het noorden de grens overvliegt.',
      'Seoul heeft bij de Verenigde Naties geklaagd over de schendingen van het wapenstilstandsakkoord.',
    ],
  },
  {
    id: 'trade',
    headline: 'Brazilië en Argentinië sluiten handelsakkoord',
    dateline: 'BRASILIA (ANP/AFP)',
    sentences: [
      'Brazilië en Argentinië hebben een akkoord gesloten over lagere invoerheffingen op landbouwproducten.',
      'De presidenten van beide landen tekenden het verdrag dinsdag in Brasilia.',
      'Boeren in het zuiden van Brazilië vrezen goedkope concurrentie uit Argentinië.',
      'Het akkoord moet nog door de parlementen van beide landen worden goedgekeurd.',
    ],
  },
  {
    id: 'aid',
    headline: 'Japan stuurt hulp naar de Filipijnen',
    dateline: 'TOKIO (ANP)',
    sentences: [
      'Japan stuurt tenten, medicijnen en drinkwater naar de Filipijnen, waar een zware aardbeving honderden doden eiste.',
      'Een eerste vliegtuig vertrok woensdag vanaf een luchtmachtbasis bij Tokio.',
      'Ook Zuid-Korea en Australië hebben hulp toegezegd aan de getroffen provincies.',
      'Reddingswerkers zoeken nog naar overlevenden onder het puin van ingestorte gebouwen.',
    ],
  },
]

export const story = (id: string): Story => STORIES.find((s) => s.id === id)!

const AGES = ['14 minuten geleden', '2 uur geleden', '47 minuten geleden', '5 uur geleden', '1 dag geleden']

/** A full article: headline, dateline and every sentence, in two paragraphs. */
export function fullArticle(s: Story, firstLine?: string): string {
  const body = firstLine ? [firstLine, ...s.sentences.slice(1)] : s.sentences
  const cut = Math.ceil(body.length / 2)
  return `${s.headline}\n${s.dateline} - ${body.slice(0, cut).join(' ')}\n${body.slice(cut).join(' ')}\n`
}

/** A teaser: dateline and the article's first two sentences, as the teaser lists print them. */
export function teaser(s: Story): string {
  return `${s.dateline} - ${s.sentences.slice(0, 2).join(' ')}`
}

export interface CorpusPage {
  name: string
  observedAt: string
  text: string
  main: string
  teasers: string[]
  /** The main article is a re-publication with a new first line. */
  republished?: boolean
}

/** A portal page: chrome, the main article, then teasers glued to the timestamp of the one before. */
export function portalPage(main: string, teasers: string[], variant: number, mainText?: string): string {
  const parts = [
    'Nieuws | Buitenland | Sport | Weer',
    '',
    mainText ?? fullArticle(story(main)),
    'Meer uit Buitenland',
  ]
  let list = ''
  teasers.forEach((t, i) => {
    list += `${teaser(story(t))}\n${AGES[(i + variant) % AGES.length]}`
  })
  parts.push(list, '', `© ${2025} Nieuwsportaal — pagina ${variant}`)
  return parts.join('\n') + '\n'
}

/**
 * Twelve pages over six days. The "border" teaser is on ten of them; the "expel" article is re-published
 * on day 4 with a new first line; "border" appears as a full article on day 5.
 */
export function corpus(): CorpusPage[] {
  const pages: CorpusPage[] = []
  const mains = ['expel', 'haiti', 'drones', 'grain', 'korea', 'trade', 'aid', 'haiti', 'drones', 'grain']
  for (let i = 0; i < 10; i++) {
    const main = mains[i]!
    const others = STORIES.map((s) => s.id).filter((id) => id !== main && id !== 'border' && id !== 'expel')
    const teasers = ['border', others[i % others.length]!, others[(i + 2) % others.length]!]
    const day = 1 + Math.floor(i / 2)
    pages.push({
      name: `page-${String(i).padStart(2, '0')}.txt`,
      observedAt: `2025-03-${String(day).padStart(2, '0')}T${String(8 + (i % 2) * 6).padStart(2, '0')}:00:00.000Z`,
      text: portalPage(main, teasers, i),
      main,
      teasers,
    })
  }
  const newFirst =
    'Rusland heeft donderdag opnieuw diplomaten uit een NAVO-land uitgewezen, nu uit Noorwegen.'
  pages.push({
    name: 'page-10.txt',
    observedAt: '2025-03-04T18:00:00.000Z',
    text: portalPage('aid', ['korea'], 10, fullArticle(story('expel'), newFirst)),
    main: 'expel',
    teasers: ['korea'],
    republished: true,
  })
  pages.push({
    name: 'page-11.txt',
    observedAt: '2025-03-05T09:00:00.000Z',
    text: portalPage('border', ['trade', 'aid'], 11),
    main: 'border',
    teasers: ['trade', 'aid'],
  })
  return pages
}

/** A page as the text reader makes it, with its crawl time. */
export function readCorpusPage(p: CorpusPage): Page {
  return readText(
    Buffer.from(p.text, 'utf8'),
    { input: p.name, name: p.name },
    {
      observedAt: p.observedAt,
      observedAtSource: 'flag',
    },
  )
}

/** The corpus as one WARC file (response records, WARC-Date = crawl time), gzip per record when asked. */
export function corpusWarc(pages: CorpusPage[], gzip = false): Buffer {
  return warcFile(
    pages.map((p) =>
      warcRecord(
        'response',
        { 'WARC-Date': p.observedAt, 'WARC-Target-URI': `https://nieuws.example/${p.name}` },
        httpResponse('text/plain; charset=utf-8', p.text),
      ),
    ),
    gzip,
  )
}
