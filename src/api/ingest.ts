// Ingest one page posted to the API: the bytes go through the same readers (format sniffed from the name
// and the first bytes), pipeline and store transaction as `entente ingest`; the crawl time is now.

import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Pipeline } from '../core/pipeline.js'
import { InputError } from '../core/message.js'
import { readInputs } from '../sources/input.js'
import type { Store } from '../store/dialects/types.js'
import { storePage } from '../store/repositories/pages.js'
import { ApiError } from './app.js'
import type { IngestReport } from './ingest-port.js'

export async function ingestBytes(
  store: Store,
  pipeline: Pipeline,
  page: { bytes: Uint8Array; name: string; url?: string },
): Promise<IngestReport> {
  const dir = await mkdtemp(join(tmpdir(), 'entente-post-'))
  try {
    const path = join(dir, page.name)
    await writeFile(path, page.bytes)
    const report: IngestReport = { page: null, duplicate: true, articles: 0, events: 0 }
    for await (const item of readInputs([path], { observedAt: new Date().toISOString() })) {
      if (item instanceof InputError)
        throw new ApiError(400, item.ruleId.replace(/\W/g, '_'), item.message.replace(path, page.name))
      item.source = {
        ...item.source,
        input: `api:${page.name}`,
        name: page.name,
        ...(page.url ? { url: page.url } : {}),
      }
      pipeline.run(item)
      const r = await storePage(store, item)
      if (r.stored) report.duplicate = false
      report.articles += r.articles
      report.events += item.articles.reduce((n, a) => n + (a.events?.length ?? 0), 0)
      const row = await store.db
        .selectFrom('pages')
        .select('id')
        .where('hash', '=', item.hash)
        .executeTakeFirst()
      report.page ??= row ? Number(row.id) : null
    }
    return report
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
