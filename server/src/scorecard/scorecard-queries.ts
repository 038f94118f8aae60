import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/open-db';

// The scorecard's reads. The CSV and the task times go through the documented views, so they
// are exactly what a BI tool sees.

async function rows<T>(db: Db, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

export interface CsmWeekRow {
  week: string;
  csm_id: string;
  reviews: number;
  approved: number;
  edited: number;
  rejected: number;
}

export type TeamWeekRow = Omit<CsmWeekRow, 'csm_id'> & { csms: number };

export interface TaskWeekRow {
  week: string;
  task_type: string;
  task_type_label: string;
  sent: number;
  median_task_min: number | null;
  median_active_min: number | null;
  target_min: number | null;
}

// The dashboard's two week queries read the tables under the views with the week range first:
// the views' running totals (a window over every week) would make PostgreSQL aggregate all
// weeks before filtering. Same definitions; `rejected_to_date` comes from `rejectedToDate`.
// `week::text` keeps the driver from turning a date into a local-time JS Date.
export function csmWeeks(db: Db, from: string, to: string): Promise<CsmWeekRow[]> {
  return rows(
    db,
    sql`select week::text as week, csm_id, sum(reviews)::int as reviews,
          sum(approved)::int as approved, sum(edited)::int as edited, sum(rejected)::int as rejected
        from scorecard_csm_weeks where week between ${from}::date and ${to}::date
        group by csm_id, week order by csm_id, week`,
  );
}

export function teamWeeks(db: Db, from: string, to: string): Promise<TeamWeekRow[]> {
  return rows(
    db,
    sql`select t.week::text as week, coalesce(n.csms, 0)::int as csms, t.reviews, t.approved,
          t.edited, t.rejected
        from (select week, sum(reviews)::int as reviews, sum(approved)::int as approved,
                sum(edited)::int as edited, sum(rejected)::int as rejected
              from scorecard_team_weeks where week between ${from}::date and ${to}::date
              group by week) t
        left join (select week, count(distinct csm_id) as csms from scorecard_csm_weeks
                   where week between ${from}::date and ${to}::date group by week) n
          on n.week = t.week
        order by t.week`,
  );
}

export function teamTaskWeeks(db: Db, from: string, to: string): Promise<TaskWeekRow[]> {
  return rows(
    db,
    sql`select week::text as week, task_type, task_type_label, sent, median_task_min,
          median_active_min, target_min
        from redline_scorecard_team_task_week where week between ${from}::date and ${to}::date
        order by week, task_type`,
  );
}

export interface CoverageWeekRow {
  week: string;
  csm_id: string;
  accounts: number;
  covered: number;
}

/** The stored weekly coverage (weeks with a covered account; the rest are 0 covered). */
export function coverageWeeks(db: Db, from: string, to: string): Promise<CoverageWeekRow[]> {
  return rows(
    db,
    sql`select week::text as week, csm_id, accounts, covered from scorecard_coverage_weeks
        where week between ${from}::date and ${to}::date`,
  );
}

/** Rejected drafts of every CSM so far (toward 80), whatever the window. */
export function rejectedToDate(db: Db): Promise<{ csm_id: string; rejected: number }[]> {
  return rows(
    db,
    sql`select csm_id, sum(rejected)::int as rejected from scorecard_csm_weeks group by csm_id`,
  );
}

/** The CSV: one line per CSM and week, with the benchmarked task types' medians beside. */
export function csvRows(db: Db, from: string, to: string): Promise<Record<string, unknown>[]> {
  const pivot = ['qbr', 'renewal', 'risk'].flatMap((type) =>
    ['task', 'active'].map(
      (column) =>
        `max(median_${column}_min) filter (where task_type = '${type}') as ${type}_median_${column}_min`,
    ),
  );
  return rows(
    db,
    sql`select w.week::text as week, w.csm_id, w.csm_name, w.reviews, w.approved, w.edited,
          w.rejected, w.override_rate, w.band_position, w.rejected_to_date, w.tuning_target,
          t.qbr_median_task_min, t.qbr_median_active_min, t.renewal_median_task_min,
          t.renewal_median_active_min, t.risk_median_task_min, t.risk_median_active_min,
          w.accounts, w.covered_accounts, w.coverage
        from redline_scorecard_csm_week w
        left join (select csm_id, week, ${sql.raw(pivot.join(', '))}
                   from redline_scorecard_csm_task_week
                   where week between ${from}::date and ${to}::date group by csm_id, week) t
          on t.csm_id = w.csm_id and t.week = w.week
        where w.week between ${from}::date and ${to}::date order by w.week, w.csm_id`,
  );
}
