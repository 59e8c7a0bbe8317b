// The HTTP API (Hono): small routes over a ReadModel, validated with zod, described by an OpenAPI 3.1
// document generated from the same schemas. Errors become `{ error: { status, code, message } }` in one
// place. Reads are open; writes (POST /api/pages) need the bearer token from configuration.

import { OpenAPIHono, createRoute, type z } from '@hono/zod-openapi'
import { bodyLimit } from 'hono/body-limit'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { buildGraph, edgeChanges } from '../graph/blocs.js'
import { MAX_PAGE_BYTES } from '../sources/page.js'
import { actorName } from './names.js'
import type { ReadModel } from '../read/model.js'
import type { PageIngester } from './ingest-port.js'
import * as S from './schemas.js'

export interface ApiOptions {
  read: ReadModel
  /** Ingests a posted page; without it (or without a token) POST /api/pages answers 403. */
  ingest?: PageIngester
  /** Bearer token that writes need; writes are refused when none is configured. */
  token?: string | null
  /** Largest page body accepted by POST /api/pages, in bytes. */
  maxPageBytes?: number
}

export class ApiError extends HTTPException {
  constructor(
    status: ContentfulStatusCode,
    readonly code: string,
    message: string,
  ) {
    super(status, { message })
  }
}

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { 'application/json': { schema } },
  description,
})
const errors = {
  400: json(S.ErrorResponse, 'Invalid request'),
  404: json(S.ErrorResponse, 'Not found'),
}

