// `entente watch` on SQLite and PostgreSQL: a feed served on loopback (with ETag) and a watched folder; a new
// feed item and a new file reach the API within the latency target, a failing feed is reported and kept, an
// item seen before is not stored again after a restart, and (PostgreSQL) feed polls go through the job queue,
// so two watching processes poll a feed one at a time (without the queue they ask at the same moments).
// The CLI itself is run once to check that SIGTERM stops it cleanly.

import { spawn } from 'node:child_process'
import { createServer, type Server } from 'node:http'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../src/api/app.js'
import { createDefaultPipeline } from '../../src/index.js'
import { watch, type WatchEvent } from '../../src/ingest/watch.js'
import { openStore, type Store } from '../../src/store/dialects/index.js'
import { readModel } from '../../src/store/read.js'
import { stats } from '../../src/store/repositories/stats.js'
import { tempDir } from '../helpers/build.js'
import { dropSchemas, pgAvailable, pgSchemaUrl } from '../helpers/pg.js'

const pipeline = createDefaultPipeline()
const LATENCY_MS = 60_000

const item = (title: string, body: string, n: number) =>
  `<item><title>${title}</title><link>http://127.0.0.1/nieuws/${n}</link>` +
  `<pubDate>Tue, 10 Feb 2026 08:0${n}:00 GMT</pubDate><description>${body}</description></item>`
const first = item(
  'Zweden zet Russische diplomaten uit',
  'STOCKHOLM (ANP) - Zweden zet twee Russische diplomaten het land uit wegens spionage.',
  1,
)
const second = item(
  'Finland sluit grens',
  'HELSINKI (ANP) - Finland sluit de grensovergangen met Rusland. De regering in Helsinki beschuldigt Moskou ervan migranten naar de grens te sturen.',
  2,
)

