// Hostile requests against the API on a real store of each dialect: SQL injection strings, unicode and very
// long values in every query and path parameter are refused with 400 or read as plain values, full-text
// search syntax never makes a 500, writes need the exact bearer token, no response carries a CORS header,
// and afterwards the store holds exactly what it held before.

import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { corpusApi } from '../../test/helpers/api.js'
import { tempDir } from '../../test/helpers/build.js'
import { dropSchemas, pgAvailable, pgSchemaUrl } from '../../test/helpers/pg.js'
import { createDefaultPipeline } from '../index.js'
import type { Store } from '../store/dialects/index.js'
import { canonicalDump } from '../store/repositories/dump.js'
import type { createApp } from './app.js'
import type { EventsResponse } from '../read/contract.js'

const pipeline = createDefaultPipeline()

const HOSTILE = [
  "'; DROP TABLE events;--",
  "RUS'; DELETE FROM pages WHERE '1'='1",
  "%' OR 1=1 --",
  '" OR ""="',
  '1; UPDATE articles SET text = NULL',
  "1' UNION SELECT sql FROM sqlite_master --",
  '$1',
  '?',
  '\\',
  '%00',
  '\u0000',
  'Ｒ𝐔Ｓ\u202e',
  '🇷🇺',
  'x'.repeat(5000),
]

/** Every query parameter of every GET route, and the path parameters, with a valid value for the others. */
const QUERY: Record<string, string[]> = {
  '/api/graph': ['from', 'to'],
  '/api/actors/RUS': ['from', 'to', 'limit'],
  '/api/relations/RUS/NOR': ['from', 'to', 'by', 'ordered'],
  '/api/events': ['from', 'to', 'actor', 'a', 'b', 'type', 'polarity', 'modality', 'q', 'limit', 'offset'],
  '/api/changes?beforeFrom=2025-01-01&beforeTo=2025-01-31&afterFrom=2025-03-01&afterTo=2025-03-31': [
    'beforeFrom',
    'beforeTo',
    'afterFrom',
    'afterTo',
    'shift',
  ],
}
const PATHS = ['/api/actors/{}', '/api/relations/{}/NOR', '/api/relations/RUS/{}', '/api/articles/{}']

const FTS = [
  '"',
  '""',
  '"rusland',
  '*',
  'rus*',
  'NEAR',
  'NEAR(a b)',
  'AND',
  'OR',
  'NOT',
  'a AND',
  '(',
  ')',
  '((',
  '^',
  ':',
  'col:rusland',
  '-',
  "'",
  '`',
  '{',
  'rusland OR "',
  'diplomaten -noorwegen',
  '\u00a0',
  'x'.repeat(200),
]

afterAll(dropSchemas)

const dialects = [
  { name: 'sqlite', skip: false, url: () => join(tempDir(), 'sec.db') },
  { name: 'postgres', skip: !pgAvailable, url: () => pgSchemaUrl('sec') },
]

