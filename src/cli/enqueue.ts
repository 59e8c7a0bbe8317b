// `entente enqueue`: read pages into the PostgreSQL queue, for workers (`entente work`) to process.

import type { Command } from './args.js'
import { ingestRun } from './ingest.js'
import { dbOption, inputOptions } from './options.js'
import { INPUTS } from './report.js'

export const enqueue: Command = {
  name: 'enqueue',
  summary: 'read pages into the PostgreSQL queue, for `entente work` to process on any machine',
  args: 'FILE|DIR|GLOB|- ...',
  positionals: INPUTS,
  options: {
    ...dbOption,
    ...inputOptions,
    lease: {
      type: 'string',
      value: 'SECONDS',
      help: 'how long a worker may hold a page; after this, the page of a dead worker is taken over',
      default: '300',
    },
  },
  examples: [
    ['entente enqueue crawl/*.warc.gz --db postgres://entente@db.example/news', 'queue the pages of a crawl'],
    ['entente enqueue - --db postgres://entente@db.example/news < page.html', 'queue one page from stdin'],
  ],
  run: (args) => ingestRun(args, true),
}
