// Generated news-site HTML pages of realistic size (50-300 KB: scripts, styles, navigation, an article with
// JSON-LD, teaser cards, a footer) for the HTML reading rate. Text written for Entente, not taken from news.

import { rng } from './generate.js'

const PLACES = ['Lissabon', 'Oslo', 'Nairobi', 'Lima', 'Hanoi', 'Ottawa', 'Canberra', 'Dakar']
const STATES = ['Portugal', 'Noorwegen', 'Kenia', 'Peru', 'Vietnam', 'Canada', 'Australië', 'Senegal']
const VERBS = ['ondertekent', 'bespreekt', 'verwerpt', 'steunt', 'onderzoekt', 'verlengt']
const THINGS = ['een handelsverdrag', 'een visumregeling', 'de visserijafspraken', 'een klimaatfonds']

export function htmlPage(seed: number): string {
  const r = rng(seed)
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!
  const a = pick(STATES)
  const b = pick(STATES)
  const headline = `${a} ${pick(VERBS)} ${pick(THINGS)} met ${b}`
  const sentence = () =>
    `De regering van ${pick(STATES)} ${pick(VERBS)} volgens ingewijden ${pick(THINGS)} met ${pick(STATES)}, meldt de krant in ${pick(PLACES)}.`
  const paragraphs = Array.from({ length: 8 + Math.floor(r() * 12) }, () =>
    Array.from({ length: 2 + Math.floor(r() * 4) }, sentence).join(' '),
  )
  const nav = Array.from(
    { length: 60 + Math.floor(r() * 80) },
    (_, i) => `<li><a href="/rubriek/${i}">Rubriek ${i}</a></li>`,
  )
  const cards = Array.from(
    { length: 6 + Math.floor(r() * 10) },
    (_, i) =>
      `<article class="card"><a href="/nieuws/${seed}-${i}"><img src="/img/${i}.jpg" alt=""><h3>${pick(STATES)} ${pick(VERBS)} ${pick(THINGS)}</h3></a><p>${sentence()}</p></article>`,
  )
  // Scripts and styles are most of a real page's bytes.
  const blob = (n: number) =>
    Array.from(
      { length: n },
      (_, i) => `window.__cfg${i}={id:${i},flags:[${r().toFixed(6)},${r().toFixed(6)}],name:"module-${i}"};`,
    ).join('')
  const style = Array.from(
    { length: 200 + Math.floor(r() * 600) },
    (_, i) => `.c${i}{margin:${i % 7}px;color:#${(i * 4099).toString(16).slice(0, 6).padEnd(6, '0')}}`,
  ).join('\n')
  const date = `2025-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)}T0${Math.floor(r() * 9)}:15:00+02:00`
  const ld = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline,
    datePublished: date,
    author: { '@type': 'Person', name: 'Redactie Buitenland' },
    articleSection: 'Buitenland',
  })
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${headline} | Voorbeeldkrant</title>
<meta property="og:title" content="${headline}"><meta property="og:type" content="article">
<meta property="article:published_time" content="${date}">
<script type="application/ld+json">${ld}</script>
<style>${style}</style><script>${blob(300 + Math.floor(r() * 1500))}</script></head>
<body><header><nav><ul>${nav.join('')}</ul></nav><button>Menu</button><a href="/login">Inloggen</a></header>
<main><article><h1>${headline}</h1><div class="meta"><span>Door Redactie Buitenland</span> <time datetime="${date}">vandaag</time></div>
<div class="share"><a href="#">Deel</a><a href="#">Tweet</a><a href="#">Mail</a></div>
<figure><img src="/img/top.jpg"><figcaption>Ministers bij de ondertekening. Foto: Persbureau</figcaption></figure>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
</article><section class="related"><h2>Meer nieuws</h2>${cards.join('\n')}</section></main>
<footer><ul>${nav.slice(0, 30).join('')}</ul><p>© Voorbeeldkrant. Wij gebruiken cookies.</p></footer>
<script>${blob(200 + Math.floor(r() * 800))}</script></body></html>`
}
