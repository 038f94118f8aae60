import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBook } from '@/server/src/book/book-import';
import { coverageFor } from '@/server/src/book/coverage';
import { endedReview } from '../support/seed-team';
import { BACKENDS } from '../support/test-databases';
import { startTestServer, type TestServer } from '../support/test-server';
import { postBatch } from '../support/wire-factory';

const DAY = 86_400_000;
const AS_OF = Date.UTC(2026, 10, 30, 12);

describe.each(BACKENDS)('coverageFor on %s', (backend) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer(backend);
    const ana = await server.csmToken('ana');
    const book = [
      'account,domains,csm_id,arr',
      'Edge,edge.com,ana,1',
      'Late,late.com,ana,2',
      'Future,future.com,ana,3',
      'Parent,acme.com,ana,4',
      'Child,eu.acme.com,ana,5',
    ].join('\n');
    expect(await importBook(server.database.db, book, AS_OF)).toMatchObject({ ok: true });
    const at = (endedAt: number, domain: string) => ({
      ...endedReview('ana', AS_OF, 0, { outcome: 'approve', recipientDomains: [domain] }),
      endedAt,
    });
    const reviews = [
      at(AS_OF - 30 * DAY, 'edge.com'), // the window's first instant: inside
      at(AS_OF - 30 * DAY - 1, 'late.com'), // a millisecond before: outside
      at(AS_OF + 1, 'future.com'), // after asOf: outside
      at(AS_OF - DAY, 'mail.eu.acme.com'), // the longest book domain wins: Child, not Parent
    ];
    const posted = await postBatch(server.url, ana, { schemaVersion: 1, reviews });
    expect(posted.status).toBe(200);
  });
  afterAll(() => server.close());

  it('counts the trailing 30 days up to asOf, both ends exact', async () => {
    const { csms, team } = await coverageFor(server.database.db, { asOf: AS_OF });
    expect(team).toMatchObject({ accounts: 5, covered: 2, share: 0.4 });
    expect(csms[0]!.uncovered.map((u) => u.account)).toEqual(['Parent', 'Future', 'Late']);
  });

  it('moves with asOf and cuts the uncovered list at the limit, keeping the total', async () => {
    const later = await coverageFor(server.database.db, {
      asOf: AS_OF + 2,
      csmId: 'ana',
      uncoveredLimit: 1,
    });
    // Edge has left the window; Future has entered it.
    expect(later.csms[0]).toMatchObject({ covered: 2, uncoveredTotal: 3 });
    expect(later.csms[0]!.uncovered.map((u) => u.account)).toEqual(['Parent']);
  });

  it('has no CSM entry for a CSM with no book', async () => {
    const none = await coverageFor(server.database.db, { asOf: AS_OF, csmId: 'nobody' });
    expect(none.csms).toEqual([]);
    expect(none.team).toMatchObject({ accounts: 0, covered: 0, share: null });
  });
});
