import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBook } from '@/server/src/book/book-import';
import { fetchMyCoverage } from '@/lib/sync/my-coverage';
import { endedReview } from '../server/support/seed-team';
import { BACKENDS } from '../server/support/test-databases';
import { startTestServer, type TestServer } from '../server/support/test-server';
import { postBatch } from '../server/support/wire-factory';

describe.each(BACKENDS)("the CSM's coverage from the real backend on %s", (backend) => {
  let server: TestServer;
  let ana: string;
  let cy: string;
  const ready = (token: string, csmId: string) =>
    ({ ready: true, endpoint: server.url, token, csmId }) as const;

  beforeAll(async () => {
    server = await startTestServer(backend);
    ana = await server.csmToken('ana');
    cy = await server.csmToken('cy');
    const book = 'account,domains,csm_id,arr\nAcme,acme.com,ana,10\nBee,bee.co,ana,20\n';
    expect(await importBook(server.database.db, book, Date.now())).toMatchObject({ ok: true });
    const review = endedReview('ana', Date.now(), 1, {
      outcome: 'approve',
      recipientDomains: ['acme.com'],
    });
    await postBatch(server.url, ana, { schemaVersion: 1, reviews: [review] });
  });
  afterAll(() => server.close());

  it('gives the share, the counts and the uncovered accounts', async () => {
    const result = await fetchMyCoverage(ready(ana, 'ana'));
    expect(result).toMatchObject({
      state: 'ready',
      windowDays: 30,
      coverage: { accounts: 2, covered: 1, share: 0.5, uncovered: [{ account: 'Bee' }] },
    });
  });

  it('shows nothing with sync off or no book for the CSM', async () => {
    expect(await fetchMyCoverage({ ready: false, reason: 'off', off: true })).toEqual({
      state: 'none',
    });
    expect(await fetchMyCoverage(ready(cy, 'cy'))).toEqual({ state: 'none' });
  });

  it('says in words when the token is refused or the backend cannot be reached', async () => {
    expect(await fetchMyCoverage(ready('rl_unknown', 'ana'))).toMatchObject({
      state: 'unreachable',
      message: expect.stringMatching(/does not know this access token/),
    });
    const gone = await fetchMyCoverage({ ...ready(ana, 'ana'), endpoint: 'http://127.0.0.1:9' });
    expect(gone).toMatchObject({
      state: 'unreachable',
      message: expect.stringMatching(/cannot be reached/),
    });
  });
});
