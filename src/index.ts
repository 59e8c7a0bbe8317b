// Entente's public API: read pages from any source and run the pipeline over them.

import { createPipeline, type Pipeline } from './core/pipeline.js'
import { languageStage } from './page/language.js'
import { pageStage } from './page/index.js'

export type { Article, Page } from './core/doc.js'
export type { Message } from './core/message.js'
export { InputError } from './core/message.js'
export { readInputs } from './sources/input.js'

/** The standard pipeline: page reading, then language. Later stages (actors, events) join here. */
export function createDefaultPipeline(): Pipeline {
  return createPipeline([pageStage(), languageStage()])
}
