// The --model and --rules-only options shared by extract, ingest, work and eval: which event decisions to use.

import { statSync } from 'node:fs'
import { join } from 'node:path'
import { loadModel, type EventModel } from '../events/model.js'

/** The event model a command runs with: a trained one from --model DIR|FILE, none with --rules-only, else the bundled one. */
export function modelOption(values: { model?: string; 'rules-only'?: boolean }): {
  model?: EventModel | null
} {
  if (values['rules-only']) return { model: null }
  if (!values.model) return {}
  let path = values.model
  try {
    if (statSync(path).isDirectory()) path = join(path, 'events.model')
  } catch {
    throw new Error(
      `--model ${values.model}: no such file or directory (give the --out DIR of entente train)`,
    )
  }
  return { model: loadModel(path) }
}
