// `entente work`: process pages from the PostgreSQL queue until it is drained (or forever with --follow).

import type { Command } from './args.js'
import { usage } from './args.js'
import { checkInt, dbOption, modelOptions, pipelineOptions, pipelineSpec, str } from './options.js'
import { progressHooks } from './report.js'
import { stopSignal, withStore } from './store.js'

export const work: Command = {
  name: 'work',
  summary: 'process pages from the PostgreSQL queue that `entente enqueue` filled; run as many as you like',
  notes: [
    'A batch is stored and its jobs marked done in one transaction. A failing page is retried with a growing wait, then listed as a dead letter by `entente stats`.',
    'SIGINT or SIGTERM stops after the batch in hand.',
  ],
  options: {
    ...dbOption,
    batch: { type: 'string', value: 'N', help: 'pages to claim at a time', default: '8' },
    poll: {
      type: 'string',
      value: 'MS',
      help: 'wait between looks at an empty queue with --follow',
      default: '1000',
    },
    follow: { type: 'boolean', help: 'keep waiting for more pages when the queue is drained' },
    threads: {
      type: 'string',
      value: 'N|auto',
      help: 'worker threads running the pipeline while this one stores (0: none; auto: the cores beyond two, at most 2)',
      default: 'auto',
    },
    ...modelOptions,
  },
  examples: [
    ['entente work --db postgres://entente@db.example/news', 'work until the queue is drained'],
    ['entente work --db postgres://entente@db.example/news --batch 32 --follow', 'a long-running worker'],
  ],
  async run(args) {
    const { isPostgresUrl, resolveDb } = await import('../store/dialects/index.js')
    if (!isPostgresUrl(resolveDb(str(args, 'db'))))
      usage('work needs --db postgres://... (the queue lives in PostgreSQL)')
    const batch = checkInt(str(args, 'batch'), '--batch', 1)
    const poll = checkInt(str(args, 'poll'), '--poll', 1)
    const { Progress } = await import('./progress.js')
    const { work: runWork } = await import('../ingest/queue.js')
    const { defaultThreads } = await import('../ingest/threads.js')
    const threads =
      str(args, 'threads') === 'auto' ? defaultThreads() : checkInt(str(args, 'threads'), '--threads', 0, 64)
    const spec = await pipelineSpec(args)
    const progress = new Progress(process.stderr)
    return withStore(
      args,
      async (store) => {
        const r = await runWork(
          store,
          async () => (await import('../index.js')).createDefaultPipeline(await pipelineOptions(args)),
          { batch, pollMs: poll, follow: args.values.follow === true, signal: stopSignal() },
          progressHooks(progress),
          { threads: { count: threads, spec } },
        )
        progress.done(r.failed, `; stored ${r.stored} new page(s) (${r.pages - r.stored} already stored)`)
        return r.failed > 0 ? 1 : 0
      },
      true,
    )
  },
}
