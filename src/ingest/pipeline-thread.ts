// A worker thread of the ingest service: runs the pipeline and prepares pages for storing (fingerprints), a
// batch at a time, and hands them back to the thread that writes the store. Started by threads.ts.

import { parentPort, workerData } from 'node:worker_threads'
import type { Page } from '../core/doc.js'
import { createDefaultPipeline } from '../index.js'
import { loadModel } from '../events/model.js'
import { preparePage } from '../store/repositories/pages.js'
import type { PipelineSpec, ThreadReply, ThreadRequest } from './threads.js'

const spec = workerData as PipelineSpec
const pipeline = createDefaultPipeline(
  spec.rulesOnly ? { model: null } : spec.modelPath ? { model: loadModel(spec.modelPath) } : {},
)

parentPort!.on('message', ({ id, pages }: ThreadRequest) => {
  const results = pages.map((page: Page) => {
    try {
      return { prepared: preparePage(pipeline.run(page)) }
    } catch (e) {
      return { error: (e as Error).message }
    }
  })
  parentPort!.postMessage({ id, results } satisfies ThreadReply)
})