export function createApp(options: ApiOptions): OpenAPIHono {
  const { read } = options
  const app = new OpenAPIHono({
    // A request that fails validation answers 400 with the first problem, in the error shape.
    defaultHook: (result, c) => {
      if (!result.success) {
        const issue = result.error.issues[0]
        const where = issue?.path.join('.') || 'request'
        return c.json(
          {
            error: {
              status: 400,
              code: 'invalid_request',
              message: `${where}: ${issue?.message ?? 'invalid'}`,
            },
          },
          400,
        )
      }
    },
  })

  app.onError((err, c) => {
    if (err instanceof ApiError) {
      return c.json({ error: { status: err.status, code: err.code, message: err.message } }, err.status)
    }
    if (err instanceof HTTPException) {
      return c.json({ error: { status: err.status, code: 'http_error', message: err.message } }, err.status)
    }
    console.error(err)
    return c.json({ error: { status: 500, code: 'internal', message: 'internal error' } }, 500)
  })
  app.notFound((c) =>
    c.json({ error: { status: 404, code: 'not_found', message: `no route ${c.req.path}` } }, 404),
  )

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/stats',
      summary: 'What the store holds; with a window, the stories and events dated in it',
      request: { query: S.WindowQuery },
      responses: {
        200: json(S.StatsResponse, 'Counts of pages, articles, stories, mentions and events'),
        400: errors[400],
      },
    }),
    async (c) => c.json(await read.stats(c.req.valid('query')), 200),
  )

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/graph',
      summary: 'The relations graph of a window: actors, edges and blocs',
      request: { query: S.WindowQuery },
      responses: { 200: json(S.GraphResponse, 'Nodes, edges and blocs'), 400: errors[400] },
    }),
    async (c) => {
      const { from, to } = c.req.valid('query')
      const g = await buildGraph(read, { from, to }, actorName)
      const nodes = g.nodes.map(({ bloc: _, ...n }) => n)
      return c.json({ from: from ?? null, to: to ?? null, nodes, edges: g.edges, blocs: g.blocs }, 200)
    },
  )

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/actors/{code}',
      summary: "An actor's partners and adversaries, with trend, and its recent events",
      request: { params: S.ActorParams, query: S.ActorQuery },
      responses: { 200: json(S.ActorResponse, 'Actor summary'), 400: errors[400], 404: errors[404] },
    }),
    async (c) => {
      const { code } = c.req.valid('param')
      const { from, to, limit } = c.req.valid('query')
      const summary = await read.actorSummary({ actor: code, from, to, limit })
      if (!summary) throw new ApiError(404, 'unknown_actor', `no events for actor ${code}`)
      const recent = await read.events({ actor: code, from, to }, 10, 0)
      return c.json({ ...summary, name: actorName(code), recent: recent.items }, 200)
    },
  )

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/relations/{a}/{b}',
      summary: 'The timeline of a dyad: counts by type and quad class, scores, negated and alleged apart',
      request: { params: S.DyadParams, query: S.RelationsQuery },
      responses: { 200: json(S.RelationsResponse, 'Dyad timeline'), 400: errors[400] },
    }),
    async (c) => {
      const { a, b } = c.req.valid('param')
      const { from, to, by, ordered } = c.req.valid('query')
      const timeline = await read.dyadTimeline({ a, b, ordered, by, from, to })
      return c.json({ ...timeline, names: { [a]: actorName(a), [b]: actorName(b) } }, 200)
    },
  )

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/events',
      summary: 'Events with filters and full-text search, newest first, paged',
      request: { query: S.EventsQuery },
      responses: { 200: json(S.EventsResponse, 'A page of events'), 400: errors[400] },
    }),
    async (c) => {
      const { limit, offset, ...filter } = c.req.valid('query')
      const page = await read.events(filter, limit, offset)
      return c.json({ ...page, limit, offset }, 200)
    },
  )

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/articles/{id}',
      summary: 'An article with its mentions, events (evidence spans) and the sightings of its story',
      request: { params: S.IdParams },
      responses: { 200: json(S.ArticleResponse, 'Article'), 400: errors[400], 404: errors[404] },
    }),
    async (c) => {
      const { id } = c.req.valid('param')
      const article = await read.article(id)
      if (!article) throw new ApiError(404, 'not_found', `no article ${id}`)
      return c.json(article, 200)
    },
  )

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/changes',
      summary: 'What changed between two windows: new and gone ties, reversals, warmer and colder ties',
      request: { query: S.ChangesQuery },
      responses: { 200: json(S.ChangesResponse, 'Changed ties'), 400: errors[400] },
    }),
    async (c) => {
      const q = c.req.valid('query')
      const before = await read.edges({ from: q.beforeFrom, to: q.beforeTo })
      const after = await read.edges({ from: q.afterFrom, to: q.afterTo })
      return c.json({ changes: edgeChanges(before, after, q.shift) }, 200)
    },
  )

  // The body is counted as it arrives, declared length or not (chunked): an oversized page is cut off at the
  // limit instead of being read whole into memory first.
  const maxPageBytes = options.maxPageBytes ?? MAX_PAGE_BYTES
  app.use(
    '/api/pages',
    bodyLimit({
      maxSize: maxPageBytes,
      onError: (c) =>
        c.json(
          {
            error: { status: 413, code: 'too_large', message: `pages are limited to ${maxPageBytes} bytes` },
          },
          413,
        ),
    }),
  )
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' })
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/pages',
      summary: 'Ingest one page (text, HTML, WARC or feed) into the store',
      security: [{ bearer: [] }],
      request: {
        query: S.IngestQuery,
        body: {
          content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
          required: true,
        },
      },
      responses: {
        201: json(S.IngestResponse, 'Stored'),
        200: json(S.IngestResponse, 'Already stored: nothing added'),
        400: errors[400],
        401: json(S.ErrorResponse, 'No or wrong bearer token'),
        403: json(S.ErrorResponse, 'Writes are not enabled'),
        413: json(S.ErrorResponse, 'Page too large'),
      },
    }),
    async (c) => {
      if (!options.token || !options.ingest)
        throw new ApiError(
          403,
          'writes_disabled',
          'writes need a token in the configuration (ENTENTE_API_TOKEN)',
        )
      const auth = c.req.header('authorization') ?? ''
      if (!timingSafeEqual(auth, `Bearer ${options.token}`))
        throw new ApiError(401, 'unauthorized', 'a valid bearer token is required')
      const { name, url } = c.req.valid('query')
      const max = maxPageBytes
      const declared = Number(c.req.header('content-length') ?? '0')
      if (declared > max) throw new ApiError(413, 'too_large', `pages are limited to ${max} bytes`)
      const bytes = new Uint8Array(await c.req.arrayBuffer())
      if (bytes.length > max) throw new ApiError(413, 'too_large', `pages are limited to ${max} bytes`)
      if (bytes.length === 0) throw new ApiError(400, 'empty_page', 'the request body is empty')
      const report = await options.ingest({ bytes, name, url })
      return c.json(report, report.duplicate ? 200 : 201)
    },
  )

  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Entente API',
      version: '1',
      description: 'Relations between states from news pages: events, dyads, actors, blocs and evidence.',
    },
  })
  return app
}

/** Compares two strings in time that does not depend on where they differ. */
function timingSafeEqual(a: string, b: string): boolean {
  let diff = a.length ^ b.length
  for (let i = 0; i < Math.max(a.length, b.length); i++)
    diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0)
  return diff === 0
}
