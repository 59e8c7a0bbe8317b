// Two builds of the pipeline side by side in one process, for a speed claim on a shared machine: each
// build's default stages run over the same chunks of generated pages (the quick bench's 5,000 by default), the
// builds alternating chunk by chunk and the order flipping from chunk to chunk, so that load from elsewhere falls
// on both alike. Prints, per pass, pages/s (wall and per CPU second) and µs per article per stage, then the
// ranges and the ratio B/A per CPU second.
//   npx tsx bench/ab.ts /path/to/worktree-A /path/to/worktree-B [passes] [pages]
// Each worktree must be built (`npx tsc -p tsconfig.json`): its dist/ is what runs.

import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { pageStream } from './generate.js'

type Stage = (page: { articles: unknown[] }) => void
interface Build {
  name: string
  stages: [string, Stage][]
  readText: (b: Buffer, o: { input: string; name: string }) => { articles: unknown[] }
}

const [dirA, dirB] = [process.argv[2], process.argv[3]]
if (!dirA || !dirB) {
  console.error('usage: npx tsx bench/ab.ts WORKTREE_A WORKTREE_B [passes] [pages]')
  process.exit(2)
}
const passes = Number(process.argv[4] ?? 3)
const pages = Number(process.argv[5] ?? 5_000)

/** A build's module, the worktree named as on the command line (relative to the current directory). */
const at = (dir: string, file: string) => pathToFileURL(resolve(dir, file)).href

async function load(name: string, dir: string): Promise<Build> {
  const index = (await import(at(dir, 'dist/index.js'))) as {
    defaultStages: () => [string, Stage][]
    defaultGazetteerOf: () => unknown
  }
  index.defaultGazetteerOf()
  const { readText } = (await import(at(dir, 'dist/sources/text.js'))) as Pick<Build, 'readText'>
  return { name, stages: index.defaultStages(), readText }
}

const builds = [await load('A', dirA), await load('B', dirB)]
const opts = { input: 'bench', name: 'p' }
// Warm each build's JIT on other pages first.
for (const b of builds)
  for (const p of pageStream(300, 7)) {
    const page = b.readText(Buffer.from(p.text), opts)
    for (const [, stage] of b.stages) stage(page)
  }
const texts = [...pageStream(pages, 42)].map((p) => Buffer.from(p.text))
const CHUNK = 250
const perCpu: number[][] = [[], []]
const perWall: number[][] = [[], []]
for (let pass = 0; pass < passes; pass++) {
  const acc = builds.map(() => ({ cpu: 0, wall: 0, articles: 0, stage: new Map<string, number>() }))
  for (let c = 0; c < texts.length; c += CHUNK) {
    const order = (c / CHUNK + pass) % 2 === 0 ? [0, 1] : [1, 0]
    for (const k of order) {
      const b = builds[k]!
      const a = acc[k]!
      const cpu0 = process.cpuUsage()
      const t0 = performance.now()
      for (const buf of texts.slice(c, c + CHUNK)) {
        let t = performance.now()
        const page = b.readText(buf, opts)
        let now = performance.now()
        a.stage.set('read', (a.stage.get('read') ?? 0) + now - t)
        t = now
        for (const [name, stage] of b.stages) {
          stage(page)
          now = performance.now()
          a.stage.set(name, (a.stage.get(name) ?? 0) + now - t)
          t = now
        }
        a.articles += page.articles.length
      }
      a.wall += performance.now() - t0
      const d = process.cpuUsage(cpu0)
      a.cpu += (d.user + d.system) / 1000
    }
  }
  acc.forEach((a, k) => {
    perCpu[k]!.push(texts.length / (a.cpu / 1000))
    perWall[k]!.push(texts.length / (a.wall / 1000))
    const us = [...a.stage].map(([n, ms]) => `${n} ${((ms * 1000) / a.articles).toFixed(1)}`).join(', ')
    console.log(
      `pass ${pass} ${builds[k]!.name}: ${perWall[k]!.at(-1)!.toFixed(0)} pages/s, ${perCpu[k]!.at(-1)!.toFixed(0)} pages per CPU s; µs per article: ${us}`,
    )
  })
}
const range = (xs: number[]) => `${Math.min(...xs).toFixed(0)}-${Math.max(...xs).toFixed(0)}`
builds.forEach((b, k) =>
  console.log(`${b.name}: ${range(perWall[k]!)} pages/s, ${range(perCpu[k]!)} pages per CPU s`),
)
console.log(`B/A per CPU s, per pass: ${perCpu[1]!.map((x, i) => (x / perCpu[0]![i]!).toFixed(2)).join(' ')}`)
