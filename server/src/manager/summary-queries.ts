import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/open-db';

// The manager's numbers as a handful of grouped queries: the database does the counting, the
// server never loads every review. Plain SQL that PostgreSQL 15 and PGlite both run.

async function rows<T>(db: Db, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

/** `csm_id in (…)` for one page of CSMs (never empty: the caller skips an empty page). */
const ofCsms = (ids: readonly string[]) =>
  sql`csm_id in (${sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  )})`;

export interface OutcomeRow {
  csm_id: string;
  key: string;
  outcome: 'approve' | 'edit' | 'reject';
  n: number;
}

/** Finished reviews per CSM, per local day (`day`) or week (`week`), per outcome. */
export function outcomesBy(
  db: Db,
  ids: readonly string[],
  column: 'day' | 'week',
  from: string,
): Promise<OutcomeRow[]> {
  const key = sql.raw(column);
  // `day`/`week` are the CSM's local calendar; no time zone is more than 14 h from UTC, so
  // reviews that ended from a day before `from` (UTC) are a superset the index narrows to.
  const endedFrom = Date.parse(`${from}T00:00:00Z`) - 2 * 86_400_000;
  return rows(
    db,
    sql`select csm_id, ${key} as key, outcome, count(*)::int as n from reviews
        where ${ofCsms(ids)} and not deleted and ended_at >= ${endedFrom} and ${key} >= ${from}
        group by csm_id, ${key}, outcome`,
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
export function taskTimesSince(
  db: Db,
  ids: readonly string[],
  since: number,
): Promise<TaskTimeRow[]> {
  return rows(
    db,
    sql`select csm_id, task_type, count(*)::int as n,
          percentile_cont(0.5) within group (order by task_ms)::float8 as median_task_ms,
          percentile_cont(0.5) within group (order by active_ms)::float8 as median_active_ms
        from reviews where ${ofCsms(ids)} and not deleted and sent_text is not null
          and ended_at >= ${since}
        group by csm_id, task_type`,
  );
}

/** Recipient organisations of sent drafts since `since`, per CSM (filtered by the caller). */
export function domainsSince(
  db: Db,
  ids: readonly string[],
  since: number,
): Promise<{ csm_id: string; domain: string }[]> {
  return rows(
    db,
    sql`select distinct csm_id, d.domain from reviews,
          jsonb_array_elements_text(recipient_domains) as d(domain)
        where ${ofCsms(ids)} and not deleted and sent_text is not null and ended_at >= ${since}`,
  );
}

/** Finished reviews since `since` per CSM and edit label (a review counts once per label). */
export function editLabelsSince(
  db: Db,
  ids: readonly string[],
  since: number,
): Promise<{ csm_id: string; label: string; n: number }[]> {
  return rows(
    db,
    sql`select csm_id, l.label, count(*)::int as n from reviews,
          jsonb_array_elements_text(edit_labels) as l(label)
        where ${ofCsms(ids)} and not deleted and edit_labels is not null
          and jsonb_typeof(edit_labels) = 'array' and ended_at >= ${since}
        group by csm_id, l.label`,
  );
}

export interface CsmRow {
  csm_id: string;
  display_name: string | null;
  rejected: number;
  total: number;
}

/**
 * One page of CSMs (everyone with a CSM record, a token or a review), ordered by id, after
 * `after`: the name from the CSM record, the all-time rejected count (toward the 80) and total.
 */
export function csmPage(db: Db, after: string | null, limit: number): Promise<CsmRow[]> {
  return rows(
    db,
    // Counts from the maintained scorecard (every finished review is in it), not a scan of
    // every review: a year of a big team stays quick.
    sql`select c.csm_id, m.display_name,
          coalesce(r.rejected, 0)::int as rejected, coalesce(r.total, 0)::int as total
        from (select csm_id from csms
              union select csm_id from tokens where csm_id is not null
              union select distinct csm_id from scorecard_csm_weeks) c
        left join csms m on m.csm_id = c.csm_id
        left join lateral (select sum(rejected) as rejected, sum(reviews) as total
                   from scorecard_csm_weeks s where s.csm_id = c.csm_id) r on true
        where ${after === null ? sql`true` : sql`c.csm_id > ${after}`}
        order by c.csm_id limit ${limit}`,
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
  draft_chars: number;
  sent_chars: number | null;
}

/** The newest starred reviews per CSM of the page, for 1:1s: the texts stay in the database. */
export function starred(db: Db, ids: readonly string[], perCsm: number): Promise<StarredRow[]> {
  return rows(
    db,
    sql`select id, csm_id, subject, outcome, task_type, ended_at::float8 as ended_at, note,
          length(draft_text)::int as draft_chars, length(sent_text)::int as sent_chars
        from (select id, csm_id, subject, outcome, task_type, ended_at, note, draft_text, sent_text,
                row_number() over (partition by csm_id order by ended_at desc) as rank
              from reviews where ${ofCsms(ids)} and starred and not deleted) s
        where rank <= ${perCsm} order by csm_id, ended_at desc`,
  );
}

export interface ExampleRow {
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

/** One starred example with its texts, when the manager opens it. */
export async function starredExample(db: Db, id: string): Promise<ExampleRow | null> {
  const [row] = await rows<ExampleRow>(
    db,
    sql`select id, csm_id, subject, outcome, task_type, ended_at::float8 as ended_at, note,
          draft_text, sent_text
        from reviews where id = ${id} and starred and not deleted`,
  );
  return row ?? null;
}