describe.each(dialects)('hostile requests on $name', ({ skip, url }) => {
  describe.skipIf(skip)('over the synthetic corpus', () => {
    let store: Store
    let app: ReturnType<typeof createApp>
    let before: string

    beforeAll(async () => {
      ;({ store, app } = await corpusApi(url(), pipeline))
      before = JSON.stringify(await canonicalDump(store.db))
    })
    afterAll(async () => store?.close())

    it('refuses injection strings in every parameter with 400, or reads them as plain values', async () => {
      const seen: string[] = []
      for (const [route, params] of Object.entries(QUERY)) {
        for (const param of params) {
          for (const value of HOSTILE) {
            const sep = route.includes('?') ? '&' : '?'
            const r = await app.request(`${route}${sep}${param}=${encodeURIComponent(value)}`)
            const body = (await r.json()) as { error?: { code: string } }
            // Free text (q) is a search for the literal string; everything else is validated.
            const expected =
              param === 'q' && value.length <= 200 && !/[\u0000-\u001f]/.test(value) ? 200 : 400
            expect(r.status, `${route} ${param}=${value.slice(0, 40)}`).toBe(expected)
            if (expected === 400) expect(body.error!.code).toBe('invalid_request')
            else expect((body as unknown as EventsResponse).total).toBe(0)
            seen.push(param)
          }
        }
      }
      for (const path of PATHS) {
        for (const value of HOSTILE) {
          const r = await app.request(path.replace('{}', encodeURIComponent(value)))
          // A path segment that is not a code or an id: 400; one the router cannot even match: 404.
          expect([400, 404], `${path} ${value.slice(0, 40)}`).toContain(r.status)
          const body = (await r.json()) as { error: { code: string } }
          expect(['invalid_request', 'not_found']).toContain(body.error.code)
        }
      }
      expect(new Set(seen).size).toBe(new Set(Object.values(QUERY).flat()).size)
    })

    it('never answers full-text search syntax with a 500', async () => {
      for (const q of FTS) {
        const r = await app.request(`/api/events?q=${encodeURIComponent(q)}`)
        expect(r.status, q).toBe(200)
      }
      // A real word still finds something after all that.
      const ok = (await (await app.request('/api/events?q=diplomaten')).json()) as EventsResponse
      expect(ok.total).toBeGreaterThan(0)
      expect((await app.request(`/api/events?q=${'x'.repeat(201)}`)).status).toBe(400)
      // PostgreSQL refuses NUL in text: the schema refuses it first (it was a 500 there).
      expect((await app.request('/api/events?q=a%00b')).status).toBe(400)
    })

    it('refuses writes without the exact bearer token, and takes no token from elsewhere', async () => {
      const post = (headers: Record<string, string>, query = '') =>
        app.request(`/api/pages?name=hostile.txt${query}`, {
          method: 'POST',
          body: 'OSLO (ANP) - Noorwegen zegt iets over de zee.',
          headers,
        })
      const attempts: Record<string, string>[] = [
        {},
        { authorization: '' },
        { authorization: 'Bearer' },
        { authorization: 'Bearer ' },
        { authorization: 'Bearer sesam' },
        { authorization: 'Bearer sesame2' },
        { authorization: 'Bearer SESAME' },
        { authorization: 'Basic c2VzYW1lOg==' },
        { authorization: 'sesame' },
        { authorization: "Bearer ' OR 1=1 --" },
        { 'x-api-token': 'sesame' },
        { cookie: 'token=sesame' },
      ]
      for (const headers of attempts) {
        const r = await post(headers)
        expect(r.status, JSON.stringify(headers)).toBe(401)
      }
      expect((await post({}, '&token=sesame')).status).toBe(401)
      expect((await post({}, '&access_token=sesame')).status).toBe(401)
      // Path tricks do not reach the write route by another name.
      expect((await app.request('/api/pages/', { method: 'POST', body: 'x' })).status).not.toBe(201)
      expect((await app.request('/API/PAGES?name=a.txt', { method: 'POST', body: 'x' })).status).toBe(404)
      // A hostile page name is refused before anything is read.
      const r = await app.request(`/api/pages?name=${encodeURIComponent('../../etc/passwd')}`, {
        method: 'POST',
        body: 'x',
        headers: { authorization: 'Bearer sesame' },
      })
      expect(r.status).toBe(400)
    })

    it('sends no CORS header, even to a request with an Origin', async () => {
      for (const path of ['/api/stats', '/api/events?q=x', '/api/nothing', '/openapi.json']) {
        const r = await app.request(path, { headers: { origin: 'https://evil.example' } })
        expect(r.headers.get('access-control-allow-origin'), path).toBeNull()
        expect(r.headers.get('access-control-allow-credentials'), path).toBeNull()
      }
    })

    it('leaves the store exactly as it was', async () => {
      expect(JSON.stringify(await canonicalDump(store.db))).toBe(before)
      // The tables the injection strings name are still there and still full.
      const events = await store.db
        .selectFrom('events')
        .select((e) => e.fn.countAll<number>().as('n'))
        .executeTakeFirst()
      expect(Number(events!.n)).toBeGreaterThan(0)
    })
  })
})
