// DEV ONLY: a Vite dev-server middleware that answers /api/... from generated fixtures (fixtures.ts), so
// the dashboard can be developed and looked at without `entente serve`. Not part of the product build and
// not a test of the real API.
import type { Plugin } from 'vite'
import type * as MockApi from './mock-api.js'

export function mockApi(): Plugin {
  return {
    name: 'entente-mock-api',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use('/api', (req, res) => {
        void (async () => {
          // Loaded through Vite so the fixtures can use src/graph (TypeScript with .js imports).
          const mod = (await server.ssrLoadModule('/dev/mock-api.ts')) as typeof MockApi
          const { status, body } = mod.answer(req.method ?? 'GET', req.url ?? '/')
          res.statusCode = status
          res.setHeader('content-type', 'application/json; charset=utf-8')
          res.end(JSON.stringify(body))
        })().catch((e: unknown) => {
          res.statusCode = 500
          res.setHeader('content-type', 'application/json; charset=utf-8')
          res.end(JSON.stringify({ error: { status: 500, code: 'mock_failed', message: String(e) } }))
        })
      })
    },
  }
}
