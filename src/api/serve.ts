// `entente serve`: the API and the dashboard (web/dist) on one origin, bound to 127.0.0.1 unless told
// otherwise.

import { existsSync, readFileSync } from 'node:fs'
import type { Server as HttpServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { serve, type ServerType } from '@hono/node-server'
import { createApp, type ApiOptions } from './app.js'
import { takeTurns } from './turns.js'

export const WEB_ROOT = fileURLToPath(new URL('../../web/dist/', import.meta.url))

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
}

/** How long a client may take (ms): slow or stalled clients are cut off instead of holding sockets. */
export interface ServerTimeouts {
  /** To send the request headers (slowloris). */
  headersMs: number
  /** To send the whole request. */
  requestMs: number
  /** An idle keep-alive connection stays open. */
  keepAliveMs: number
  /** How often the server checks the two above. */
  checkMs: number
}

export const DEFAULT_TIMEOUTS: ServerTimeouts = {
  headersMs: 10_000,
  requestMs: 60_000,
  keepAliveMs: 5_000,
  checkMs: 1_000,
}

export interface ServeOptions extends ApiOptions {
  host?: string
  port?: number
  timeouts?: Partial<ServerTimeouts>
  /** Requests started per event-loop turn, so that a busy server keeps accepting connections (turns.ts). */
  requestsPerTurn?: number
  /** Built dashboard to serve at `/`; the API alone when it is missing. */
  webRoot?: string
}

export interface RunningServer {
  url: string
  server: ServerType
  close(): Promise<void>
}

export function createServerApp(options: ServeOptions) {
  const app = createApp(options)
  const root = resolve(options.webRoot ?? WEB_ROOT)
  // Static files of the dashboard; any other path that is not the API gets index.html (hash routing).
  app.get('*', (c) => {
    const path = c.req.path
    if (path.startsWith('/api/') || path === '/openapi.json') return c.notFound()
    const file = normalize(join(root, decodeURIComponent(path)))
    const inside = file === root || file.startsWith(root + sep)
    const target = inside && existsSync(file) && extname(file) ? file : join(root, 'index.html')
    if (!existsSync(target))
      return c.text('The dashboard is not built: run `npm run build`. The API is under /api.', 404)
    return c.body(readFileSync(target), 200, {
      'content-type': TYPES[extname(target)] ?? 'application/octet-stream',
      'x-content-type-options': 'nosniff',
      'content-security-policy':
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; base-uri 'none'",
    })
  })
  return app
}

export function startServer(options: ServeOptions): Promise<RunningServer> {
  const app = createServerApp(options)
  const host = options.host ?? '127.0.0.1'
  const t = { ...DEFAULT_TIMEOUTS, ...options.timeouts }
  return new Promise((ok) => {
    const server = serve(
      {
        fetch: takeTurns(app.fetch, options.requestsPerTurn),
        hostname: host,
        port: options.port ?? 8080,
        serverOptions: {
          headersTimeout: t.headersMs,
          requestTimeout: t.requestMs,
          connectionsCheckingInterval: t.checkMs,
        },
      },
      (info: AddressInfo) => {
        const name = info.family === 'IPv6' ? `[${info.address}]` : info.address
        ok({
          url: `http://${name}:${info.port}`,
          server,
          close: () => new Promise((done) => server.close(() => done())),
        })
      },
    )
    // serve() makes a plain HTTP server here (no http2 or https options).
    ;(server as HttpServer).keepAliveTimeout = t.keepAliveMs
  })
}
