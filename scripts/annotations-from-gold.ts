// Turns gold files over corpus items (<id>.gold.json, evidence as text) into annotation records that point
// into the corpus by character offsets, so that annotations can be kept without the news text they answer.
// Usage: tsx scripts/annotations-from-gold.ts --corpus ../shared/corpus/nl-news.jsonl --gold DIR --out FILE

import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { isDeepStrictEqual } from 'node:util'
import { parseGold } from '../src/eval/gold.js'
import { goldToRecord, readCorpus, recordToGold } from '../src/learn/annotations.js'

const { values } = parseArgs({
  options: { corpus: { type: 'string' }, gold: { type: 'string' }, out: { type: 'string' } },
})
if (!values.corpus || !values.gold || !values.out) {
  process.stderr.write('usage: tsx scripts/annotations-from-gold.ts --corpus FILE --gold DIR --out FILE\n')
  process.exit(2)
}
const corpus = readCorpus(values.corpus)
const lines: string[] = []
for (const f of readdirSync(values.gold)
  .filter((f) => f.endsWith('.gold.json'))
  .sort()) {
  const id = f.replace(/\.(txt\.)?gold\.json$/, '')
  const text = corpus.get(id)
  if (text === undefined) throw new Error(`${f}: ${id} is not an item of ${values.corpus}`)
  const gold = parseGold(readFileSync(join(values.gold, f), 'utf8'), f)
  gold.page = `${id}.txt`
  for (const a of gold.articles) a.lead = a.lead.trim().replace(/\s+/g, ' ')
  const record = goldToRecord(id, gold, text)
  if (!isDeepStrictEqual(recordToGold(record, text), gold))
    throw new Error(`${f}: the record does not give the gold back`)
  lines.push(JSON.stringify(record))
}
writeFileSync(values.out, lines.join('\n') + '\n')
process.stderr.write(`${lines.length} records written to ${values.out}\n`)
