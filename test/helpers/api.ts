// The API over a real store filled with the synthetic corpus, as the API and security tests use it.

import { createApp } from '../../src/api/app.js'
import { ingestBytes } from '../../src/api/ingest.js'
import type { Pipeline } from '../../src/core/pipeline.js'
import { openStore, type Store } from '../../src/store/dialects/index.js'
import { readModel } from '../../src/store/read.js'
import { storePage } from '../../src/store/repositories/pages.js'
import { corpus, readCorpusPage } from './corpus.js'

/** Opens the store at `url`, stores the corpus through `pipeline`, and serves it with writes behind `token`. */
export async function corpusApi(
  url: string,
  pipeline: Pipeline,
  token = 'sesame',
): Promise<{ store: Store; app: ReturnType<typeof createApp> }> {
  const store = await openStore(url)
  for (const p of corpus()) await storePage(store, pipeline.run(readCorpusPage(p)))
  const app = createApp({
    read: readModel(store),
    token,
    ingest: (page) => ingestBytes(store, pipeline, page),
  })
  return { store, app }
}
