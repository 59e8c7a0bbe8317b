// Writes examples/pages/wire-week.warc.gz: the synthetic twelve-page corpus of the store tests (our own
// invented wire copy over six days, teasers repeated across pages) as a gzipped WARC with crawl times, so
// the demo store has stories over several days. Run: npx tsx scripts/make-example-warc.ts
import { writeFileSync } from 'node:fs'
import { corpus, corpusWarc } from '../test/helpers/corpus.js'

const out = new URL('../examples/pages/wire-week.warc.gz', import.meta.url)
writeFileSync(out, corpusWarc(corpus(), true))
console.log(`wrote ${out.pathname}`)
