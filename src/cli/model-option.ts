// The --model and --rules-only options shared by extract, ingest, work and eval: which event decisions to use.

import { statSync } from 'node:fs'
import { join } from 'node:path'
import { loadModel, type EventModel } from '../events/model.js'

/** The event model a command runs with: a trained one from --model DIR|FILE, none with --rules-only, else the bundled one. */
export function modelOption(values: { model?: string; 'rules-only'?: boolean }): {
  model?: EventModel | null
} {
  if (values['rules-only']) return { model: null }
  const path = modelFile(values.model)
  return path ? { model: loadModel(path) } : {}
}

/** The same choice as a description another thread can act on: the model file's path, or rules alone. */
export function modelSpec(values: { model?: string; 'rules-only'?: boolean }): {
  modelPath?: string
  rulesOnly?: boolean
} {
  if (values['rules-only']) return { rulesOnly: true }
  const path = modelFile(values.model)
  if (!path) return {}
  // Read here once, so a bad file fails the command before any thread starts.
  loadModel(path)
  return { modelPath: path }
}

/** --model DIR|FILE as the model's file. */
function modelFile(model: string | undefined): string | null {
  if (!model) return null
  let path = model
  try {
    if (statSync(path).isDirectory()) path = join(path, 'events.model')
  } catch {
    throw new Error(`--model ${model}: no such file or directory (give the --out DIR of entente train)`)
  }
  return path
}