/** A feed on loopback: its items can change, it answers If-None-Match with 304, and /broken always fails. */
class FeedServer {
  items = [first]
  requests = { feed: 0, notModified: 0, broken: 0 }
  /** When each request for the feed came (ms). */
  times: number[] = []
  private server: Server = createServer((req, res) => {
    if (req.url === '/broken') {
      this.requests.broken++
      res.writeHead(500).end()
      return
    }
    this.requests.feed++
    this.times.push(Date.now())
    const body = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Test</title>${this.items.join('')}</channel></rss>`
    const etag = `"${this.items.length}"`
    if (req.headers['if-none-match'] === etag) {
      this.requests.notModified++
      res.writeHead(304).end()
      return
    }
    res.writeHead(200, { 'content-type': 'application/rss+xml', etag }).end(body)
  })
  url = ''
  async start() {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r))
    const { port } = this.server.address() as { port: number }
    this.url = `http://127.0.0.1:${port}`
  }
  stop() {
    return new Promise((r) => this.server.close(r))
  }
}

async function until<T>(what: () => Promise<T | null | undefined | false>, ms = LATENCY_MS): Promise<T> {
  const end = Date.now() + ms
  for (;;) {
    const v = await what()
    if (v) return v
    if (Date.now() > end) throw new Error(`not within ${ms} ms`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

/** Events matching the search words, through the API. */
async function found(app: ReturnType<typeof createApp>, q: string): Promise<number> {
  const r = await app.request(`/api/events?q=${encodeURIComponent(q)}`)
  return ((await r.json()) as { total: number }).total
}

afterAll(dropSchemas)

const dialects = [
  { name: 'sqlite', skip: false, url: () => join(tempDir(), 'watch.db') },
  { name: 'postgres', skip: !pgAvailable, url: () => pgSchemaUrl('watch') },
]

describe.each(dialects)('entente watch on $name', ({ skip, url }) => {
  const feeds = new FeedServer()
  beforeAll(() => feeds.start())
  afterAll(() => feeds.stop())

  it.skipIf(skip)(
    'brings a new feed item and a new file to the API within the latency target, and never stores one twice',
    async () => {
      const db = url()
      const folder = tempDir()
      const run = async (store: Store, events: WatchEvent[]) => {
        const stop = new AbortController()
        const queue = (await store.openQueue?.()) ?? null
        const done = watch(store, pipeline, {
          folders: [folder],
          feeds: [`${feeds.url}/feed.rss`, `${feeds.url}/broken`],
          intervalSeconds: 1,
          signal: stop.signal,
          queue,
          log: (e) => events.push(e),
        })
        return {
          stop: async () => {
            stop.abort()
            await done
            await queue?.close()
          },
        }
      }
      const store = await openStore(db)
      const app = createApp({ read: readModel(store) })
      try {
        const events: WatchEvent[] = []
        const running = await run(store, events)
        // The feed's first item is stored; then a new item appears and a file is dropped in the folder.
        await until(() => found(app, 'spionage'))
        const t0 = Date.now()
        feeds.items = [second, first]
        writeFileSync(
          join(folder, 'oekraine.txt'),
          'KYIV (ANP) - Oekraïne en Polen hebben een akkoord gesloten over de uitvoer van graan.\n',
        )
        await until(() => found(app, 'grensovergangen'))
        await until(() => found(app, 'graan'))
        expect(Date.now() - t0).toBeLessThan(LATENCY_MS)
        // Unchanged polls are answered 304; the broken feed is reported, with a growing wait, and kept.
        await until(async () => feeds.requests.notModified > 0)
        await until(async () => events.some((e) => e.event === 'feed-failed' && e.failures >= 2), 20_000)
        const failed = events.filter((e) => e.event === 'feed-failed')
        expect(failed.map((e) => (e as { retryInSeconds: number }).retryInSeconds).slice(0, 2)).toEqual([
          2, 4,
        ])
        await running.stop()
        expect(events.at(-1)).toEqual({ event: 'stop', stored: 3 })
        const before = await stats(store.db)
        expect(before.pages).toBe(3)

        // A restart sees the same feed items and file: nothing is stored again.
        feeds.requests.notModified = 0
        const again: WatchEvent[] = []
        const rerun = await run(store, again)
        await until(async () => feeds.requests.feed > 0 && again.some((e) => e.event === 'feed-failed'))
        await new Promise((r) => setTimeout(r, 1500))
        await rerun.stop()
        expect(again.filter((e) => e.event === 'stored')).toEqual([])
        expect((await stats(store.db)).pages).toBe(before.pages)
      } finally {
        await store.close()
      }
    },
    120_000,
  )
})

describe.skipIf(!pgAvailable)('two entente watch processes on one PostgreSQL store', () => {
  it('share a feed through the job queue: one poll at a time, never two at once', async () => {
    const feeds = new FeedServer()
    await feeds.start()
    const url = pgSchemaUrl('watchers')
    const stores = [await openStore(url), await openStore(url)]
    const stop = new AbortController()
    try {
      const queues = await Promise.all(stores.map((s) => s.openQueue!()))
      const polls = [0, 0]
      const running = stores.map((store, i) =>
        watch(store, pipeline, {
          folders: [],
          feeds: [`${feeds.url}/feed.rss`],
          intervalSeconds: 1,
          signal: stop.signal,
          queue: queues[i],
          log: (e) => {
            if (e.event === 'feed-unchanged' || e.event === 'stored') polls[i]!++
          },
        }),
      )
      await until(async () => feeds.times.length >= 5, 60_000)
      stop.abort()
      await Promise.all(running)
      for (const q of queues) await q!.close()
      // Each poll is scheduled a second after the last one ended, by whichever process took the last one:
      // two processes polling on their own would ask at nearly the same moments.
      const gaps = feeds.times.slice(1).map((t, i) => t - feeds.times[i]!)
      expect(Math.min(...gaps)).toBeGreaterThanOrEqual(900)
      // Every request was a poll one of the two logged, but for one that the stop may have cut short.
      expect(polls[0]! + polls[1]!).toBeGreaterThanOrEqual(feeds.times.length - 1)
      expect((await stats(stores[0]!.db)).pages).toBe(1)
    } finally {
      stop.abort()
      await Promise.all(stores.map((s) => s.close()))
      await feeds.stop()
    }
  }, 90_000)
})

describe('the entente watch command', () => {
  it('logs JSON lines and stops cleanly on SIGTERM', async () => {
    const folder = tempDir()
    writeFileSync(
      join(folder, 'a.txt'),
      'OSLO (ANP) - Noorwegen en Zweden werken samen aan de grensbewaking.\n',
    )
    const db = join(tempDir(), 'cli.db')
    const child = spawn(
      'node',
      ['dist/cli/main.js', 'watch', folder, '--db', db, '--json', '--interval', '1'],
      {
        stdio: ['ignore', 'ignore', 'pipe'],
        env: { ...process.env, ENTENTE_DB: '' },
      },
    )
    let stderr = ''
    child.stderr.on('data', (d) => (stderr += d))
    await until(async () => stderr.includes('"event":"stored"'), 60_000)
    child.kill('SIGTERM')
    const status = await new Promise((r) => child.on('close', (code) => r(code)))
    expect(status).toBe(0)
    const lines = stderr
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { event: string; stored?: number })
    expect(lines[0]!.event).toBe('start')
    expect(lines.at(-1)).toMatchObject({ event: 'stop', stored: 1 })
  }, 90_000)
})
