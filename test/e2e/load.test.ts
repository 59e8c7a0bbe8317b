// `entente serve` on loopback under load (a bounded run: 20 connections for 4 s; `npm run reliability` runs
// 200 for 60 s): no errors and no answer other than 2xx across the route mix. No latency assertion here.
// Also: the server closes a client that never finishes its headers (slowloris), and answers an oversized
// page with 413.

import type { ChildProcess } from 'node:child_process'
import { connect } from 'node:net'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openStore, type Store } from '../../src/store/dialects/index.js'
import { readModel } from '../../src/store/read.js'
import { startServer, type RunningServer } from '../../src/api/serve.js'
import { tempDir } from '../helpers/build.js'
import { runLoad, startServe } from '../helpers/load.js'
import { runCli } from '../helpers/crash.js'

const db = join(tempDir(), 'load.db')
let child: ChildProcess
let base: string

beforeAll(async () => {
  const r = await runCli(['ingest', 'examples/pages', '--db', db])
  if (r.status !== 0) throw new Error(r.stderr)
  ;({ child, base } = await startServe(db))
}, 60_000)

afterAll(() => {
  child?.kill('SIGTERM')
})

describe('entente serve under load', () => {
  it('answers every request of the mix with 2xx, without errors', async () => {
    const r = await runLoad(base, 20, 4)
    expect(r.requests).toBeGreaterThan(20)
    expect(r.failures).toEqual({})
    expect([r.errors, r.timeouts, r.non2xx]).toEqual([0, 0, 0])
  }, 60_000)
})

describe('server limits', () => {
  let store: Store
  let server: RunningServer
  beforeAll(async () => {
    store = await openStore(db)
    server = await startServer({
      read: readModel(store),
      token: 'sesame',
      ingest: async () => ({ page: 1, duplicate: false, articles: 0, events: 0 }),
      port: 0,
      maxPageBytes: 1000,
      timeouts: { headersMs: 500, requestMs: 1000, checkMs: 100 },
    })
  })
  afterAll(async () => {
    await server?.close()
    await store?.close()
  })

  it('closes a connection that never finishes its headers', async () => {
    const { port } = new URL(server.url)
    const answer = await new Promise<string>((ok, fail) => {
      const socket = connect(Number(port), '127.0.0.1', () =>
        socket.write('GET /api/stats HTTP/1.1\r\nHost: x\r\n'),
      )
      let got = ''
      socket.on('data', (d) => (got += d.toString()))
      socket.on('close', () => ok(got))
      socket.on('error', fail)
      setTimeout(() => fail(new Error('the server kept the connection open')), 10_000)
    })
    expect(answer).toMatch(/^HTTP\/1\.1 408/)
  }, 20_000)

  it('refuses an oversized page with 413 and the error shape, declared or streamed', async () => {
    const big = 'x'.repeat(5000)
    const declared = await fetch(`${server.url}/api/pages?name=big.txt`, {
      method: 'POST',
      headers: { authorization: 'Bearer sesame' },
      body: big,
    })
    expect(declared.status).toBe(413)
    expect(((await declared.json()) as { error: { code: string } }).error.code).toBe('too_large')
    const streamed = await fetch(`${server.url}/api/pages?name=big.txt`, {
      method: 'POST',
      headers: { authorization: 'Bearer sesame' },
      body: new ReadableStream({
        start(c) {
          for (let i = 0; i < 5; i++) c.enqueue(new TextEncoder().encode(big))
          c.close()
        },
      }),
      duplex: 'half',
    } as RequestInit)
    expect(streamed.status).toBe(413)
    const small = await fetch(`${server.url}/api/pages?name=small.txt`, {
      method: 'POST',
      headers: { authorization: 'Bearer sesame' },
      body: 'OSLO (ANP) - Noorwegen.',
    })
    expect(small.status).toBe(201)
  })

  it('binds to 127.0.0.1 unless told otherwise, and sends no CORS header', async () => {
    const address = (server.server.address() as { address: string }).address
    expect(address).toBe('127.0.0.1')
    for (const path of ['/api/stats', '/openapi.json', '/', '/api/nothing']) {
      const r = await fetch(`${server.url}${path}`, { headers: { origin: 'https://evil.example' } })
      expect(r.headers.get('access-control-allow-origin'), path).toBeNull()
    }
    const preflight = await fetch(`${server.url}/api/pages`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    })
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull()
    expect(preflight.headers.get('access-control-allow-methods')).toBeNull()
  })
})
