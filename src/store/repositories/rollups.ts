// Totals kept per day so that dyad timelines and actor summaries read a few aggregate rows instead of every
// story event of a busy actor. Three tables, all sums over story_event_rows (one row per story event):
//
// - rollup_events: per (source, target, day, type, quad, polarity, modality) the number of story events and
//   their summed PLOVER score and Goldstein value. No target and no date are stored as ''.
// - rollup_dyad_stories: per unordered pair (lo < hi) and day, the stories with events only lo → hi (ab),
//   only hi → lo (ba), or both (abba), so a dyad's distinct stories add up exactly in either reading.
// - rollup_actor_stories: per actor and day, the stories in which it is source or target.
//
// A story has one date (its first sighting), so stories never count twice across days, and the totals of
// any set of days add up. Ingest keeps the tables current by subtracting what the touched stories
// contributed before their story events are rewritten and adding what they contribute after (see
// refreshStoryEvents); `rebuildRollups` fills them from scratch.

import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely'
import type { Database } from '../schema.js'

type Db = Kysely<Database> | Transaction<Database>

/** The day key of a story event: its story's first day, or '' when unknown. */
const DAY = sql`coalesce(substr(date, 1, 10), '')`

/**
 * Adds (sign 1) or subtracts (sign -1) what the given stories' rows in story_event_rows contribute to the
 * totals; all stories when `storyIds` is null.
 */
export async function applyRollups(db: Db, storyIds: number[] | null, sign: 1 | -1): Promise<void> {
  if (storyIds && storyIds.length === 0) return
  const s = sql.raw(sign === 1 ? '1' : '-1')
  const only: RawBuilder<unknown> = storyIds ? sql`and story_id in (${sql.join(storyIds)})` : sql``
  await sql`
    insert into rollup_events (source, target, day, type, quad, polarity, modality, events, score, goldstein)
    select source, coalesce(target, ''), ${DAY}, type, quad, polarity, modality,
      ${s} * count(*), ${s} * sum(score), ${s} * sum(goldstein)
    from story_event_rows
    where source is not null ${only}
    group by source, coalesce(target, ''), ${DAY}, type, quad, polarity, modality
    on conflict (source, target, day, type, quad, polarity, modality) do update set
      events = rollup_events.events + excluded.events,
      score = rollup_events.score + excluded.score,
      goldstein = rollup_events.goldstein + excluded.goldstein`.execute(db)
  await sql`
    insert into rollup_dyad_stories (lo, hi, day, ab, ba, abba)
    select lo, hi, day,
      ${s} * sum(case when dirs = 1 then 1 else 0 end),
      ${s} * sum(case when dirs = 2 then 1 else 0 end),
      ${s} * sum(case when dirs = 3 then 1 else 0 end)
    from (
      select story_id,
        case when source < target then source else target end as lo,
        case when source < target then target else source end as hi,
        ${DAY} as day,
        max(case when source < target then 1 else 0 end) + 2 * max(case when source > target then 1 else 0 end)
          as dirs
      from story_event_rows
      where source is not null and target is not null and source <> target ${only}
      group by story_id, case when source < target then source else target end,
        case when source < target then target else source end, ${DAY}
    ) per_story
    group by lo, hi, day
    on conflict (lo, hi, day) do update set
      ab = rollup_dyad_stories.ab + excluded.ab,
      ba = rollup_dyad_stories.ba + excluded.ba,
      abba = rollup_dyad_stories.abba + excluded.abba`.execute(db)
  await sql`
    insert into rollup_actor_stories (actor, day, stories)
    select actor, day, ${s} * count(*)
    from (
      select story_id, source as actor, ${DAY} as day from story_event_rows
      where source is not null ${only}
      union
      select story_id, target as actor, ${DAY} as day from story_event_rows
      where source is not null and target is not null ${only}
    ) involved
    group by actor, day
    on conflict (actor, day) do update set stories = rollup_actor_stories.stories + excluded.stories`.execute(
    db,
  )
}

/** Empties the totals and fills them again from story_event_rows. */
export async function rebuildRollups(db: Db): Promise<void> {
  await db.deleteFrom('rollup_events').execute()
  await db.deleteFrom('rollup_dyad_stories').execute()
  await db.deleteFrom('rollup_actor_stories').execute()
  await applyRollups(db, null, 1)
}
