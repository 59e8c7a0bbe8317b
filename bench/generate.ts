// A generator of realistic pages from Entente's own templates and vocabulary: both portal layouts, main
// articles with subheads, teasers with headlines or glued to timestamps, datelines and agencies, the same
// teasers repeated across pages as a portal's list of latest news repeats them.
// Deterministic for a seed, so runs compare.

const PLACES = [
  'MOSKOU',
  'WASHINGTON',
  'BEIJING',
  'KYIV',
  'BRUSSEL',
  'TEHERAN',
  'PARIJS',
  'BERLIJN',
  'LONDEN',
  'ANKARA',
  'NEW DELHI',
  'TOKIO',
  'CAÏRO',
  'GENÈVE',
  'DEN HAAG',
]
const AGENCIES = ['ANP', 'ANP/RTR', 'ANP/AFP', 'ANP/RTR/DPA', 'ANP/AFP/BLOOMBERG']
const STATES = [
  'Rusland',
  'China',
  'de Verenigde Staten',
  'Oekraïne',
  'Iran',
  'Turkije',
  'India',
  'Japan',
  'Frankrijk',
  'Duitsland',
  'Israël',
  'Noord-Korea',
  'Belarus',
  'Brazilië',
]
const ADJ = [
  'Russische',
  'Chinese',
  'Amerikaanse',
  'Oekraïense',
  'Iraanse',
  'Turkse',
  'Indiase',
  'Japanse',
  'Franse',
  'Duitse',
]
const ROLES = ['president', 'premier', 'minister van Buitenlandse Zaken', 'ambassadeur', 'woordvoerder']
const NAMES = [
  'Vladimir Poetin',
  'Xi Jinping',
  'Donald Trump',
  'Volodymyr Zelensky',
  'Sergej Lavrov',
  'Recep Tayyip Erdogan',
  'Emmanuel Macron',
  'Mark Rutte',
  'Kaja Kallas',
]
const VERBS = [
  'werkt samen met',
  'veroordeelt',
  'bezoekt',
  'waarschuwt',
  'steunt',
  'beschuldigt',
  'praat met',
  'levert wapens aan',
  'legt sancties op aan',
]
const FILLER = [
  'Dat meldt het persbureau op basis van ingewijden.',
  'De gesprekken duurden volgens betrokkenen enkele uren.',
  'Een woordvoerder wilde niet ingaan op vragen van journalisten.',
  'Het is niet bekend wanneer een volgende ronde plaatsvindt.',
  'De maatregel gaat volgende maand in, aldus de regering.',
]
const UNITS = ['minuten', 'uur', 'uur', 'uur']

/** A small deterministic generator (an LCG): every run generates the same pages. */
export function rng(seed: number) {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

export interface GeneratedPage {
  text: string
  articles: number
}

export function generatePages(count: number, seed = 1): GeneratedPage[] {
  return [...pageStream(count, seed)]
}

/** The same pages one at a time, so a run over 100 k of them holds one page at a time. */
export function* pageStream(count: number, seed = 1): Generator<GeneratedPage> {
  const r = rng(seed)
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)]!
  const sentence = () => `De ${pick(ADJ)} ${pick(ROLES)} ${pick(NAMES)} ${pick(VERBS)} ${pick(STATES)}.`
  // Every text opens with a fact of its own; filler follows, as in wire copy.
  const body = (n: number) =>
    [sentence(), ...Array.from({ length: n - 1 }, () => (r() < 0.5 ? sentence() : pick(FILLER)))].join(' ')
  const headline = () =>
    `${pick(STATES).replace(/^de /, '')} ${pick(VERBS)} ${pick(STATES)}`.replace(/^./, (c) => c.toUpperCase())
  // The "Meer uit Buitenland" list of a portal changes slowly: each page shows the newest teasers of a
  // rotating pool, so the same teaser appears on many pages (one story, many sightings), as in a crawl.
  const teaser = () => ({
    headline: headline(),
    dateline: `${pick(PLACES)} (${pick(AGENCIES)}) - ${body(2)}`,
  })
  const pool = Array.from({ length: 12 }, teaser)
  for (let p = 0; p < count; p++) {
    if (r() < 0.5) pool.unshift(teaser())
    pool.length = 12
    const glued = r() < 0.5
    const teasers = 3 + Math.floor(r() * 6)
    const lines: string[] = ['Webmail', '', 'Kies je webmail', '']
    const h = headline()
    lines.push(
      h,
      '',
      h,
      '',
      `${pick(PLACES)} (${pick(AGENCIES)}) - ${body(3)}`,
      '',
      body(3),
      '',
      'Achtergrond',
      '',
      body(2),
      '',
      'Meer uit Buitenland',
      '',
    )
    for (let t = 0; t < teasers; t++) {
      const age = `${1 + Math.floor(r() * 20)} ${pick(UNITS)} geleden`
      const { headline: th, dateline: dl } = pool[t]!
      if (glued) lines.push(t === 0 ? dl : `${age}${dl}`)
      else lines.push(th, '', dl, '', age)
    }
    yield { text: lines.join('\n') + '\n', articles: 1 + teasers }
  }
}
