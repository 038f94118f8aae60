import { sql } from 'drizzle-orm';
import type { Db } from '../../server/src/db/open-db';

// A year of a team's reviews written by set-based SQL (generate_series), one statement per group
// of CSMs: two million rows in minutes, where row-by-row inserts would take hours. CSMs differ
// on purpose (some under the band, some over) so the dashboard has something to sort.
// Each CSM writes to its own accounts' domains (a<k>.c<csm>.example, some through a mail.
// subdomain) and owns BOOK_ACCOUNTS of them in the book of business: CSMs write to 40 to 99
// different domains, so the coverage of the 50 booked accounts runs from 80 % to 100 %, and
// coverage is counted over real sends.

export const BOOK_ACCOUNTS = 50;

const YEAR_MS = 364 * 86_400_000;

export async function seedYear(
  db: Db,
  { csms, perCsm, now }: { csms: number; perCsm: number; now: number },
): Promise<void> {
  await db.execute(
    sql`truncate reviews, csms, scorecard_csm_weeks, scorecard_team_weeks,
      scorecard_coverage_weeks, book_domains, book_accounts`,
  );
  await db.execute(sql`insert into csms (csm_id, display_name, created_at, updated_at)
    select 'csm-' || lpad(c::text, 3, '0'), 'CSM ' || c, ${now}::bigint, ${now}::bigint
    from generate_series(0, ${csms - 1}::int) c`);
  for (let first = 0; first < csms; first += 20) {
    await db.execute(sql`
      insert into reviews (id, csm_id, revision, deleted, site, source, outcome, outcome_source,
        end_reason, task_type, task_type_source, subject, draft_text, sent_text, recipient_domains,
        recipient_addresses, draft_seen_at, ended_at, updated_at, task_ms, active_ms, keystrokes,
        metrics, edit_rate, retention, starred, note, reject_reason, day, week, received_at)
      select gen_random_uuid(), 'csm-' || lpad(c::text, 3, '0'), 1, false, 'gmail', 'paste',
        o.outcome, 'computed', case when o.outcome = 'reject' and r.x < 0.5 then 'discarded' else 'sent' end,
        (array['qbr','renewal','risk','check-in','onboarding','expansion','support','other'])[1 + (n % 8)],
        'guessed', 'Subject ' || n, 'Hi, here is the draft for account ' || (n % 97) || '.',
        case when o.outcome = 'reject' and r.x < 0.5 then null
             else 'Hi, here is the sent text for account ' || (n % 97) || '.' end,
        jsonb_build_array(case when n % 5 = 0 then 'mail.' else '' end || 'a' || (n % (40 + c % 60))
          || '.c' || c || '.example'), '[]'::jsonb,
        e.ended - e.task, e.ended, e.ended, e.task, e.task / 4, 40,
        '{"draftWords":9,"sentWords":10,"wordsAdded":2,"wordsRemoved":1,"wordsKept":8,"editRate":0.33,"retention":0.88,"diffMode":"word","spacingOnly":false}'::jsonb,
        0.33, 0.88, n % 500 = 0, '', null,
        to_char(to_timestamp(e.ended / 1000.0) at time zone 'UTC', 'YYYY-MM-DD'),
        to_char(date_trunc('week', to_timestamp(e.ended / 1000.0) at time zone 'UTC'), 'YYYY-MM-DD'),
        e.ended
      from generate_series(${first}::int, ${Math.min(csms, first + 20) - 1}::int) c,
        generate_series(1, ${perCsm}::int) n,
        lateral (select random() + 0 * n as x, random() + 0 * n as y) r,
        lateral (select (${now}::bigint - (n::bigint * ${YEAR_MS}::bigint) / ${perCsm}::int - (r.y * 3600000)::bigint) as ended,
                        (60000 + r.y * 1800000)::bigint as task) e,
        -- each CSM's own override rate, from 5 % to 55 %
        lateral (select case when r.x < 0.05 + (c % 11) * 0.05 then
                  (case when r.y < 0.3 then 'reject' else 'edit' end) else 'approve' end as outcome) o`);
  }
  await seedBook(db, { csms, now });
}

/** BOOK_ACCOUNTS accounts per CSM, ids in file order as an import gives them, one domain each. */
async function seedBook(db: Db, { csms, now }: { csms: number; now: number }): Promise<void> {
  await db.execute(sql`insert into book_accounts (id, account, csm_id, arr, segment, line, imported_at)
    select c * ${BOOK_ACCOUNTS} + a + 1, 'Account ' || a || ' of CSM ' || c,
      'csm-' || lpad(c::text, 3, '0'), 10000 + a * 1000,
      (array['Enterprise', 'Mid-market', 'SMB'])[1 + a % 3], c * ${BOOK_ACCOUNTS} + a + 2, ${now}::bigint
    from generate_series(0, ${csms - 1}::int) c, generate_series(0, ${BOOK_ACCOUNTS - 1}::int) a`);
  await db.execute(sql`insert into book_domains (domain, account_id)
    select 'a' || a || '.c' || c || '.example', c * ${BOOK_ACCOUNTS} + a + 1
    from generate_series(0, ${csms - 1}::int) c, generate_series(0, ${BOOK_ACCOUNTS - 1}::int) a`);
}
