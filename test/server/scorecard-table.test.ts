import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WireReview, WireUpsert } from '@/lib/sync/wire-format';
import { rebuildScorecard } from '@/server/src/scorecard/scorecard-refresh';
import {
  type BookAccount,
  bookCsv,
  type CoverageRow,
  expectedCoverage,
} from './scorecard/expected-coverage';
import { byKey, expectedScorecard, type ScorecardRow } from './scorecard/expected-scorecard';
import { BACKENDS } from './support/test-databases';
import { startTestServer, type TestServer } from './support/test-server';
import { postBatch, wireDelete, wireReview } from './support/wire-factory';

/** A small seeded generator (mulberry32): the same "random" history on every run. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const START = Date.UTC(2026, 9, 5, 23, 30); // a Monday, late: UTC weeks, not local ones
const OUTCOMES = ['approve', 'edit', 'reject'] as const;
const TYPES = ['qbr', 'renewal', 'risk', 'support'] as const;
const DOMAINS = ['acme.com', 'eu.acme.com', 'beta.io', 'gamma.org', 'x.gamma.org', 'gmail.com'];
/** The book at the start; halfway through, a new book moves, adds and drops accounts. */
const FIRST_BOOK: BookAccount[] = [
  { account: 'Acme', domains: ['acme.com'], csmId: 'ana' },
  { account: 'Acme EU', domains: ['eu.acme.com'], csmId: 'bo' },
  { account: 'Beta', domains: ['beta.io'], csmId: 'ana' },
  { account: 'Gamma', domains: ['gamma.org'], csmId: 'cy' },
  { account: 'Zeta', domains: ['zeta.com'], csmId: 'cy' },
  { account: 'Dormant', domains: ['dormant.net'], csmId: 'dee' },
];
const SECOND_BOOK: BookAccount[] = [
  { account: 'Acme', domains: ['acme.com', 'eu.acme.com'], csmId: 'bo' },
  { account: 'Beta', domains: ['beta.io'], csmId: 'ana' },
  { account: 'Gamma X', domains: ['x.gamma.org'], csmId: 'ana' },
  { account: 'Gamma', domains: ['gamma.org'], csmId: 'cy' },
  { account: 'Zeta', domains: ['zeta.com'], csmId: 'ana' },
];

