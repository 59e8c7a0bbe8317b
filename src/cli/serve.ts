// `entente serve`: the dashboard and the HTTP API over the store.

import type { Pipeline } from '../core/pipeline.js'
import type { Command } from './args.js'
import { checkInt, dbOption, str } from './options.js'

export const serve: Command = {
  name: 'serve',
  summary: 'serve the dashboard at / and the HTTP API under /api (OpenAPI at /openapi.json)',
  options: {
    ...dbOption,
    port: {
      type: 'string',
      value: 'N',
      help: 'the port, 0 for any free one',
      default: process.env.PORT ?? '8080',
    },
    host: { type: 'string', value: 'HOST', help: 'the address to listen on', default: '127.0.0.1' },
  },
  examples: [
    ['entente serve', 'the dashboard of ./entente.db at http://127.0.0.1:8080/'],
    [
      'entente serve --db postgres://entente@db.example/news --port 9000',
      'the dashboard of a PostgreSQL store on port 9000',
    ],
  ],
  notes: [
    'Reads are open. With ENTENTE_API_TOKEN set, POST /api/pages with that bearer token ingests a page.',
  ],
  async run(args) {
    const port = checkInt(str(args, 'port'), '--port', 0, 65535)
    const { openStore, resolveDb } = await import('../store/dialects/index.js')
    const store = await openStore(resolveDb(str(args, 'db')), { create: true })
    const { readModel } = await import('../store/read.js')
    const { startServer } = await import('../api/serve.js')
    const { ingestBytes } = await import('../api/ingest.js')
    const token = process.env.ENTENTE_API_TOKEN || null
    // The pipeline (and its knowledge base) loads on the first posted page, not at start.
    let pipeline: Pipeline | null = null
    const running = await startServer({
      read: readModel(store),
      token,
      async ingest(page) {
        pipeline ??= (await import('../index.js')).createDefaultPipeline()
        return ingestBytes(store, pipeline, page)
      },
      host: str(args, 'host')!,
      port,
    })
    process.stderr.write(
      `entente: serving ${store.location} at ${running.url}/ (API under /api, OpenAPI at /openapi.json)` +
        `${token ? '; writes enabled with the bearer token' : '; read-only (set ENTENTE_API_TOKEN to accept POST /api/pages)'}\n`,
    )
    await new Promise<void>((done) => {
      process.once('SIGINT', () => done())
      process.once('SIGTERM', () => done())
    })
    await running.close()
    await store.close()
    return 0
  },
}
