import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/open-db';
import {
  coverageLockKey,
  coverageWeeksOf,
  rebuildCoverageWeeks,
  refreshCoverageWeeks,
} from './coverage-weeks';
import { utcWeekStart, WEEK_MS, weekKey } from './scorecard-weeks';

export { utcWeekStart } from './scorecard-weeks';

// Keeps `scorecard_csm_weeks` and `scorecard_team_weeks` equal to what a from-scratch
// aggregation of `reviews` gives, and `scorecard_coverage_weeks` equal to the coverage at each
// week's end. Called inside the ingest transaction with every (CSM, week) a batch moved: the
// week a review left (its old endedAt) and the week it arrived in; coverage moves in the weeks
// whose 30-day window holds either.

type Tx = Pick<Db, 'execute'>;

/** The SQL week of a review, the same Monday as `utcWeekStart`. */
const WEEK_OF = sql.raw(
  `(date_trunc('week', to_timestamp(ended_at / 1000.0) at time zone 'UTC'))::date`,
);

/** One aggregate for both tables: finished, live reviews; medians over sent drafts, as the popup. */
const AGGREGATES = sql.raw(`count(*)::int, count(*) filter (where outcome = 'approve')::int,
  count(*) filter (where outcome = 'edit')::int, count(*) filter (where outcome = 'reject')::int,
  count(task_ms) filter (where sent_text is not null)::int,
  percentile_cont(0.5) within group (order by task_ms) filter (where sent_text is not null),
  percentile_cont(0.5) within group (order by active_ms) filter (where sent_text is not null)`);
const COUNTED = sql.raw(`not deleted and outcome is not null and ended_at is not null`);
const COLUMNS = sql.raw(
  `reviews, approved, edited, rejected, sent, median_task_ms, median_active_ms`,
);

function csmInsert(where: SQL): SQL {
  return sql`insert into scorecard_csm_weeks (week, task_type, csm_id, ${COLUMNS})
    select ${WEEK_OF}, coalesce(task_type, 'other'), csm_id, ${AGGREGATES}
    from reviews where ${COUNTED} and ${where} group by 1, 2, 3`;
}

function teamInsert(where: SQL): SQL {
  return sql`insert into scorecard_team_weeks (week, task_type, ${COLUMNS})
    select ${WEEK_OF}, coalesce(task_type, 'other'), ${AGGREGATES}
    from reviews where ${COUNTED} and ${where} group by 1, 2`;
}

export interface Moved {
  csmId: string;
  /** endedAt of a review before or after the change; null for open reviews and tombstones. */
  endedAt: number | null;
}

/**
 * Recomputes the rows of every (CSM, week) and team week in `moved`. Advisory locks, taken in one
 * global order, serialise two batches that touch the same week, so the second one's aggregate
 * (a fresh snapshot per statement) sees the first one's reviews.
 */
export async function refreshScorecard(tx: Tx, moved: readonly Moved[]): Promise<void> {
  const csmWeeks = new Map<string, { csmId: string; start: number }>();
  const teamWeeks = new Set<number>();
  const coverageWeeks = new Set<number>();
  for (const { csmId, endedAt } of moved) {
    if (endedAt === null) continue;
    const start = utcWeekStart(endedAt);
    csmWeeks.set(`csm:${weekKey(start)}:${csmId}`, { csmId, start });
    teamWeeks.add(start);
    for (const week of coverageWeeksOf(endedAt)) coverageWeeks.add(week);
  }
  const locks = [
    ...csmWeeks.keys(),
    ...[...teamWeeks].map((s) => `team:${weekKey(s)}`),
    ...[...coverageWeeks].map(coverageLockKey),
  ].sort();
  for (const key of locks) {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`redline:${key}`}, 0))`);
  }
  for (const { csmId, start } of csmWeeks.values()) {
    await tx.execute(
      sql`delete from scorecard_csm_weeks where csm_id = ${csmId} and week = ${weekKey(start)}::date`,
    );
    await tx.execute(
      csmInsert(sql`csm_id = ${csmId} and ended_at >= ${start} and ended_at < ${start + WEEK_MS}`),
    );
  }
  for (const start of teamWeeks) {
    await tx.execute(sql`delete from scorecard_team_weeks where week = ${weekKey(start)}::date`);
    await tx.execute(teamInsert(sql`ended_at >= ${start} and ended_at < ${start + WEEK_MS}`));
  }
  await refreshCoverageWeeks(tx, [...coverageWeeks]);
}

/** Rebuilds the tables from every review and the book (after a bulk load that bypassed ingest). */
export async function rebuildScorecard(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`delete from scorecard_csm_weeks`);
    await tx.execute(sql`delete from scorecard_team_weeks`);
    await tx.execute(csmInsert(sql`true`));
    await tx.execute(teamInsert(sql`true`));
    await rebuildCoverageWeeks(tx);
  });
}
