// `entente eval`: score the engine against hand-made answers (gold files) for a folder of pages.

import type { Command } from './args.js'
import { usage } from './args.js'
import { jsonOption, modelOptions, pipelineOptions, str } from './options.js'

export const evalCommand: Command = {
  name: 'eval',
  summary: 'score the engine against gold answers: articles, fields, actors, people and events',
  options: {
    gold: {
      type: 'string',
      value: 'DIR',
      help: 'a folder of .gold.json files (see ../shared/gold/README.md)',
    },
    pages: { type: 'string', value: 'DIR', help: 'the folder of the pages the gold files describe' },
    actors: {
      type: 'string',
      value: 'FILE',
      help: "the actor codes' table (default: actors.tsv beside --gold)",
    },
    errors: { type: 'boolean', help: 'also print every difference' },
    'by-type': { type: 'boolean', help: 'also score events per PLOVER type' },
    ...jsonOption,
    ...modelOptions,
  },
  examples: [
    ['entente eval --gold ../shared/gold/dev --pages ../shared/samples/zeelandnet', 'a table of scores'],
    ['entente eval --gold my-gold/ --pages my-pages/ --errors', 'your own gold, with every difference'],
  ],
  async run(args) {
    const gold = str(args, 'gold')
    const pages = str(args, 'pages')
    if (!gold || !pages) usage('eval needs --gold DIR and --pages DIR')
    const { existsSync, statSync } = await import('node:fs')
    for (const [flag, dir] of [
      ['--gold', gold],
      ['--pages', pages],
    ] as const)
      if (!existsSync(dir) || !statSync(dir).isDirectory())
        usage(
          `${flag} ${dir}: no such directory${flag === '--gold' ? ' (a folder of .gold.json files)' : ''}`,
        )
    const { formatScores, runEval } = await import('../eval/run.js')
    const { createDefaultPipeline } = await import('../index.js')
    const scores = await runEval({
      goldDir: gold,
      pagesDir: pages,
      actorsTsv: str(args, 'actors') ?? null,
      pipeline: createDefaultPipeline(await pipelineOptions(args)),
    })
    if (args.values.json) process.stdout.write(JSON.stringify(scores, null, 2) + '\n')
    else {
      process.stdout.write(formatScores(scores, gold, args.values['by-type'] === true) + '\n')
      if (args.values.errors) for (const e of scores.errors) process.stdout.write(`  ${e}\n`)
    }
    return 0
  },
}
