import { sql, type SQL } from 'drizzle-orm';
import type {
  CoverageCounts,
  CsmCoverage,
  TeamCoverage,
  UncoveredAccount,
} from '../../../lib/book/coverage-format';
import { COVERAGE_WINDOW_DAYS } from '../../../lib/metrics/account-coverage';
import {
  COVERAGE_BENCHMARK,
  coverageVerdict,
  EARLY_ROLLOUT_BAND,
} from '../../../lib/metrics/coverage-benchmark';
import type { Db } from '../db/open-db';

const DAY = 86_400_000;
/** Uncovered accounts listed per CSM; `uncoveredTotal` has the full count. */
export const DEFAULT_UNCOVERED_LIMIT = 50;

async function rows<T>(db: Db, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

/**
 * The book's accounts that got an AI-drafted e-mail, sent (approved or edited), to one of their
 * domains in [since, asOf]. A recipient domain counts for the account with the longest matching
 * domain: mail to eu.acme.com covers the account of eu.acme.com if the book has one, else the
 * account of acme.com. Only the window's sent drafts are read (a partial index), and each
 * recipient domain is matched by its suffixes through the book's primary key.
 */
export function coveredAccounts(since: number, asOf: number): SQL {
  return sql`recent as (
      select distinct lower(d.domain) as domain
      from reviews, jsonb_array_elements_text(recipient_domains) as d(domain)
      where sent_text is not null and not deleted and outcome in ('approve', 'edit')
        and ended_at >= ${since} and ended_at <= ${asOf}
    ), suffixes as (
      select r.domain, array_to_string(p.parts[i:], '.') as suffix
      from recent r
      cross join lateral (select string_to_array(r.domain, '.') as parts) p
      cross join lateral generate_series(1, greatest(cardinality(p.parts) - 1, 1)) as i
    ), matched as (
      select distinct on (s.domain) b.account_id
      from suffixes s join book_domains b on b.domain = s.suffix
      order by s.domain, length(b.domain) desc
    ), covered as (select distinct account_id from matched)`;
}

const forCsm = (csmId: string | undefined) =>
  csmId === undefined ? sql`true` : sql`a.csm_id = ${csmId}`;

/** The trailing window that ends at `asOf`, as `coverageFor` and the weekly scorecard read it. */
export function coverageWindow(asOf: number): { since: number; asOf: number } {
  return { since: asOf - COVERAGE_WINDOW_DAYS * DAY, asOf };
}

/**
 * Per CSM with a book: `csm_id`, `accounts` in the book and how many of them are `covered` in
 * [since, asOf]. The one counting both the live coverage and the weekly scorecard use.
 */
export function coverageByCsm(since: number, asOf: number, where: SQL = sql`true`): SQL {
  return sql`with ${coveredAccounts(since, asOf)}
    select a.csm_id, count(*)::int as accounts, count(c.account_id)::int as covered
    from book_accounts a left join covered c on c.account_id = a.id
    where ${where} group by a.csm_id`;
}

/** Counts with their share and verdict; the share is null for an empty book. */
export function coverageCounts(accounts: number, covered: number): CoverageCounts {
  const share = accounts > 0 ? covered / accounts : null;
  return { accounts, covered, share, verdict: coverageVerdict(share) };
}

export interface CoverageOptions {
  /** The end of the trailing 30-day window (ms since epoch). */
  asOf: number;
  /** One CSM's book only. */
  csmId?: string;
  uncoveredLimit?: number;
}

/**
 * AI-assisted account coverage against the book of business: per CSM with a book and for the
 * team, covered accounts / accounts in the book over the trailing 30 days, with the accounts not
 * covered (biggest ARR first). The database does the matching and the counting.
 */
export async function coverageFor(
  db: Db,
  { asOf, csmId, uncoveredLimit = DEFAULT_UNCOVERED_LIMIT }: CoverageOptions,
): Promise<TeamCoverage> {
  const { since } = coverageWindow(asOf);
  const covered = coveredAccounts(since, asOf);
  const [perCsm, uncovered] = await Promise.all([
    rows<{ csm_id: string; display_name: string | null; accounts: number; covered: number }>(
      db,
      sql`select p.csm_id, m.display_name, p.accounts, p.covered
          from (${coverageByCsm(since, asOf, forCsm(csmId))}) p
          left join csms m on m.csm_id = p.csm_id
          order by p.csm_id`,
    ),
    // The scorecard asks for counts only: the window is not matched a second time for it.
    uncoveredLimit === 0
      ? []
      : rows<{
          csm_id: string;
          account: string;
          arr: number | null;
          segment: string | null;
          domains: string[];
        }>(
          db,
          sql`with ${covered}
          select u.csm_id, u.account, u.arr, u.segment,
            coalesce((select json_agg(b.domain order by b.domain) from book_domains b
                      where b.account_id = u.id), '[]'::json) as domains
          from (select a.id, a.csm_id, a.account, a.arr, a.segment,
                  row_number() over (partition by a.csm_id
                                     order by a.arr desc nulls last, a.account, a.id) as rank
                from book_accounts a
                where ${forCsm(csmId)}
                  and not exists (select 1 from covered c where c.account_id = a.id)) u
          where u.rank <= ${uncoveredLimit}
          order by u.csm_id, u.rank`,
        ),
  ]);
  const listed = new Map<string, UncoveredAccount[]>();
  for (const row of uncovered) {
    const list = listed.get(row.csm_id) ?? [];
    list.push({ account: row.account, domains: row.domains, arr: row.arr, segment: row.segment });
    listed.set(row.csm_id, list);
  }
  const csms: CsmCoverage[] = perCsm.map((row) => ({
    csmId: row.csm_id,
    displayName: row.display_name,
    ...coverageCounts(row.accounts, row.covered),
    uncovered: listed.get(row.csm_id) ?? [],
    uncoveredTotal: row.accounts - row.covered,
  }));
  const total = csms.reduce((n, c) => n + c.accounts, 0);
  const done = csms.reduce((n, c) => n + c.covered, 0);
  return {
    asOf,
    windowDays: COVERAGE_WINDOW_DAYS,
    benchmark: COVERAGE_BENCHMARK,
    earlyRollout: { ...EARLY_ROLLOUT_BAND },
    team: coverageCounts(total, done),
    csms,
  };
}

/** One CSM's coverage; a CSM with no book has 0 accounts and a null share. */
export function emptyCsmCoverage(csmId: string, displayName: string | null): CsmCoverage {
  return { csmId, displayName, ...coverageCounts(0, 0), uncovered: [], uncoveredTotal: 0 };
}
