// A human-readable account of what was found on a page: the default output of `entente extract`.

import type { PageWriter } from './registry.js'

export const writer: PageWriter = (page) => {
  const lines: string[] = []
  const where = page.source.url ? ` <${page.source.url}>` : ''
  const crawl = page.observedAt ? `, crawled ${page.observedAt} (${page.observedAtSource})` : ''
  lines.push(
    `${page.source.name}${where}: ${page.articles.length} article(s), ${page.format}, ${page.encoding}, ${page.language ?? '?'}${crawl}`,
  )
  for (const a of page.articles) {
    const dl = a.dateline
      ? `${a.dateline.places.join('/')}${a.dateline.agencies.length ? ` (${a.dateline.agencies.join('/')})` : ''}`
      : '-'
    const age = a.age
      ? `${a.age.text}${a.age.interval ? ` = ${a.age.interval.from} .. ${a.age.interval.to}` : ''}`
      : ''
    lines.push(`  [${a.kind}] ${a.headline ?? '(no headline)'}`)
    lines.push(
      `      ${dl}${age ? ` | ${age}` : ''}${a.published ? ` | published ${a.published}` : ''} | ${a.lead} …`,
    )
    if (a.actors && a.actors.codes.length > 0) {
      const people = a.actors.people.map((p) => `${p.name} (${p.actor ?? '-'})`).join(', ')
      lines.push(`      actors: ${a.actors.codes.join(' ')}${people ? ` | people: ${people}` : ''}`)
    }
    for (const e of a.events ?? []) {
      const flags = [e.polarity === 'negated' ? 'NOT' : '', e.modality !== 'actual' ? e.modality : ''].filter(
        Boolean,
      )
      lines.push(
        `      event: ${e.type} ${e.source ?? '-'} -> ${e.target ?? '-'}${flags.length ? ` (${flags.join(', ')})` : ''}: "${e.evidence.text}"`,
      )
    }
  }
  return lines.join('\n') + '\n'
}