describe.each(BACKENDS)('the maintained scorecard on %s', (backend) => {
  let server: TestServer;
  const tokens: Record<string, string> = {};
  const live = new Map<string, WireUpsert>();
  const sentRevisions: WireReview[] = [];

  let manager: string;

  beforeAll(async () => {
    server = await startTestServer(backend);
    for (const csm of ['ana', 'bo', 'cy']) tokens[csm] = await server.csmToken(csm);
    manager = await server.managerToken();
  }, 180_000);

  const importBook = async (book: readonly BookAccount[]) => {
    const res = await fetch(`${server.url}/v1/manager/book`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${manager}`, 'content-type': 'text/csv' },
      body: bookCsv(book),
    });
    expect(res.status).toBe(200);
  };
  const storedCoverage = async (): Promise<CoverageRow[]> => {
    const { rows } = (await server.database.db.execute(
      sql.raw(`select week::text as week, csm_id, accounts, covered
        from scorecard_coverage_weeks order by csm_id, week`),
    )) as unknown as { rows: CoverageRow[] };
    return rows;
  };
  afterAll(() => server.close());

  const stored = async (table: string): Promise<ScorecardRow[]> => {
    const { rows } = (await server.database.db.execute(
      sql.raw(`select week::text as week, ${table === 'scorecard_csm_weeks' ? 'csm_id' : 'null as csm_id'},
        task_type, reviews, approved, edited, rejected, sent, median_task_ms, median_active_ms
        from ${table}`),
    )) as unknown as { rows: ScorecardRow[] };
    return rows.sort(byKey);
  };

  it('equals a from-scratch recomputation after random upserts, revisions, deletes and replays', async () => {
    const next = random(12);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
    const fresh = (csmId: string, revision: number, id?: string): WireUpsert => {
      const endedAt = START + Math.floor(next() * 35 * 86_400_000);
      const sent = next() < 0.8;
      return wireReview(csmId, {
        ...(id ? { id } : {}),
        revision,
        outcome: sent ? pick(OUTCOMES) : 'reject',
        endReason: sent ? 'sent' : 'discarded',
        sentText: sent ? 'Sent text' : null,
        taskType: pick(TYPES),
        endedAt,
        updatedAt: endedAt,
        draftSeenAt: endedAt - 1000,
        taskMs: Math.floor(next() * 3_000_000),
        activeMs: Math.floor(next() * 600_000),
        recipientDomains: [...new Set([pick(DOMAINS), ...(next() < 0.3 ? [pick(DOMAINS)] : [])])],
      });
    };
    let book = FIRST_BOOK;
    await importBook(book);
    for (let round = 0; round < 12; round++) {
      if (round === 6) {
        // A new book recomputes every week's coverage: the reviews already stored included.
        book = SECOND_BOOK;
        await importBook(book);
        expect(await storedCoverage()).toEqual(expectedCoverage([...live.values()], book));
      }
      const batches = Object.keys(tokens).map((csm) => {
        const batch: WireReview[] = [];
        const own = [...live.values()].filter((r) => r.csmId === csm);
        for (let i = 0; i < 6; i++) batch.push(fresh(csm, 1));
        for (const old of own.filter(() => next() < 0.25)) {
          // A new revision may move the review to another week, type or outcome.
          batch.push(
            next() < 0.15
              ? wireDelete(csm, old.id, old.revision + 1)
              : fresh(csm, old.revision + 1, old.id),
          );
        }
        // A replay of something already stored changes nothing.
        const replay = sentRevisions.filter((r) => r.csmId === csm).at(-1);
        if (replay) batch.push(replay);
        return { csm, batch };
      });
      // The CSMs' batches arrive at the same time: their team weeks overlap.
      const answers = await Promise.all(
        batches.map(({ csm, batch }) =>
          postBatch(server.url, tokens[csm]!, { schemaVersion: 1, reviews: batch }),
        ),
      );
      for (const answer of answers) expect(answer.status).toBe(200);
      for (const { batch } of batches) {
        for (const review of batch) {
          const known = live.get(review.id);
          if (known && known.revision >= review.revision) continue;
          if (review.op === 'delete') live.delete(review.id);
          else live.set(review.id, review);
          sentRevisions.push(review);
        }
      }
    }
    expect(live.size).toBeGreaterThan(150);
    const reviews = [...live.values()];
    const csmRows = await stored('scorecard_csm_weeks');
    expect(csmRows).toEqual(expectedScorecard(reviews, true));
    expect(await stored('scorecard_team_weeks')).toEqual(expectedScorecard(reviews, false));
    const coverage = expectedCoverage(reviews, book);
    expect(coverage.length).toBeGreaterThan(10);
    expect(await storedCoverage()).toEqual(coverage);
    // The documented views: every CSM-week with reviews or coverage; a week without a stored
    // row is 0 covered of the CSM's book; a CSM with no book has null coverage.
    const bookSize = (csm: string) => book.filter((a) => a.csmId === csm).length || null;
    const viewRows = (
      (await server.database.db.execute(
        sql.raw(`select week::text as week, csm_id, reviews, accounts, covered_accounts, coverage
          from redline_scorecard_csm_week order by csm_id, week`),
      )) as unknown as {
        rows: {
          week: string;
          csm_id: string;
          reviews: number;
          accounts: number | null;
          covered_accounts: number | null;
          coverage: number | null;
        }[];
      }
    ).rows;
    const keys = new Set([
      ...csmRows.map((r) => `${r.csm_id}|${r.week}`),
      ...coverage.map((r) => `${r.csm_id}|${r.week}`),
    ]);
    expect(viewRows.map((r) => `${r.csm_id}|${r.week}`).sort()).toEqual([...keys].sort());
    for (const row of viewRows) {
      const covered = coverage.find((c) => c.csm_id === row.csm_id && c.week === row.week);
      const accounts = bookSize(row.csm_id);
      expect(row, `${row.csm_id} ${row.week}`).toMatchObject({
        accounts,
        covered_accounts: accounts === null ? null : (covered?.covered ?? 0),
      });
      if (accounts === null) expect(row.coverage).toBeNull();
      else expect(row.coverage).toBeCloseTo((covered?.covered ?? 0) / accounts, 12);
    }
    const teamRows = (
      (await server.database.db.execute(
        sql.raw(`select week::text as week, accounts, covered_accounts
          from redline_scorecard_team_week order by week`),
      )) as unknown as { rows: { week: string; accounts: number; covered_accounts: number }[] }
    ).rows;
    expect(teamRows.length).toBeGreaterThan(4);
    for (const row of teamRows) {
      const covered = coverage
        .filter((c) => c.week === row.week)
        .reduce((n, c) => n + c.covered, 0);
      expect(row, row.week).toEqual({
        week: row.week,
        accounts: book.length,
        covered_accounts: covered,
      });
    }
    // A rebuild from every review gives the same rows: the maintained table never drifted.
    await rebuildScorecard(server.database.db);
    expect(await stored('scorecard_csm_weeks')).toEqual(csmRows);
    expect(await storedCoverage()).toEqual(coverage);
  }, 300_000);
});
