// DEV ONLY: a small, deterministic world of articles and events in the API's shapes, written for the
// dashboard's development (not real news). One article carries script and onerror markup in its text, one
// sighting a javascript: URL, to see them stay inert.

import type { ArticleResponse, EventItem } from '../../src/read/contract.js'

export const NAMES: Record<string, string> = {
  RUS: 'Rusland',
  CHN: 'China',
  USA: 'Verenigde Staten',
  UKR: 'Oekraïne',
  NATO: 'NAVO',
  EU: 'EU',
  IRN: 'Iran',
  ISR: 'Israël',
  HAMAS: 'Hamas',
  FRA: 'Frankrijk',
  DEU: 'Duitsland',
  TUR: 'Turkije',
}

/** Quad, score and Goldstein per type (data/plover.tsv, mapping table version 1). */
const PLOVER: Record<string, [number, number, number]> = {
  AGREE: [1, 2.5, 4],
  CONSULT: [1, 2.5, 1],
  SUPPORT: [1, 5, 3.5],
  CONCEDE: [1, 4.5, 5],
  COOPERATE: [2, 9.5, 6],
  AID: [2, 10, 7],
  RETREAT: [2, 6.5, 5],
  REQUEST: [3, 0, -5],
  ACCUSE: [3, -2, -2],
  REJECT: [3, -2, -4],
  THREATEN: [3, -3.5, -6],
  PROTEST: [4, -5, -6.5],
  SANCTION: [4, -6, -4],
  MOBILIZE: [4, -5.5, -7.2],
  COERCE: [4, -7, -7],
  ASSAULT: [4, -9, -9],
}

const SENTENCE: Record<string, string> = {
  AGREE: '{A} en {B} sluiten een akkoord over handel en energie',
  CONSULT: '{A} overlegt met {B} over de veiligheid in de regio',
  SUPPORT: '{A} steunt {B} in de Veiligheidsraad',
  CONCEDE: '{A} geeft toe aan de eisen van {B}',
  COOPERATE: '{A} en {B} werken samen aan een nieuwe gaspijplijn',
  AID: '{A} stuurt hulpgoederen en geld naar {B}',
  RETREAT: '{A} trekt troepen terug van de grens met {B}',
  REQUEST: '{A} vraagt {B} om een staakt-het-vuren',
  ACCUSE: '{A} beschuldigt {B} van spionage',
  REJECT: '{A} wijst het voorstel van {B} af',
  THREATEN: '{A} dreigt {B} met nieuwe maatregelen',
  PROTEST: '{A} protesteert bij {B} tegen de arrestaties',
  SANCTION: '{A} legt {B} nieuwe sancties op',
  MOBILIZE: '{A} zet troepen in aan de grens met {B}',
  COERCE: '{A} zet diplomaten van {B} het land uit',
  ASSAULT: '{A} bestookt {B} met drones en raketten',
}

/** Pairs and the types their events are drawn from. */
const DYADS: [string, string, string[], number][] = [
  ['RUS', 'UKR', ['ASSAULT', 'ASSAULT', 'MOBILIZE', 'ACCUSE', 'THREATEN', 'REQUEST'], 40],
  ['RUS', 'CHN', ['AGREE', 'CONSULT', 'COOPERATE', 'SUPPORT'], 24],
  ['USA', 'UKR', ['AID', 'SUPPORT', 'CONSULT'], 20],
  ['USA', 'CHN', ['SANCTION', 'ACCUSE', 'CONSULT', 'THREATEN'], 18],
  ['EU', 'RUS', ['SANCTION', 'ACCUSE', 'PROTEST'], 16],
  ['NATO', 'RUS', ['THREATEN', 'ACCUSE', 'MOBILIZE'], 12],
  ['EU', 'UKR', ['AID', 'SUPPORT', 'AGREE'], 14],
  ['ISR', 'HAMAS', ['ASSAULT', 'ASSAULT', 'REJECT', 'COERCE'], 18],
  ['IRN', 'ISR', ['THREATEN', 'ACCUSE', 'ASSAULT'], 10],
  ['FRA', 'DEU', ['AGREE', 'CONSULT', 'COOPERATE'], 8],
  ['TUR', 'NATO', ['CONSULT', 'REJECT', 'AGREE'], 6],
  ['IRN', 'RUS', ['AGREE', 'COOPERATE', 'CONSULT'], 8],
  ['USA', 'NATO', ['CONSULT', 'SUPPORT'], 8],
]

