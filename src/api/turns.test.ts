import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import autocannon from 'autocannon'
import { describe, expect, it } from 'vitest'
import { takeTurns } from './turns.js'

const nextTurn = () => new Promise<void>((done) => setImmediate(done))

describe('takeTurns', () => {
  it('starts at most perTurn calls per turn, in arrival order, and passes results through', async () => {
    const started: number[] = []
    const handler = takeTurns(async (i: number) => {
      started.push(i)
      return i * 10
    }, 2)
    const results = Promise.all([0, 1, 2, 3, 4].map((i) => handler(i)))
    expect(started).toEqual([0, 1])
    await nextTurn()
    expect(started).toEqual([0, 1, 2, 3])
    await nextTurn()
    expect(started).toEqual([0, 1, 2, 3, 4])
    expect(await results).toEqual([0, 10, 20, 30, 40])
  })

  it('gives a new turn its full allowance once the loop has moved on', async () => {
    const started: number[] = []
    const handler = takeTurns((i: number) => started.push(i), 2)
    handler(0)
    handler(1)
    await nextTurn()
    await nextTurn()
    handler(2)
    handler(3)
    expect(started).toEqual([0, 1, 2, 3])
  })

  it('passes errors of queued calls to their callers', async () => {
    const handler = takeTurns(async (i: number) => {
      if (i === 2) throw new Error('boom')
      return i
    }, 1)
    const all = [0, 1, 2, 3].map((i) => handler(i))
    await expect(all[2]).rejects.toThrow('boom')
    expect(await all[3]).toBe(3)
  })

  it('refuses an allowance below one', () => {
    expect(() => takeTurns(() => 0, 0)).toThrow(RangeError)
  })
})

describe('a busy server', () => {
  // 100 clients connect at once to a server whose every request costs 1 ms of CPU. libuv accepts one
  // connection per event-loop iteration. If an iteration serves every request that is ready, the k-th
  // client waits for an iteration serving the k - 1 clients before it, so the last is accepted after
  // thousands of requests. In turns of 8, each iteration serves at most 8, so the last of 100 clients is
  // accepted after at most about 800. The run is a fixed number of requests, not a duration, and nothing
  // is measured in time, so the counts hold however loaded the machine is.
  const CLIENTS = 100
  const REQUESTS = 20 * CLIENTS
  async function requestsBeforeLastAccept(
    perTurn: number,
  ): Promise<{ accepted: number; before: number; total: number; errors: number }> {
    const busy = (_req: IncomingMessage, res: ServerResponse) => {
      const until = performance.now() + 1
      while (performance.now() < until);
      res.end('ok')
    }
    const server = createServer(takeTurns(busy, perTurn))
    let received = 0
    let accepted = 0
    let before = 0
    server.on('request', () => received++)
    server.on('connection', () => {
      accepted++
      before = received
    })
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
    const { port } = server.address() as AddressInfo
    try {
      const result = await autocannon({
        url: `http://127.0.0.1:${port}`,
        connections: CLIENTS,
        amount: REQUESTS,
        // No request may be given up for slowness: the counts, not the timing, are what is checked.
        timeout: 600,
      })
      return { accepted, before, total: result.requests.total, errors: result.errors }
    } finally {
      server.closeAllConnections()
      await new Promise((ok) => server.close(ok))
    }
  }

  it(
    'accepts every new client within a few requests per client ahead of it',
    { timeout: 60_000 },
    async () => {
      const { accepted, before, total, errors } = await requestsBeforeLastAccept(8)
      expect([total, errors]).toEqual([REQUESTS, 0])
      expect(accepted).toBe(CLIENTS)
      expect(before).toBeLessThanOrEqual(12 * CLIENTS)
    },
  )
})
