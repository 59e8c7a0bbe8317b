// Stages are plugins: a factory checks its options once and returns a function of the page; the pipeline
// is assembled once and run on many pages.

import type { Page } from './doc.js'

export type Stage = (page: Page) => void

export interface Pipeline {
  run(page: Page): Page
}

export function createPipeline(stages: Stage[]): Pipeline {
  return {
    run(page) {
      for (const stage of stages) stage(page)
      return page
    },
  }
}