function rng(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export interface World {
  articles: ArticleResponse[]
  events: EventItem[]
}

const PAGES = ['nos.nl', 'nu.nl', 'zeelandnet.nl', 'rtl.nl']

function mentionsOf(text: string): ArticleResponse['mentions'] {
  const out: ArticleResponse['mentions'] = []
  for (const [code, name] of Object.entries(NAMES)) {
    const re = new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, 'gu')
    for (const m of text.matchAll(re))
      out.push({ start: m.index, end: m.index + name.length, code, kind: 'state' })
  }
  return out.sort((x, y) => x.start - y.start)
}

export function makeWorld(): World {
  const random = rng(7)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
  const articles: ArticleResponse[] = []
  const events: EventItem[] = []
  let eventId = 1
  const start = Date.UTC(2025, 0, 1)
  const draws: { a: string; b: string; type: string }[] = []
  for (const [a, b, types, n] of DYADS)
    for (let i = 0; i < n; i++) {
      const forward = random() < 0.6
      draws.push({ a: forward ? a : b, b: forward ? b : a, type: pick(types) })
    }
  // Shuffle, then group two or three events into one article.
  for (let i = draws.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[draws[i], draws[j]] = [draws[j]!, draws[i]!]
  }
  let i = 0
  let articleId = 100
  while (i < draws.length) {
    const n = 1 + Math.floor(random() * 3)
    const group = draws.slice(i, i + n)
    i += n
    const id = articleId++
    const date = new Date(start + Math.floor(random() * 181) * 86_400_000).toISOString().slice(0, 10)
    const sentences = group.map((d, k) => {
      const variant = random()
      let sentence = SENTENCE[d.type]!.replace('{A}', NAMES[d.a]!).replace('{B}', NAMES[d.b]!)
      let polarity: EventItem['polarity'] = 'asserted'
      let modality: EventItem['modality'] = 'actual'
      if (variant < 0.07) {
        sentence = `${NAMES[d.a]} ontkent dat het ${sentence.slice(NAMES[d.a]!.length + 1)}`
        polarity = 'negated'
      } else if (variant < 0.12) {
        sentence = `Volgens bronnen zou ${sentence}`
        modality = 'alleged'
      } else if (variant < 0.16) {
        sentence = `Als de gesprekken mislukken, ${sentence}`
        modality = 'hypothetical'
      } else if (variant < 0.25) modality = 'intended'
      return { d, k, sentence: `${sentence}.`, polarity, modality }
    })
    const first = group[0]!
    const headline = `${NAMES[first.a]} en ${NAMES[first.b]}: ${first.type.toLowerCase()}`
    const lead = 'DEN HAAG (ANP) - '
    let text = `${headline}\n\n${lead}`
    const spans: { start: number; end: number }[] = []
    for (const s of sentences) {
      const at = text.length
      text += `${s.sentence} `
      spans.push({ start: at, end: at + s.sentence.length - 1 })
      text += 'Dat meldden diplomatieke bronnen dinsdag. '
    }
    text = text.trimEnd() + '\n\nDe ontwikkelingen worden nauwlettend gevolgd in Brussel en Washington.'
    const sightings = [0, 1].slice(0, 1 + Math.floor(random() * 2)).map((k) => ({
      article: id,
      page: id * 10 + k,
      pageName: PAGES[(id + k) % PAGES.length]!,
      url: `https://${PAGES[(id + k) % PAGES.length]}/nieuws/${id}`,
      seenAt: `${date}T${String(8 + k * 3).padStart(2, '0')}:15:00Z`,
    }))
    const items = sentences.map((s, k) => {
      const [quad, score, goldstein] = PLOVER[s.d.type]!
      return {
        id: eventId++,
        story: id,
        article: id,
        date,
        source: s.d.a,
        target: s.d.b,
        type: s.d.type,
        mode: null,
        polarity: s.polarity,
        modality: s.modality,
        quad,
        score,
        goldstein,
        evidence: text.slice(spans[k]!.start, spans[k]!.end),
        cue: s.d.type.toLowerCase(),
        attribution: null,
        headline,
        lead: s.sentence,
        place: THE_HAGUE,
        start: spans[k]!.start,
        end: spans[k]!.end,
      }
    })
    events.push(...items.map(({ start: _s, end: _e, ...e }) => e))
    articles.push({
      id,
      kind: 'main',
      headline,
      dateline: ['DEN HAAG'],
      agencies: ['ANP'],
      date,
      text,
      mentions: mentionsOf(text),
      events: items,
      page: {
        id: sightings[0]!.page,
        name: sightings[0]!.pageName,
        url: sightings[0]!.url,
        observedAt: sightings[0]!.seenAt,
      },
      story: { id, firstSeen: sightings[0]!.seenAt, sightings },
    })
  }
  articles.push(hostile(articleId, eventId))
  events.push(...articles[articles.length - 1]!.events.map(({ start: _s, end: _e, ...e }) => e))
  return { articles, events }
}

