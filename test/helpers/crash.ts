// Crash runs: the built CLI's ingest killed with SIGKILL at seeded random points, then run again to the end;
// each time the store must equal a clean run's (canonical dump): nothing lost, nothing counted twice.
// Used by test/e2e/crash.test.ts (a few points) and scripts/reliability.ts (twenty).

import { seeded } from '../../src/core/random.js'
import { spawn } from 'node:child_process'
import { openStore } from '../../src/store/dialects/index.js'
import { canonicalDump, type CanonicalDump } from '../../src/store/repositories/dump.js'
import { tempDir, writeIn } from './build.js'
import { corpus, corpusWarc, type CorpusPage } from './corpus.js'

const cli = 'dist/cli/main.js'
/** Pages per transaction in the runs that are killed (the clean run and re-runs take the default). */
const KILLED_BATCH = 5

/** The synthetic corpus several times over, each copy with its own update line and a later crawl time: many
 * pages, many near-duplicate stories to merge, so kills land in every phase of a page's transaction. */
export function crashCorpus(copies = 4): Buffer {
  const pages: CorpusPage[] = []
  for (let k = 0; k < copies; k++)
    for (const p of corpus())
      pages.push({
        ...p,
        name: `${k}-${p.name}`,
        observedAt: new Date(Date.parse(p.observedAt) + k * 3_600_000).toISOString(),
        text: `${p.text}\nBijgewerkt om ${10 + k}.00 uur\n`,
      })
  return corpusWarc(pages, true)
}

export interface Ran {
  status: number | null
  signal: NodeJS.Signals | null
  ms: number
  stderr: string
}

/** Run the CLI; SIGKILL it after `killAfterMs` when given. */
export function runCli(args: string[], env: Record<string, string> = {}, killAfterMs?: number): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const e: NodeJS.ProcessEnv = { ...process.env, ...env }
    delete e.ENTENTE_DB
    const started = performance.now()
    const child = spawn('node', [cli, ...args], { env: e, stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (d) => (stderr += d))
    const timer = killAfterMs === undefined ? null : setTimeout(() => child.kill('SIGKILL'), killAfterMs)
    child.on('error', reject)
    child.on('close', (status, signal) => {
      if (timer) clearTimeout(timer)
      resolve({ status, signal, ms: performance.now() - started, stderr })
    })
  })
}

export async function dumpOf(db: string): Promise<CanonicalDump> {
  const store = await openStore(db)
  try {
    return await canonicalDump(store.db)
  } finally {
    await store.close()
  }
}

export interface KillPoint {
  /** `timer`: SIGKILL from outside after `at` ms; `hook`: the process kills itself inside page `at`'s transaction. */
  how: 'timer' | 'hook'
  at: number
  /** Whether the kill landed (the process died by SIGKILL) and how many pages were stored when it did. */
  killed: boolean
  pagesAtKill: number
  /** Pipeline threads of the killed run. */
  threads: number
  /** The store after the re-run equals the clean run's. */
  identical: boolean
}

/**
 * For each point: a fresh store, an ingest killed at that point, a re-run to the end, and a comparison with
 * the clean dump. Points alternate between a random delay into the part of the clean run that stores pages
 * and a random page.
 */
export async function crashPoints(options: {
  input: string
  clean: CanonicalDump
  cleanMs: number
  /** How long the CLI takes before it reads pages (process start, knowledge base): timer kills land after it. */
  startMs: number
  pages: number
  points: number
  seed: number
  freshDb: () => string
  onPoint?: (p: KillPoint, i: number) => void
}): Promise<KillPoint[]> {
  const rand = seeded(options.seed)
  const out: KillPoint[] = []
  for (let i = 0; i < options.points; i++) {
    const db = options.freshDb()
    const how = i % 2 === 0 ? 'timer' : 'hook'
    const at =
      how === 'timer'
        ? Math.round(options.startMs + (options.cleanMs - options.startMs) * rand())
        : 1 + Math.floor(rand() * options.pages)
    // The killed run stores small batches, so kills land before, inside and between batches, with the
    // pipeline in one or two worker threads (points 0-1 one, 2-3 two, and so on); the re-run stores the rest
    // in batches cut elsewhere, in the main thread, and must still end as the clean run did.
    const threads = String(1 + (Math.floor(i / 2) % 2))
    const killedRun = [
      'ingest',
      options.input,
      '--db',
      db,
      '--batch',
      String(KILLED_BATCH),
      '--threads',
      threads,
    ]
    const first =
      how === 'timer'
        ? await runCli(killedRun, {}, at)
        : await runCli(killedRun, { ENTENTE_TEST_KILL_AFTER: String(at) })
    const killed = first.signal === 'SIGKILL'
    // A kill before the store was made leaves nothing to count.
    const pagesAtKill = await dumpOf(db).then(
      (d) => d.pages.length,
      () => 0,
    )
    const rerun = await runCli(['ingest', options.input, '--db', db])
    if (rerun.status !== 0) throw new Error(`re-run after kill point ${i} failed: ${rerun.stderr}`)
    const after = await dumpOf(db)
    const point = {
      how,
      at,
      threads: Number(threads),
      killed,
      pagesAtKill,
      identical: JSON.stringify(after) === JSON.stringify(options.clean),
    } as KillPoint
    options.onPoint?.(point, i)
    out.push(point)
  }
  return out
}

/** The time an ingest takes to start and stop without a page to store (an empty input). */
export async function startupMs(db: string): Promise<number> {
  const empty = writeIn(tempDir(), 'empty.txt', '')
  return (await runCli(['ingest', empty, '--db', db])).ms
}
