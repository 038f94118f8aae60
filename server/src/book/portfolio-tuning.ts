import { sql, type SQL } from 'drizzle-orm';
import { TUNING_TARGET } from '../../../lib/metrics/tuning-progress';
import type { Db } from '../db/open-db';

export interface PortfolioProgress {
  /** `csm`: a CSM's book; `segment`: one segment of the book. */
  kind: 'csm' | 'segment';
  /** The CSM id or the segment's name. */
  key: string;
  displayName: string | null;
  accounts: number;
  /** Rejected drafts (reject outcome, discarded drafts included) addressed to its accounts. */
  rejected: number;
  target: number;
}

export interface TuningByPortfolio {
  target: number;
  /** Every rejected draft of the team. */
  rejectedTotal: number;
  /** Rejected drafts whose recipients match no account of the book (or had no recipient). */
  unattributed: number;
  portfolios: PortfolioProgress[];
}

async function rows<T>(db: Db, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

/**
 * Progress toward the 80 rejected drafts that materially improve a portfolio model, per CSM book
 * and per segment. A draft belongs to the accounts its recipient domains match (longest domain
 * first, as coverage matches them); rejected counts as the popup's tuning progress counts it.
 */
export async function tuningByPortfolio(db: Db): Promise<TuningByPortfolio> {
  const attributed = sql`rejected as (
      select id, recipient_domains from reviews where outcome = 'reject' and not deleted
    ), recipients as (
      select distinct r.id, lower(d.domain) as domain
      from rejected r, jsonb_array_elements_text(coalesce(r.recipient_domains, '[]'::jsonb)) as d(domain)
    ), suffixes as (
      select r.id, r.domain, array_to_string(p.parts[i:], '.') as suffix
      from recipients r
      cross join lateral (select string_to_array(r.domain, '.') as parts) p
      cross join lateral generate_series(1, greatest(cardinality(p.parts) - 1, 1)) as i
    ), matched as (
      select distinct on (s.id, s.domain) s.id as review_id, b.account_id
      from suffixes s join book_domains b on b.domain = s.suffix
      order by s.id, s.domain, length(b.domain) desc
    )`;
  const [portfolios, totals] = await Promise.all([
    rows<{
      kind: 'csm' | 'segment';
      key: string;
      display_name: string | null;
      accounts: number;
      rejected: number;
    }>(
      db,
      // Each portfolio's accounts and its matched drafts are counted apart, then put side by
      // side: joining the matches to every account row lets the planner loop over them.
      sql`with ${attributed}, owned as (
            select distinct m.review_id, a.csm_id, a.segment
            from matched m join book_accounts a on a.id = m.account_id
          )
          select 'csm' as kind, a.csm_id as key, min(c.display_name) as display_name,
            a.accounts, coalesce(r.rejected, 0)::int as rejected
          from (select csm_id, count(*)::int as accounts from book_accounts group by csm_id) a
          left join (select csm_id, count(distinct review_id)::int as rejected from owned
                     group by csm_id) r on r.csm_id = a.csm_id
          left join csms c on c.csm_id = a.csm_id
          group by a.csm_id, a.accounts, r.rejected
          union all
          select 'segment', a.segment, null, a.accounts, coalesce(r.rejected, 0)::int
          from (select segment, count(*)::int as accounts from book_accounts
                where segment is not null group by segment) a
          left join (select segment, count(distinct review_id)::int as rejected from owned
                     where segment is not null group by segment) r on r.segment = a.segment
          order by 1, 2`,
    ),
    rows<{ total: number; attributed: number }>(
      db,
      sql`with ${attributed}
          select (select count(*)::int from rejected) as total,
            (select count(distinct review_id)::int from matched) as attributed`,
    ),
  ]);
  const { total, attributed: matched } = totals[0]!;
  return {
    target: TUNING_TARGET,
    rejectedTotal: total,
    unattributed: total - matched,
    portfolios: portfolios.map((p) => ({
      kind: p.kind,
      key: p.key,
      displayName: p.display_name,
      accounts: p.accounts,
      rejected: p.rejected,
      target: TUNING_TARGET,
    })),
  };
}
