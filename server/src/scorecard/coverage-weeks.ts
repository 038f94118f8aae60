import { sql } from 'drizzle-orm';
import { COVERAGE_WINDOW_DAYS } from '../../../lib/metrics/account-coverage';
import { coverageByCsm, coverageWindow } from '../book/coverage';
import type { Db } from '../db/open-db';
import { WEEK_MS, weekEnd, weekKey, weeksBetween } from './scorecard-weeks';

// Keeps `scorecard_coverage_weeks` equal to what `coverageFor` answers at the end of each week:
// the same SQL, asked once per week. Only weeks with a covered account are stored.

type Tx = Pick<Db, 'execute'>;

const WINDOW_MS = COVERAGE_WINDOW_DAYS * 86_400_000;

/** Imports take it alone, ingests share it: a week is never counted against a half-replaced book. */
const BOOK_LOCK = sql`hashtextextended('redline:coverage-book', 0)`;

export const coverageLockKey = (start: number) => `coverage:${weekKey(start)}`;

/**
 * The weeks whose window (30 days to the week's end) holds a review that ended at `endedAt`:
 * its own week and those whose end is at most 30 days later.
 */
export function coverageWeeksOf(endedAt: number): number[] {
  return weeksBetween(endedAt, endedAt + WINDOW_MS - WEEK_MS + 1);
}

async function rows<T>(tx: Tx, query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await tx.execute(query)) as unknown as { rows: T[] }).rows;
}

async function recompute(tx: Tx, start: number): Promise<void> {
  const week = weekKey(start);
  const { since, asOf } = coverageWindow(weekEnd(start));
  await tx.execute(sql`delete from scorecard_coverage_weeks where week = ${week}::date`);
  await tx.execute(sql`insert into scorecard_coverage_weeks (week, csm_id, accounts, covered)
    select ${week}::date, p.csm_id, p.accounts, p.covered
    from (${coverageByCsm(since, asOf)}) p where p.covered > 0`);
}

/**
 * Takes the shared book lock; the caller has already taken `coverageLockKey` of every week in
 * `starts` (in its one global lock order). Without a book there is nothing to count.
 */
export async function refreshCoverageWeeks(tx: Tx, starts: readonly number[]): Promise<void> {
  if (starts.length === 0) return;
  await tx.execute(sql`select pg_advisory_xact_lock_shared(${BOOK_LOCK})`);
  const [book] = await rows<{ any: boolean }>(
    tx,
    sql`select exists (select 1 from book_accounts) as any`,
  );
  if (!book?.any) return;
  for (const start of [...new Set(starts)].sort((a, b) => a - b)) await recompute(tx, start);
}

/**
 * Recomputes every week whose window holds a sent AI draft, after the book changed (or a bulk
 * load). Holds the book lock alone, so no ingest counts a week meanwhile.
 */
export async function rebuildCoverageWeeks(tx: Tx): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${BOOK_LOCK})`);
  await tx.execute(sql`delete from scorecard_coverage_weeks`);
  const [span] = await rows<{ first: number | null; last: number | null }>(
    tx,
    sql`select min(ended_at)::float8 as first, max(ended_at)::float8 as last from reviews
        where sent_text is not null and not deleted and outcome in ('approve', 'edit')`,
  );
  if (span?.first == null || span.last == null) return;
  const [book] = await rows<{ any: boolean }>(
    tx,
    sql`select exists (select 1 from book_accounts) as any`,
  );
  if (!book?.any) return;
  const last = coverageWeeksOf(span.last).at(-1)!;
  for (const start of weeksBetween(span.first, last)) await recompute(tx, start);
}
