// Turn-taking for the server's request handler, so that a busy server still accepts new connections.
//
// libuv (1.45 and later, so Node 20) accepts one new connection per event-loop iteration. Our handlers
// finish in the iteration that reads their request: SQLite answers synchronously, and Kysely's promises
// settle as microtasks. So with many busy keep-alive clients, one iteration serves every request that is
// ready, about 150 of them in the load test, and takes 150-350 ms. A client that is still connecting waits
// one such iteration for each connection queued ahead of it. When 200 clients connected at once, the last
// were accepted after 5-10 s, and some hit the load test's 10 s timeout (docs/reliability.md).
//
// `takeTurns` serves at most `perTurn` requests per iteration. The others wait for the next turn, which
// starts from `setImmediate`, after the loop has polled for I/O and accepted a connection. Requests are
// served in the order they arrived. Each iteration stays short, so new connections are accepted within
// milliseconds, and throughput stays the same: the same requests are served, in more, shorter turns.

export const DEFAULT_REQUESTS_PER_TURN = 8

/** Wraps `handler` so that at most `perTurn` calls start per event-loop turn; the rest queue in order. */
export function takeTurns<A extends unknown[], R>(
  handler: (...args: A) => R,
  perTurn = DEFAULT_REQUESTS_PER_TURN,
): (...args: A) => R | Promise<Awaited<R>> {
  if (!(perTurn >= 1)) throw new RangeError(`perTurn must be 1 or more, not ${perTurn}`)
  // Starts left in this turn; a new turn begins in the check phase after the next poll for I/O.
  let left = perTurn
  let turnScheduled = false
  const waiting: (() => void)[] = []

  const nextTurn = () => {
    turnScheduled = false
    left = perTurn
    while (left > 0 && waiting.length > 0) {
      left--
      waiting.shift()!()
    }
    if (waiting.length > 0 || left < perTurn) scheduleTurn()
  }
  const scheduleTurn = () => {
    if (turnScheduled) return
    turnScheduled = true
    setImmediate(nextTurn)
  }

  return (...args: A) => {
    scheduleTurn()
    if (left > 0 && waiting.length === 0) {
      left--
      return handler(...args)
    }
    return new Promise<void>((go) => waiting.push(go)).then(() => handler(...args)) as Promise<Awaited<R>>
  }
}