/** The fixture articles' dateline place. */
const THE_HAGUE = {
  name: 'The Hague',
  text: 'DEN HAAG',
  precision: 'dateline',
  feature: 'city',
  country: 'NLD',
  lat: 52.07667,
  lon: 4.29861,
} as const

/** An article whose text carries markup that must show as text. */
function hostile(id: number, eventId: number): ArticleResponse {
  const headline = 'Rusland <script>alert(1)</script> dreigt'
  const text =
    `${headline}\n\nMOSKOU (Reuters) - Op de site stond <img src=x onerror=alert(1)> naast de tekst. ` +
    'Rusland dreigt Oekraïne met nieuwe maatregelen. Zelensky 🇺🇦 reageerde “kalm”.'
  const evidence = 'Rusland dreigt Oekraïne met nieuwe maatregelen'
  const start = text.indexOf(evidence)
  const date = '2025-06-20'
  const [quad, score, goldstein] = PLOVER.THREATEN!
  return {
    id,
    kind: 'main',
    headline,
    dateline: ['MOSKOU'],
    agencies: ['Reuters'],
    date,
    text,
    mentions: mentionsOf(text),
    events: [
      {
        id: eventId,
        story: id,
        article: id,
        date,
        source: 'RUS',
        target: 'UKR',
        type: 'THREATEN',
        mode: null,
        polarity: 'asserted',
        modality: 'actual',
        quad,
        score,
        goldstein,
        evidence,
        cue: 'dreigt',
        attribution: null,
        headline,
        lead: evidence,
        place: { ...THE_HAGUE, name: 'Moscow', text: 'MOSKOU', country: 'RUS', lat: 55.75222, lon: 37.61556 },
        start,
        end: start + evidence.length,
      },
    ],
    page: {
      id: id * 10,
      name: 'evil.example <b>bold</b>',
      url: 'javascript:alert(1)',
      observedAt: `${date}T09:00:00Z`,
    },
    story: {
      id,
      firstSeen: `${date}T09:00:00Z`,
      sightings: [
        {
          article: id,
          page: id * 10,
          pageName: 'evil.example <b>bold</b>',
          url: 'javascript:alert(1)',
          seenAt: `${date}T09:00:00Z`,
        },
      ],
    },
  }
}
