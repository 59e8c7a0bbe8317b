// `entente watch`: keep ingesting what appears in folders (files, WARC crawls) and feeds (by URL) until
// stopped with SIGINT or SIGTERM. Terse log lines on stderr, or JSON lines with --json, and a status line
// on a terminal.

import type { Command } from './args.js'
import { usage } from './args.js'
import { crashTestHook } from './crash-hook.js'
import { checkInt, dbOption, modelOptions, pipelineOptions, str } from './options.js'
import { stopSignal, withStore } from './store.js'

export const watch: Command = {
  name: 'watch',
  summary: 'keep ingesting new and changed files in folders and new items of feeds, until stopped',
  args: 'DIR|URL ...',
  positionals: { min: 1, what: 'a folder or feed URL' },
  options: {
    ...dbOption,
    interval: {
      type: 'string',
      value: 'SECONDS',
      help: 'between polls of a feed (doubled after each failure, up to an hour); folders are looked at every 5 s at most',
      default: '30',
    },
    json: { type: 'boolean', help: 'log JSON lines instead of text' },
    ...modelOptions,
  },
  examples: [
    ['entente watch incoming/ https://example.org/news.rss', 'a folder and a feed, into ./entente.db'],
    [
      'entente watch crawls/ --db postgres://entente@db.example/news --json',
      'WARC files as a crawler writes them, logging JSON lines',
    ],
  ],
  notes: [
    'A file or feed item stored before (same content) is never stored again, across restarts too.',
    'On PostgreSQL, feed polls go through the job queue: of several watch processes, one polls a feed at a time.',
    'SIGINT or SIGTERM stops after the batch being stored.',
  ],
  async run(args) {
    const interval = checkInt(str(args, 'interval'), '--interval', 1, 86_400)
    const feeds = args.positionals.filter((p) => /^https?:\/\//.test(p))
    const folders = args.positionals.filter((p) => !/^https?:\/\//.test(p))
    const { existsSync, statSync } = await import('node:fs')
    for (const f of folders)
      if (!existsSync(f) || !statSync(f).isDirectory())
        usage(`${f} is not a folder (watch takes folders and feed URLs)`)
    const json = args.values.json === true
    const { watch: runWatch } = await import('../ingest/watch.js')
    const { formatEvent, StatusLine } = await import('./watch-log.js')
    const signal = stopSignal()
    const status = new StatusLine(process.stderr, json)
    return withStore(
      args,
      async (store) => {
        const queue = (await store.openQueue?.()) ?? null
        try {
          await runWatch(
            store,
            async () => (await import('../index.js')).createDefaultPipeline(await pipelineOptions(args)),
            {
              folders,
              feeds,
              intervalSeconds: interval,
              signal,
              queue,
              log: (e) =>
                status.log(json ? JSON.stringify({ time: new Date().toISOString(), ...e }) : formatEvent(e)),
              onRound: (s) => status.show(s),
            },
            { beforeCommit: crashTestHook() },
          )
        } finally {
          status.clear()
          await queue?.close()
        }
        return 0
      },
      true,
    )
  },
}
