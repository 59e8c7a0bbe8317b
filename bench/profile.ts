// The end-to-end pipeline over generated pages, alone, for profiling:
//   node --cpu-prof --cpu-prof-dir=test-output/prof --import tsx bench/profile.ts [pages]
// then open the .cpuprofile in Chrome DevTools (or summarise it with `tsx bench/profile.ts --top FILE`).

import { readFileSync } from 'node:fs'
import { createDefaultPipeline } from '../dist/index.js'
import { readText } from '../dist/sources/text.js'
import { pageStream } from './generate.js'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  hitCount?: number
}

const top = process.argv.indexOf('--top')
if (top > 0) {
  // Self time per function, the heaviest first.
  const prof = JSON.parse(readFileSync(process.argv[top + 1]!, 'utf8')) as { nodes: ProfileNode[] }
  const self = new Map<string, number>()
  let total = 0
  for (const n of prof.nodes) {
    const f = n.callFrame
    const key = `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\/(node_modules|dist)\//, '$1/')}:${f.lineNumber + 1}`
    self.set(key, (self.get(key) ?? 0) + (n.hitCount ?? 0))
    total += n.hitCount ?? 0
  }
  for (const [key, hits] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40))
    console.log(`${((100 * hits) / total).toFixed(1).padStart(5)}%  ${key}`)
} else {
  const n = Number(process.argv[2] ?? 5000)
  const pipeline = createDefaultPipeline()
  const t = performance.now()
  let articles = 0
  let i = 0
  for (const p of pageStream(n, 42)) {
    articles += pipeline.run(readText(Buffer.from(p.text), { input: 'bench', name: `p${i++}` })).articles
      .length
  }
  const s = (performance.now() - t) / 1000
  console.log(`${articles} articles in ${s.toFixed(1)} s: ${Math.round(articles / s)} articles/s`)
}
