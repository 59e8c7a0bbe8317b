// Zod schemas for the API's inputs and outputs: they validate requests and generate the OpenAPI 3.1
// document, and the type checks at the bottom keep them equal to the shapes in contract.ts.

import { z } from '@hono/zod-openapi'
import { EVENT_TYPES } from '../events/lexicon.js'
import type * as C from '../read/contract.js'

/** A real calendar day: "2025-13-45" and "2025-02-30" match the pattern but are no day. */
const realDay = (v: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v)
  return !!m && new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)).toISOString().slice(0, 10) === v
}
const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
  .refine(realDay, 'a real day as YYYY-MM-DD')
  .openapi({ example: '2025-05-12' })
const code = z
  .string()
  .regex(/^[A-Z][A-Z0-9_]{1,15}$/, 'an actor code such as RUS, NATO or HAMAS')
  .openapi({ example: 'RUS' })

/** Free text: no control characters (PostgreSQL refuses NUL in text, and none belongs in a query). */
const text = z
  .string()
  .min(1)
  .regex(/^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/, 'text without control characters')

export const WindowQuery = z.object({
  from: date.optional(),
  to: date.optional(),
})

export const ActorParams = z.object({ code: code.openapi({ param: { name: 'code', in: 'path' } }) })
export const DyadParams = z.object({
  a: code.openapi({ param: { name: 'a', in: 'path' } }),
  b: code.openapi({ param: { name: 'b', in: 'path' }, example: 'CHN' }),
})
export const IdParams = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .openapi({ param: { name: 'id', in: 'path' }, example: 1 }),
})

export const RelationsQuery = WindowQuery.extend({
  by: z.enum(['day', 'week', 'month']).default('month'),
  ordered: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
})

export const ActorQuery = WindowQuery.extend({
  limit: z.coerce.number().int().min(1).max(100).default(10),
})

export const EventsQuery = WindowQuery.extend({
  actor: code.optional(),
  a: code.optional(),
  b: code.optional(),
  type: z.enum(EVENT_TYPES).optional(),
  polarity: z.enum(['asserted', 'negated']).optional(),
  modality: z.enum(['actual', 'intended', 'hypothetical', 'alleged']).optional(),
  q: text.max(200).optional(),
  country: z
    .string()
    .regex(/^[A-Z]{3}$/, 'an ISO 3166-1 alpha-3 code such as UKR')
    .optional()
    .openapi({ description: 'Events placed in this state', example: 'UKR' }),
  bbox: z
    .string()
    .regex(/^-?\d+(\.\d+)?(,-?\d+(\.\d+)?){3}$/, 'west,south,east,north in degrees')
    .transform((s) => s.split(',').map(Number) as [number, number, number, number])
    .refine(
      ([w, s, e, n]) => Math.abs(w) <= 180 && Math.abs(e) <= 180 && s >= -90 && n <= 90 && s <= n,
      'longitudes within ±180, latitudes within ±90, south not above north',
    )
    .optional()
    .openapi({
      type: 'string',
      description: 'Events placed in this box: west,south,east,north (west > east crosses the date line)',
      example: '22,44,41,53',
    }),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
})

export const ChangesQuery = z.object({
  beforeFrom: date,
  beforeTo: date,
  afterFrom: date,
  afterTo: date,
  shift: z.coerce.number().min(0).max(20).default(2),
})

export const IngestQuery = z.object({
  name: text
    .max(200)
    .regex(/^[^/\\]+$/, 'a file name without a path')
    .openapi({ example: 'page.html' }),
  url: z.string().url().optional(),
})

const num = z.number()
const nullableNum = z.number().nullable()

const Tally = z
  .object({
    events: num,
    byType: z.record(z.string(), num),
    byQuad: z.object({ 1: num, 2: num, 3: num, 4: num }),
    scoreSum: num,
    scoreMean: nullableNum,
    goldsteinSum: num,
    goldsteinMean: nullableNum,
    negated: num,
    alleged: num,
    hypothetical: num,
    stories: num,
  })
  .openapi('Tally')

const Edge = z
  .object({
    a: z.string(),
    b: z.string(),
    events: num,
    cooperation: num,
    conflict: num,
    scoreSum: num,
    scoreMean: num,
  })
  .openapi('Edge')

const Bloc = z.object({ id: num, members: z.array(z.string()) }).openapi('Bloc')

