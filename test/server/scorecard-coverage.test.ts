import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookCsv, type CoverageRow, expectedCoverage } from './scorecard/expected-coverage';
import { BACKENDS } from './support/test-databases';
import { startTestServer, type TestServer } from './support/test-server';
import { postBatch, wireDelete, wireReview } from './support/wire-factory';

const BOOK = [
  { account: 'Acme', domains: ['acme.com'], csmId: 'ana' },
  { account: 'Beta', domains: ['beta.io'], csmId: 'bo' },
  { account: 'Gamma', domains: ['gamma.org'], csmId: 'bo' },
];
const DAY = 86_400_000;

// The weeks a send counts in, at their edges: its own week through the last week whose 30 days
// to its final millisecond still hold it. Any other week is recomputed only if it has to be.
describe.each(BACKENDS)('weekly coverage kept by ingest on %s', (backend) => {
  let server: TestServer;
  let bo: string;

  beforeAll(async () => {
    server = await startTestServer(backend);
    bo = await server.csmToken('bo');
    const manager = await server.managerToken();
    const res = await fetch(`${server.url}/v1/manager/book`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${manager}`, 'content-type': 'text/csv' },
      body: bookCsv(BOOK),
    });
    expect(res.status).toBe(200);
  }, 180_000);
  afterAll(() => server.close());

  const stored = async () =>
    (
      (await server.database.db.execute(
        sql.raw(`select week::text as week, csm_id, accounts, covered
          from scorecard_coverage_weeks order by csm_id, week`),
      )) as unknown as { rows: CoverageRow[] }
    ).rows;

  it('counts a send in its week and the weeks that end less than 30 days after it', async () => {
    // Bo writes to Ana's account: coverage is about the account, whoever sent the draft.
    const toAna = wireReview('bo', {
      endedAt: Date.UTC(2026, 9, 7, 12),
      recipientDomains: ['acme.com'],
    });
    // Exactly 30 days before the end of the week of Monday 30 November.
    const edge = Date.UTC(2026, 11, 6, 23, 59, 59, 999) - 30 * DAY;
    const toBo = wireReview('bo', { endedAt: edge, recipientDomains: ['mail.beta.io'] });
    const answer = await postBatch(server.url, bo, { schemaVersion: 1, reviews: [toAna, toBo] });
    expect(answer.status).toBe(200);
    const weeks = (rows: CoverageRow[], csm: string) =>
      rows.filter((r) => r.csm_id === csm).map((r) => r.week);
    const rows = await stored();
    expect(weeks(rows, 'ana')).toEqual(['2026-10-05', '2026-10-12', '2026-10-19', '2026-10-26']);
    expect(weeks(rows, 'bo')).toEqual([
      '2026-11-02',
      '2026-11-09',
      '2026-11-16',
      '2026-11-23',
      '2026-11-30',
    ]);
    expect(rows.find((r) => r.csm_id === 'bo')).toMatchObject({ accounts: 2, covered: 1 });
    expect(rows).toEqual(expectedCoverage([toAna, toBo], BOOK));

    // A new revision that discards the draft, and a deletion, take their weeks back out.
    const discarded = {
      ...toAna,
      revision: 2,
      outcome: 'reject' as const,
      endReason: 'discarded' as const,
      sentText: null,
    };
    const later = await postBatch(server.url, bo, {
      schemaVersion: 1,
      reviews: [discarded, wireDelete('bo', toBo.id, 2)],
    });
    expect(later.status).toBe(200);
    expect(await stored()).toEqual([]);
  }, 120_000);
});
