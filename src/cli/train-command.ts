// `entente train`: rebuild the event model from annotated pages. The work is in train.ts, loaded only
// when the command runs.

import type { Command } from './args.js'

export const train: Command = {
  name: 'train',
  summary: 'rebuild the event model from annotated pages (gold files and annotation records), reproducibly',
  options: {
    gold: {
      type: 'string',
      value: 'DIR',
      help: 'gold files (<page>.gold.json); repeat with --pages for more sets',
    },
    pages: { type: 'string', value: 'DIR', help: 'the pages the gold files answer' },
    annotations: {
      type: 'string',
      value: 'FILE|DIR',
      help: 'annotation records (JSONL), default data/annotations',
    },
    corpus: {
      type: 'string',
      value: 'FILE',
      help: 'the corpus the records point into (JSONL with id and text)',
    },
    out: { type: 'string', value: 'DIR', help: 'where events.model is written (default data/models)' },
    seed: {
      type: 'string',
      value: 'N',
      help: 'the random seed (the same data and seed give the same weights)',
    },
    folds: {
      type: 'string',
      value: 'N',
      help: 'folds for choosing thresholds on held-out predictions (1 skips)',
    },
    fraction: { type: 'string', value: 'F', help: 'train on this share of the pages, in (0, 1]' },
    'no-defaults': { type: 'boolean', help: 'use only the sets named on the command line' },
  },
  examples: [
    ['entente train', 'the bundled model again, from ../shared/silver and data/annotations'],
    [
      'entente train --gold my/gold --pages my/pages --no-defaults --out my-model',
      'a model of your own; use it with entente extract page.txt --model my-model',
    ],
  ],
  async run(args) {
    const { trainCommand } = await import('./train.js')
    return trainCommand(args.argv)
  },
}
