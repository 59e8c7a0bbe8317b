// Entente's public API: read pages from any source and run the pipeline over them.

import { actorStage } from './actors/index.js'
import { loadKnowledgeBase, type KnowledgeBase } from './actors/kb.js'
import { createPipeline, type Pipeline, type Stage } from './core/pipeline.js'
import { eventStage } from './events/index.js'
import type { EventModel } from './events/model.js'
import { languageStage } from './page/language.js'
import { normalizeWord } from './actors/normalize.js'
import { pageStage } from './page/index.js'

export type { Article, Page } from './core/doc.js'
export type { Message } from './core/message.js'
export { InputError } from './core/message.js'
export { readInputs } from './sources/input.js'

export type { ArticleActors, Mention, PersonRef } from './actors/index.js'
export type { CodedEvent } from './events/index.js'

let defaultKb: KnowledgeBase | null = null

/** The bundled knowledge base (data/nl), loaded once per process. */
export function defaultKnowledgeBase(): KnowledgeBase {
  defaultKb ??= loadKnowledgeBase()
  return defaultKb
}

/** The standard stages by name, in order: page reading, language, actors, events. */
export interface PipelineOptions {
  kb?: KnowledgeBase
  /** The learned event decisions: the bundled model when undefined, the rules alone when null. */
  model?: EventModel | null
}

export function defaultStages(options: PipelineOptions = {}): [string, Stage][] {
  const kb = options.kb ?? defaultKnowledgeBase()
  return [
    ['page', pageStage({ isPlace: (s) => kb.places.has(normalizeWord(s)) })],
    ['language', languageStage()],
    ['actors', actorStage({ kb })],
    ['events', eventStage({ model: options.model })],
  ]
}

/** The standard pipeline: page reading, language, actors, events. */
export function createDefaultPipeline(options: PipelineOptions = {}): Pipeline {
  return createPipeline(defaultStages(options).map(([, stage]) => stage))
}
