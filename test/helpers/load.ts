// Load on the HTTP API (autocannon): many connections for a while over a mix of routes (stats, graph, an
// actor, a dyad, filtered and searched events, an article, the OpenAPI document, a dashboard asset).
// Used by test/e2e/load.test.ts (a few connections, a few seconds) and scripts/reliability.ts (200 for 60 s).

import { spawn, type ChildProcess } from 'node:child_process'
import autocannon from 'autocannon'

export interface LoadResult {
  connections: number
  seconds: number
  requests: number
  requestsPerSecond: number
  p50: number
  p90: number
  p99: number
  max: number
  errors: number
  timeouts: number
  non2xx: number
  /** Paths that answered other than 2xx, with a count: empty when all went well. */
  failures: Record<string, number>
}

/** The routes of the mix, with real ids and codes read from the running API. */
export async function routeMix(base: string): Promise<string[]> {
  const events = (await (await fetch(`${base}/api/events?limit=20`)).json()) as {
    items: { article: number; source: string | null; target: string | null }[]
  }
  const dyad = events.items.find((e) => e.source && e.target && e.source !== e.target)
  if (!dyad) throw new Error('the store has no event between two actors to load-test with')
  const html = await (await fetch(`${base}/`)).text()
  const asset = /src="\.?(\/assets\/[^"]+\.js)"/.exec(html)?.[1]
  if (!asset) throw new Error('the dashboard is not built (npm run build)')
  return [
    '/api/stats',
    '/api/graph',
    '/api/graph?from=2025-03-01&to=2025-03-31',
    `/api/actors/${dyad.source}`,
    `/api/relations/${dyad.source}/${dyad.target}?by=day`,
    `/api/events?actor=${dyad.source}&limit=20`,
    '/api/events?type=SANCTION&polarity=asserted&limit=10',
    '/api/events?q=diplomaten&limit=10',
    `/api/articles/${events.items[0]!.article}`,
    '/openapi.json',
    asset,
  ]
}

export async function runLoad(base: string, connections: number, seconds: number): Promise<LoadResult> {
  const paths = await routeMix(base)
  const failures: Record<string, number> = {}
  let instance: autocannon.Instance | undefined
  const done = new Promise<autocannon.Result>((ok, fail) => {
    instance = autocannon(
      {
        url: base,
        connections,
        duration: seconds,
        // Each connection walks the mix in turn.
        requests: paths.map((path) => ({ method: 'GET' as const, path })),
      },
      (err, result) => (err ? fail(err) : ok(result)),
    )
  })
  instance!.on('response', (client, status) => {
    if (status < 200 || status >= 300) {
      // With one request in flight per connection, the iterator's current request is the one answered.
      const path =
        (client as unknown as { requestIterator?: { currentRequest?: { path?: string } } }).requestIterator
          ?.currentRequest?.path ?? '?'
      failures[`${status} ${path}`] = (failures[`${status} ${path}`] ?? 0) + 1
    }
  })
  const r = await done
  return {
    connections,
    seconds,
    requests: r.requests.total,
    requestsPerSecond: r.requests.average,
    p50: r.latency.p50,
    p90: r.latency.p90,
    p99: r.latency.p99,
    max: r.latency.max,
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
    failures,
  }
}

/** Starts `entente serve` over a store on a free loopback port; resolves with its base URL once it listens. */
export async function startServe(db: string): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn('node', ['dist/cli/main.js', 'serve', '--db', db, '--port', '0'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  const base = await new Promise<string>((ok, fail) => {
    let err = ''
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString()
      const m = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(err)
      if (m) ok(m[1]!)
    })
    child.on('exit', () => fail(new Error(err)))
  })
  return { child, base }
}