export const EventItem = z
  .object({
    id: num,
    story: nullableNum,
    article: num,
    date: z.string().nullable(),
    source: z.string().nullable(),
    target: z.string().nullable(),
    type: z.string(),
    mode: z.string().nullable(),
    polarity: z.enum(['asserted', 'negated']),
    modality: z.enum(['actual', 'intended', 'hypothetical', 'alleged']),
    quad: num,
    score: num,
    goldstein: num,
    evidence: z.string(),
    cue: z.string(),
    attribution: z.string().nullable(),
    headline: z.string().nullable(),
    lead: z.string(),
    place: z
      .object({
        name: z.string(),
        text: z.string(),
        precision: z.enum(['city', 'region', 'country', 'dateline']),
        feature: z.enum(['city', 'region', 'sea', 'strait', 'country']),
        country: z.string().nullable(),
        lat: num,
        lon: num,
      })
      .nullable(),
  })
  .openapi('Event')

export const StatsResponse = z
  .object({
    pages: num,
    articles: num,
    stories: num,
    mentions: num,
    events: num,
    eventsByType: z.record(z.string(), num),
    firstDate: z.string().nullable(),
    lastDate: z.string().nullable(),
  })
  .openapi('Stats')

export const GraphResponse = z
  .object({
    from: z.string().nullable(),
    to: z.string().nullable(),
    nodes: z.array(z.object({ id: z.string(), name: z.string(), events: num, selfLoops: num })),
    edges: z.array(Edge),
    blocs: z.array(Bloc),
  })
  .openapi('Graph')

const Counterpart = z.object({
  actor: z.string(),
  events: num,
  cooperation: num,
  conflict: num,
  scoreSum: num,
  scoreMean: nullableNum,
  trend: nullableNum,
})

export const ActorResponse = z
  .object({
    actor: z.string(),
    name: z.string(),
    from: z.string().nullable(),
    to: z.string().nullable(),
    total: Tally,
    partners: z.array(Counterpart),
    adversaries: z.array(Counterpart),
    recent: z.array(EventItem),
  })
  .openapi('Actor')

export const RelationsResponse = z
  .object({
    a: z.string(),
    b: z.string(),
    ordered: z.boolean(),
    by: z.enum(['day', 'week', 'month']),
    total: Tally,
    points: z.array(Tally.extend({ period: z.string() })),
    undated: num,
    undatedTally: Tally,
    names: z.record(z.string(), z.string()),
  })
  .openapi('Relations')

export const EventsResponse = z
  .object({ total: num, limit: num, offset: num, items: z.array(EventItem) })
  .openapi('Events')

const Sighting = z.object({
  article: num,
  page: num,
  pageName: z.string(),
  url: z.string().nullable(),
  seenAt: z.string().nullable(),
})

export const ArticleResponse = z
  .object({
    id: num,
    kind: z.enum(['main', 'teaser']),
    headline: z.string().nullable(),
    dateline: z.array(z.string()),
    agencies: z.array(z.string()),
    date: z.string().nullable(),
    text: z.string(),
    mentions: z.array(z.object({ start: num, end: num, code: z.string().nullable(), kind: z.string() })),
    events: z.array(EventItem.extend({ start: num, end: num })),
    page: z.object({
      id: num,
      name: z.string(),
      url: z.string().nullable(),
      observedAt: z.string().nullable(),
    }),
    story: z.object({ id: num, firstSeen: z.string().nullable(), sightings: z.array(Sighting) }).nullable(),
  })
  .openapi('Article')

export const IngestResponse = z
  .object({ page: nullableNum, duplicate: z.boolean(), articles: num, events: num })
  .openapi('IngestReport')

export const ChangesResponse = z
  .object({
    changes: z.array(
      z.object({
        a: z.string(),
        b: z.string(),
        kind: z.enum(['new', 'gone', 'reversed', 'warmer', 'colder']),
        before: Edge.nullable(),
        after: Edge.nullable(),
      }),
    ),
  })
  .openapi('Changes')

export const ErrorResponse = z
  .object({ error: z.object({ status: num, code: z.string(), message: z.string() }) })
  .openapi('Error')

// The schemas and contract.ts describe the same JSON: each must be assignable to the other.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const same = <T extends true>(): T | undefined => undefined
same<Same<z.infer<typeof StatsResponse>, C.StatsResponse>>()
same<Same<z.infer<typeof EventsResponse>, C.EventsResponse>>()
same<Same<z.infer<typeof ArticleResponse>, C.ArticleResponse>>()
same<Same<z.infer<typeof ErrorResponse>, C.ErrorResponse>>()
same<Same<z.infer<typeof GraphResponse>, C.GraphResponse>>()
