// For crash tests only: ENTENTE_TEST_KILL_AFTER=N makes the process SIGKILL itself inside the transaction of
// the batch holding the N-th page it stores, after every row of that batch is written and before commit. The
// CLI reads the variable and hands the ingest service the hook; the service itself reads no environment.

import type { IngestHooks } from '../ingest/service.js'

export function crashTestHook(env: NodeJS.ProcessEnv = process.env): IngestHooks['beforeCommit'] {
  const n = Number(env.ENTENTE_TEST_KILL_AFTER)
  if (!(n > 0)) return undefined
  let stored = 0
  return async (_trx, results) => {
    stored += results.filter((r) => r.stored).length
    if (stored >= n) process.kill(process.pid, 'SIGKILL')
  }
}
