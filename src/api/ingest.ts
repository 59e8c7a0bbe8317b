// Ingest one page posted to the API: the bytes go through the same readers (format sniffed from the name
// and the first bytes) and the same ingest service as `entente ingest`; the crawl time is now.

import { InputError } from '../core/message.js'
import type { Pipeline } from '../core/pipeline.js'
import { ingest } from '../ingest/service.js'
import { readBytes } from '../sources/input.js'
import type { Store } from '../store/dialects/types.js'
import { pageIds } from '../store/repositories/pages.js'
import { ApiError } from './app.js'
import type { IngestReport } from './ingest-port.js'

export async function ingestBytes(
  store: Store,
  pipeline: Pipeline,
  page: { bytes: Uint8Array; name: string; url?: string },
): Promise<IngestReport> {
  const report: IngestReport = { page: null, duplicate: true, articles: 0, events: 0 }
  const hashes: string[] = []
  const input = `api:${page.name}`
  const items = readBytes(page.bytes, page.name, {
    input,
    observedAt: new Date().toISOString(),
  })
  async function* withUrl() {
    for await (const item of items) {
      if (item instanceof InputError)
        throw new ApiError(400, item.ruleId.replace(/\W/g, '_'), item.message.replace(input, page.name))
      if (page.url) item.source = { ...item.source, url: page.url }
      yield item
    }
  }
  await ingest(
    store,
    pipeline,
    withUrl(),
    {},
    {
      onPage(p, stored) {
        hashes.push(p.hash)
        if (stored) report.duplicate = false
        if (stored) report.articles += p.articles.length
        report.events += p.articles.reduce((n, a) => n + (a.events?.length ?? 0), 0)
      },
    },
  )
  report.page = (await pageIds(store.db, hashes))[0] ?? null
  return report
}
