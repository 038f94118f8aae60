import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/open-db';

// The manager's numbers as a handful of grouped queries: the database does the counting, the
// server never loads every review. Plain SQL that PostgreSQL 15 and PGlite both run.

async function rows<T>(db: Db, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

export interface OutcomeRow {
  csm_id: string;
  key: string;
  outcome: 'approve' | 'edit' | 'reject';
  n: number;
}

/** Finished reviews per CSM, per local day (`day`) or week (`week`), per outcome. */
export function outcomesBy(db: Db, column: 'day' | 'week', from: string): Promise<OutcomeRow[]> {
  const key = sql.raw(column);
  return rows(
    db,
    sql`select csm_id, ${key} as key, outcome, count(*)::int as n from reviews
        where not deleted and ${key} >= ${from} group by csm_id, ${key}, outcome`,
  );
}

export interface TaskTimeRow {
  csm_id: string;
  task_type: string;
  n: number;
  median_task_ms: number | null;
  median_active_ms: number | null;
}

/** Median task and active time of sent drafts since `since`, per CSM and task type. */
export function taskTimesSince(db: Db, since: number): Promise<TaskTimeRow[]> {
  return rows(
    db,
    sql`select csm_id, task_type, count(*)::int as n,
          percentile_cont(0.5) within group (order by task_ms)::float8 as median_task_ms,
          percentile_cont(0.5) within group (order by active_ms)::float8 as median_active_ms
        from reviews where not deleted and sent_text is not null and ended_at >= ${since}
        group by csm_id, task_type`,
  );
}

/** Recipient organisations of sent drafts since `since`, per CSM (filtered by the caller). */
export function domainsSince(db: Db, since: number): Promise<{ csm_id: string; domain: string }[]> {
  return rows(
    db,
    sql`select distinct csm_id, d.domain from reviews,
          jsonb_array_elements_text(recipient_domains) as d(domain)
        where not deleted and sent_text is not null and ended_at >= ${since}`,
  );
}

export interface CsmRow {
  csm_id: string;
  display_name: string | null;
  rejected: number;
  total: number;
}

/** Every CSM with a token or a review, their all-time rejected count (toward the 80) and total. */
export function csms(db: Db): Promise<CsmRow[]> {
  return rows(
    db,
    sql`select c.csm_id, max(t.display_name) as display_name,
          coalesce(max(r.rejected), 0)::int as rejected, coalesce(max(r.total), 0)::int as total
        from (select csm_id from tokens where csm_id is not null
              union select distinct csm_id from reviews) c
        left join tokens t on t.csm_id = c.csm_id and t.role = 'csm'
        left join (select csm_id, count(*) filter (where outcome = 'reject') as rejected,
                     count(*) as total from reviews where not deleted group by csm_id) r
          on r.csm_id = c.csm_id
        group by c.csm_id order by c.csm_id`,
  );
}

export interface StarredRow {
  id: string;
  csm_id: string;
  subject: string;
  outcome: string;
  task_type: string;
  ended_at: number;
  note: string;
  draft_text: string;
  sent_text: string | null;
}

/** The newest starred reviews per CSM, for 1:1s. */
export function starred(db: Db, perCsm: number): Promise<StarredRow[]> {
  return rows(
    db,
    sql`select id, csm_id, subject, outcome, task_type, ended_at::float8 as ended_at, note,
          draft_text, sent_text
        from (select *, row_number() over (partition by csm_id order by ended_at desc) as rank
              from reviews where starred and not deleted) s
        where rank <= ${perCsm} order by csm_id, ended_at desc`,
  );
}
