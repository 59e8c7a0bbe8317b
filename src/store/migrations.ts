// Schema migrations, in order. Each is written once with Kysely's schema builder; the few places where the
// dialects differ (the id column, the full-text index, the queue that only PostgreSQL holds) call the
// dialect's own operations (src/store/dialects).

import { sql, type Kysely, type Migration } from 'kysely'
import type { AnyDb as Db, Dialect } from './dialects/types.js'
import { applyRollups } from './repositories/rollups.js'
import type { Database } from './schema.js'

function initial(dialect: Dialect): Migration {
  return {
    async up(db: Db) {
      const withId = (name: string) => dialect.createTableWithId(db, name)

      await withId('pages')
        .addColumn('hash', 'text', (c) => c.notNull().unique())
        .addColumn('input', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('record', 'integer')
        .addColumn('url', 'text')
        .addColumn('format', 'text', (c) => c.notNull())
        .addColumn('encoding', 'text', (c) => c.notNull())
        .addColumn('observed_at', 'text')
        .addColumn('observed_at_source', 'text')
        .addColumn('language', 'text')
        .addColumn('title', 'text')
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('article_count', 'integer', (c) => c.notNull())
        .addColumn('ingested_at', 'text', (c) => c.notNull())
        .execute()

      await withId('stories').addColumn('first_seen', 'text').execute()

      await withId('articles')
        .addColumn('page_id', 'bigint', (c) => c.notNull().references('pages.id').onDelete('cascade'))
        .addColumn('ordinal', 'integer', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('headline', 'text')
        .addColumn('dateline_places', 'text')
        .addColumn('agencies', 'text')
        .addColumn('body_start', 'integer', (c) => c.notNull())
        .addColumn('body_end', 'integer', (c) => c.notNull())
        .addColumn('lead', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('age_text', 'text')
        .addColumn('age_from', 'text')
        .addColumn('age_to', 'text')
        .addColumn('published', 'text')
        .addColumn('language', 'text')
        .addColumn('seen_at', 'text')
        .addColumn('story_id', 'bigint', (c) => c.references('stories.id'))
        .addUniqueConstraint('articles_page_ordinal', ['page_id', 'ordinal'])
        .execute()
      await db.schema.createIndex('articles_story').on('articles').column('story_id').execute()

      await withId('mentions')
        .addColumn('article_id', 'bigint', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('span_start', 'integer', (c) => c.notNull())
        .addColumn('span_end', 'integer', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('code', 'text')
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('rule', 'text', (c) => c.notNull())
        .addColumn('person', 'text')
        .execute()
      await db.schema.createIndex('mentions_article').on('mentions').column('article_id').execute()

      await withId('events')
        .addColumn('article_id', 'bigint', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('mode', 'text')
        .addColumn('source', 'text')
        .addColumn('target', 'text')
        .addColumn('polarity', 'text', (c) => c.notNull())
        .addColumn('modality', 'text', (c) => c.notNull())
        .addColumn('evidence_start', 'integer', (c) => c.notNull())
        .addColumn('evidence_end', 'integer', (c) => c.notNull())
        .addColumn('evidence_text', 'text', (c) => c.notNull())
        .addColumn('cue_text', 'text', (c) => c.notNull())
        .addColumn('attribution_text', 'text')
        .addColumn('attribution_code', 'text')
        .addColumn('context', 'text', (c) => c.notNull())
        .addColumn('quad', 'integer', (c) => c.notNull())
        .addColumn('score', 'double precision', (c) => c.notNull())
        .addColumn('cameo', 'text', (c) => c.notNull())
        .addColumn('goldstein', 'double precision', (c) => c.notNull())
        .addColumn('mapping_version', 'integer', (c) => c.notNull())
        .execute()
      await db.schema.createIndex('events_article').on('events').column('article_id').execute()

      await db.schema
        .createTable('fingerprints')
        .addColumn('article_id', 'bigint', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('band', 'integer', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('fingerprints_pk', ['article_id', 'band'])
        .execute()
      await db.schema
        .createIndex('fingerprints_key')
        .on('fingerprints')
        .columns(['key', 'band', 'article_id'])
        .execute()

      await db.schema
        .createView('story_events')
        .as(
          db
            .selectFrom('events as e')
            .innerJoin('articles as a', 'a.id', 'e.article_id')
            .select(['a.story_id', 'e.source', 'e.target', 'e.type', 'e.polarity'])
            .distinct(),
        )
        .execute()

      await dialect.createOwnTables(db)
    },
    async down(db: Db) {
      await db.schema.dropTable('queue').ifExists().execute()
      await db.schema.dropView('story_events').ifExists().execute()
      for (const t of ['fingerprints', 'events', 'mentions', 'articles', 'stories', 'pages'])
        await db.schema.dropTable(t).execute()
    },
  }
}

/** Queries by actor, dyad and date, and full-text search (see search.ts). */
function queries(dialect: Dialect): Migration {
  return {
    async up(db: Db) {
      await db.schema.createIndex('events_source_target').on('events').columns(['source', 'target']).execute()
      await db.schema.createIndex('events_target').on('events').column('target').execute()
      await db.schema.createIndex('stories_first_seen').on('stories').column('first_seen').execute()
      await dialect.createFullTextIndex(db)
    },
    async down(db: Db) {
      await dialect.dropFullTextIndex(db)
      for (const i of ['stories_first_seen', 'events_target', 'events_source_target'])
        await db.schema.dropIndex(i).ifExists().execute()
    },
  }
}

/** Story events kept grouped at ingest, so actor and dyad queries read one row per story event. */
function storyEventRows(): Migration {
  return {
    async up(db: Db) {
      await db.schema
        .createTable('story_event_rows')
        .addColumn('story_id', 'bigint', (c) => c.notNull())
        .addColumn('source', 'text')
        .addColumn('target', 'text')
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('polarity', 'text', (c) => c.notNull())
        .addColumn('modality', 'text', (c) => c.notNull())
        .addColumn('quad', 'integer', (c) => c.notNull())
        .addColumn('score', 'double precision', (c) => c.notNull())
        .addColumn('goldstein', 'double precision', (c) => c.notNull())
        .addColumn('event_id', 'bigint', (c) => c.notNull())
        .addColumn('date', 'text')
        .execute()
      await db.schema.createIndex('ser_story').on('story_event_rows').column('story_id').execute()
      await db.schema
        .createIndex('ser_source')
        .on('story_event_rows')
        .columns(['source', 'target', 'date'])
        .execute()
      await db.schema.createIndex('ser_target').on('story_event_rows').columns(['target', 'date']).execute()
      await db.schema.createIndex('ser_date').on('story_event_rows').column('date').execute()
      // Stores made before this migration: fill from what they hold.
      await sql`insert into story_event_rows
        (story_id, source, target, type, polarity, modality, quad, score, goldstein, event_id, date)
        select a.story_id, e.source, e.target, e.type, e.polarity, min(e.modality), max(e.quad), max(e.score),
          max(e.goldstein), min(e.id), s.first_seen
        from events e join articles a on a.id = e.article_id join stories s on s.id = a.story_id
        where e.source is not null
        group by a.story_id, e.source, e.target, e.type, e.polarity, s.first_seen`.execute(db)
    },
    async down(db: Db) {
      await db.schema.dropTable('story_event_rows').ifExists().execute()
    },
  }
}

/** Per-day totals for dyad and actor queries (repositories/rollups.ts), filled from what the store holds. */
function rollups(): Migration {
  return {
    async up(db: Db) {
      await db.schema
        .createTable('rollup_events')
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('target', 'text', (c) => c.notNull())
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('quad', 'integer', (c) => c.notNull())
        .addColumn('polarity', 'text', (c) => c.notNull())
        .addColumn('modality', 'text', (c) => c.notNull())
        .addColumn('events', 'bigint', (c) => c.notNull())
        .addColumn('score', 'double precision', (c) => c.notNull())
        .addColumn('goldstein', 'double precision', (c) => c.notNull())
        .addPrimaryKeyConstraint('rollup_events_pk', [
          'source',
          'target',
          'day',
          'type',
          'quad',
          'polarity',
          'modality',
        ])
        .execute()
      await db.schema
        .createIndex('rollup_events_target')
        .on('rollup_events')
        .columns(['target', 'day'])
        .execute()
      await db.schema
        .createTable('rollup_dyad_stories')
        .addColumn('lo', 'text', (c) => c.notNull())
        .addColumn('hi', 'text', (c) => c.notNull())
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('ab', 'bigint', (c) => c.notNull())
        .addColumn('ba', 'bigint', (c) => c.notNull())
        .addColumn('abba', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('rollup_dyad_stories_pk', ['lo', 'hi', 'day'])
        .execute()
      await db.schema
        .createTable('rollup_actor_stories')
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('stories', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('rollup_actor_stories_pk', ['actor', 'day'])
        .execute()
      await applyRollups(db as Kysely<Database>, null, 1)
    },
    async down(db: Db) {
      for (const t of ['rollup_actor_stories', 'rollup_dyad_stories', 'rollup_events'])
        await db.schema.dropTable(t).ifExists().execute()
    },
  }
}

/** An index on the story events' own ids, so exports read them in pages by key (`eventsAfter`). */
function exportOrder(): Migration {
  return {
    async up(db: Db) {
      await db.schema.createIndex('ser_event').on('story_event_rows').column('event_id').execute()
    },
    async down(db: Db) {
      await db.schema.dropIndex('ser_event').ifExists().execute()
    },
  }
}

/** Where each event happened (src/places), and indexes for the event list's country and box filters. */
function eventPlaces(): Migration {
  const columns: [string, 'text' | 'integer' | 'double precision'][] = [
    ['place_name', 'text'],
    ['place_text', 'text'],
    ['place_start', 'integer'],
    ['place_end', 'integer'],
    ['place_precision', 'text'],
    ['place_feature', 'text'],
    ['place_country', 'text'],
    ['place_lat', 'double precision'],
    ['place_lon', 'double precision'],
  ]
  return {
    async up(db: Db) {
      // One column per statement: SQLite's ALTER TABLE adds one at a time.
      for (const [name, type] of columns) await db.schema.alterTable('events').addColumn(name, type).execute()
      await db.schema.createIndex('events_place_country').on('events').column('place_country').execute()
      await db.schema
        .createIndex('events_place_lat')
        .on('events')
        .columns(['place_lat', 'place_lon'])
        .execute()
    },
    async down(db: Db) {
      await db.schema.dropIndex('events_place_lat').ifExists().execute()
      await db.schema.dropIndex('events_place_country').ifExists().execute()
      for (const [name] of [...columns].reverse())
        await db.schema.alterTable('events').dropColumn(name).execute()
    },
  }
}

/**
 * The hand-written work queue's table, unused since the queue moved to pg-boss in a schema of its own
 * (docs/decisions/0013-job-queue.md). Only PostgreSQL stores have it.
 */
function dropOldQueue(dialect: Dialect): Migration {
  return {
    async up(db: Db) {
      await db.schema.dropTable('queue').ifExists().execute()
    },
    async down(db: Db) {
      await dialect.createOwnTables(db)
    },
  }
}

/**
 * The events' indexes by source and target, which no query reads since actor and dyad queries moved to the
 * grouped story events and the per-day totals (0003, 0004): each cost every stored event an index entry.
 */
function dropUnusedEventIndexes(): Migration {
  return {
    async up(db: Db) {
      await db.schema.dropIndex('events_target').ifExists().execute()
      await db.schema.dropIndex('events_source_target').ifExists().execute()
    },
    async down(db: Db) {
      await db.schema.createIndex('events_source_target').on('events').columns(['source', 'target']).execute()
      await db.schema.createIndex('events_target').on('events').column('target').execute()
    },
  }
}

export function migrations(dialect: Dialect): Record<string, Migration> {
  return {
    '0001-initial': initial(dialect),
    '0002-queries': queries(dialect),
    '0003-story-event-rows': storyEventRows(),
    '0004-rollups': rollups(),
    '0005-export-order': exportOrder(),
    '0006-event-places': eventPlaces(),
    '0007-drop-old-queue': dropOldQueue(dialect),
    '0008-drop-unused-event-indexes': dropUnusedEventIndexes(),
  }
}
