// Event places through the store and the API on both dialects: the 0006 migration (up, down, up again),
// places stored as the pipeline found them, and the event list's `country=` and `bbox=` filters.

import { join } from 'node:path'
import { Migrator, type Migration } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { corpusApi } from '../../test/helpers/api.js'
import { tempDir } from '../../test/helpers/build.js'
import { corpus, readCorpusPage } from '../../test/helpers/corpus.js'
import { dropSchemas, pgAvailable, pgSchemaUrl } from '../../test/helpers/pg.js'
import { createDefaultPipeline } from '../index.js'
import { openStore, type Store } from '../store/dialects/index.js'
import { migrations } from '../store/migrations.js'
import type { createApp } from './app.js'
import type { ErrorResponse, EventsResponse } from '../read/contract.js'

const pipeline = createDefaultPipeline()
const dialects = [
  { name: 'sqlite', skip: false, url: (l: string) => join(tempDir(), `${l}.db`) },
  { name: 'postgres', skip: !pgAvailable, url: (l: string) => pgSchemaUrl(l) },
]

afterAll(dropSchemas)

describe.each(dialects)('event places on $name', ({ skip, url }) => {
  describe.skipIf(skip)('the migration', () => {
    it('adds the place columns to a store of the previous version, and takes them away again', async () => {
      const store = await openStore(url('placemig'), { migrate: false })
      try {
        const migrator = new Migrator({
          db: store.db,
          provider: {
            getMigrations: async (): Promise<Record<string, Migration>> => migrations(store.dialect),
          },
          ...(store.schema ? { migrationTableSchema: store.schema } : {}),
        })
        const columns = async () => {
          const tables = await store.db.introspection.getTables()
          // Other test files' schemas hold an events table too: read this store's own.
          const events = tables.find(
            (t) => t.name === 'events' && (!store.schema || t.schema === store.schema),
          )!
          return events.columns.map((c) => c.name).filter((c) => c.startsWith('place_'))
        }
        expect((await migrator.migrateTo('0005-export-order')).error).toBeUndefined()
        expect(await columns()).toEqual([])
        expect((await migrator.migrateToLatest()).error).toBeUndefined()
        expect((await columns()).sort()).toEqual(
          [
            'place_country',
            'place_end',
            'place_feature',
            'place_lat',
            'place_lon',
            'place_name',
            'place_precision',
            'place_start',
            'place_text',
          ].sort(),
        )
        // Down to the version before the places (later migrations are undone on the way).
        expect((await migrator.migrateTo('0005-export-order')).error).toBeUndefined()
        expect(await columns()).toEqual([])
        expect((await migrator.migrateToLatest()).error).toBeUndefined()
        expect(await columns()).toHaveLength(9)
      } finally {
        await store.close()
      }
    })
  })

  describe.skipIf(skip)('over the synthetic corpus', () => {
    let store: Store
    let app: ReturnType<typeof createApp>
    const get = async <T>(path: string, status = 200): Promise<T> => {
      const r = await app.request(path)
      const body = await r.json()
      expect(r.status, `${path}: ${JSON.stringify(body)}`).toBe(status)
      return body as T
    }
    beforeAll(async () => {
      ;({ store, app } = await corpusApi(url('places'), pipeline))
    })
    afterAll(async () => store?.close())

    it('stores each event’s place as the pipeline found it', async () => {
      const found = corpus()
        .map((p) => pipeline.run(readCorpusPage(p)))
        .flatMap((p) => p.articles.flatMap((a) => a.events ?? []))
        .map(
          (e) =>
            `${e.evidence.text}|${e.place?.name ?? ''}|${e.place?.precision ?? ''}|${e.place?.lat ?? ''}`,
        )
      const rows = await store.db
        .selectFrom('events')
        .select(['evidence_text', 'place_name', 'place_precision', 'place_lat'])
        .execute()
      const stored = rows.map(
        (r) => `${r.evidence_text}|${r.place_name ?? ''}|${r.place_precision ?? ''}|${r.place_lat ?? ''}`,
      )
      expect(new Set(stored)).toEqual(new Set(found))
      // The corpus's articles all have datelines: every event is placed.
      expect(rows.every((r) => r.place_name !== null)).toBe(true)
    })

    it('filters the event list by the state of the place', async () => {
      const all = await get<EventsResponse>('/api/events?limit=500')
      const countries = new Set(all.items.map((e) => e.place?.country).filter((c): c is string => !!c))
      expect(countries.size).toBeGreaterThan(2)
      for (const country of countries) {
        const r = await get<EventsResponse>(`/api/events?country=${country}&limit=500`)
        expect(r.total).toBe(all.items.filter((e) => e.place?.country === country).length)
        expect(r.items.every((e) => e.place?.country === country)).toBe(true)
      }
      expect((await get<EventsResponse>('/api/events?country=ATA')).total).toBe(0)
    })

    it('filters the event list by a bounding box, also across the date line', async () => {
      const all = await get<EventsResponse>('/api/events?limit=500')
      const inBox = (w: number, s: number, e: number, n: number) =>
        all.items.filter((x) => {
          const p = x.place
          if (!p || p.lat < s || p.lat > n) return false
          return w <= e ? p.lon >= w && p.lon <= e : p.lon >= w || p.lon <= e
        }).length
      for (const box of [
        [-10, 35, 45, 72], // Europe
        [-130, 15, -60, 55], // North America
        [100, -60, -100, 60], // across the date line: east Asia to the Americas' west coast
        [-180, -90, 180, 90],
      ] as const) {
        const r = await get<EventsResponse>(`/api/events?bbox=${box.join(',')}&limit=500`)
        expect(r.total, box.join(',')).toBe(inBox(box[0], box[1], box[2], box[3]))
        if (box[0] === -180) expect(r.total).toBe(all.items.filter((x) => x.place).length)
      }
      expect(inBox(-10, 35, 45, 72)).toBeGreaterThan(0)
      // Filters combine: a state and a box that holds none of it.
      const none = await get<EventsResponse>('/api/events?country=USA&bbox=-10,35,45,72')
      expect(none.total).toBe(0)
    })

    it('refuses a malformed box or country', async () => {
      for (const bad of [
        'bbox=1,2,3',
        'bbox=0,50,10,40',
        'bbox=200,0,210,10',
        'country=ukr',
        'country=UKRA',
      ]) {
        const r = await get<ErrorResponse>(`/api/events?${bad}`, 400)
        expect(r.error.status).toBe(400)
      }
    })
  })
})
