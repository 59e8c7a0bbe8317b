// How well events are placed on a set of pages (issue 20): every event of an article with a dateline must
// have a place; prints counts by precision and exits 1 when an event of a dated-lined article has none.
// Prints no page text unless --sample N is given, which shows N events picked at random (seeded) with
// their evidence and place, for checking by hand on the terminal (never to be copied into the repo).
//
//   npx tsx scripts/places-coverage.ts ../shared/samples/zeelandnet
//   npx tsx scripts/places-coverage.ts ../shared/samples/more --sample 50 --seed 20

import { parseArgs } from 'node:util'
import { InputError } from '../src/core/message.js'
import type { EventPlace } from '../src/core/doc.js'
import { createDefaultPipeline } from '../src/index.js'
import { readInputs } from '../src/sources/input.js'
import { seeded } from '../src/core/random.js'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { sample: { type: 'string' }, seed: { type: 'string', default: '20' } },
})

const pipeline = createDefaultPipeline()
const byPrecision: Record<string, number> = {}
let events = 0
let withDateline = 0
let missing = 0
const all: { page: string; evidence: string; sentence: string; place: EventPlace | null }[] = []
for await (const item of readInputs(positionals)) {
  if (item instanceof InputError) continue
  const page = pipeline.run(item)
  for (const a of page.articles) {
    for (const e of a.events ?? []) {
      events++
      const p = e.place ?? null
      byPrecision[p?.precision ?? 'none'] = (byPrecision[p?.precision ?? 'none'] ?? 0) + 1
      if (a.dateline?.places.length) {
        withDateline++
        if (!p) missing++
      }
      all.push({
        page: page.source.name,
        evidence: e.evidence.text,
        sentence: page.text.slice(e.sentence.start, e.sentence.end),
        place: p,
      })
    }
  }
}
console.log(
  JSON.stringify({ events, inArticlesWithDateline: withDateline, unplacedThere: missing, byPrecision }),
)
if (values.sample) {
  const random = seeded(Number(values.seed))
  const pool = [...all]
  for (let i = 0; i < Number(values.sample) && pool.length; i++) {
    const [x] = pool.splice(Math.floor(random() * pool.length), 1)
    const p = x!.place
    console.log(
      `\n#${i + 1} ${x!.page}\n  sentence: ${x!.sentence}\n  place: ${p ? `${p.text} -> ${p.name} (${p.precision}, ${p.feature}, ${p.country ?? '-'})` : 'none'}`,
    )
  }
}
process.exitCode = missing > 0 ? 1 : 0
