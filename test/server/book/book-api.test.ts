import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MyCoverage, TeamCoverage } from '@/lib/book/coverage-format';
import { replaceBook } from '@/server/src/book/book-store';
import type { TuningByPortfolio } from '@/server/src/book/portfolio-tuning';
import { endedReview } from '../support/seed-team';
import { BACKENDS, queryRows } from '../support/test-databases';
import { startTestServer, type TestServer } from '../support/test-server';
import { postBatch } from '../support/wire-factory';

const BOOK = `account,domains,csm_id,arr,segment
Acme,ACME.com;acme.io,ana,300000,Enterprise
Bee,bee.co,ana,50000,SMB
Cee,cee.org eu.cee.org,ana,,SMB
Dee,dee.net,bo,10000,SMB
`;

describe.each(BACKENDS)('book of business on %s', (backend) => {
  let server: TestServer;
  let manager: string;
  let ana: string;
  let cy: string;

  beforeAll(async () => {
    server = await startTestServer(backend);
    manager = await server.managerToken();
    ana = await server.csmToken('ana', 'Ana Lima');
    cy = await server.csmToken('cy', 'Cy');
  });
  afterAll(() => server.close());

  const put = async (body: string, token = manager, type = 'text/csv') => {
    const res = await fetch(`${server.url}/v1/manager/book`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': type },
      body,
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  const get = async <T>(path: string, token = manager) => {
    const res = await fetch(`${server.url}${path}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    return { status: res.status, body: (await res.json()) as T };
  };
  const accounts = () =>
    queryRows<{ account: string }>(
      server.database,
      sql`select account from book_accounts order by id`,
    );

  it('imports a good file and says what it holds', async () => {
    const { status, body } = await put(BOOK);
    expect(status).toBe(200);
    expect(body).toMatchObject({ ok: true, accounts: 4, domains: 6, csms: 2, segments: 2 });
    expect((await get<{ accounts: number }>('/v1/manager/book')).body).toMatchObject({
      accounts: 4,
      domains: 6,
      csms: 2,
    });
  });

  it('refuses a bad file whole: every bad row listed, the old book kept', async () => {
    const { status, body } = await put(
      'account,domains,csm_id,arr\nNew,new.com,ana,1\n,x.com,ana,\nZed,zed,ana,lots\n',
    );
    expect(status).toBe(400);
    expect(body.error).toBe('invalid-book');
    expect(body.message).toMatch(/Nothing was imported: 3 problem\(s\) on 2 line\(s\)/);
    expect(body.problems).toEqual([
      { line: 3, column: 'account', message: expect.stringMatching(/empty/) },
      { line: 4, column: 'domains', message: expect.stringMatching(/"zed" is not a domain/) },
      { line: 4, column: 'arr', message: expect.stringMatching(/"lots" is not a number/) },
    ]);
    expect((await accounts()).map((a) => a.account)).toEqual(['Acme', 'Bee', 'Cee', 'Dee']);
  });

  it('replaces the book whole on the next import', async () => {
    expect((await put('account,domains,csm_id\nSolo,solo.com,cy\n')).status).toBe(200);
    expect(await accounts()).toEqual([{ account: 'Solo' }]);
    expect((await put(BOOK)).status).toBe(200);
    expect((await accounts()).map((a) => a.account)).toEqual(['Acme', 'Bee', 'Cee', 'Dee']);
  });

  it('rolls back a failing import: the old book stays whole', async () => {
    const rows = [
      { line: 2, account: 'X', domains: ['x.com'], csmId: 'ana', arr: null, segment: null },
      // The same domain twice breaks the primary key after the old book was deleted.
      { line: 3, account: 'Y', domains: ['x.com'], csmId: 'ana', arr: null, segment: null },
    ];
    await expect(replaceBook(server.database.db, rows, Date.now())).rejects.toThrow();
    expect((await accounts()).map((a) => a.account)).toEqual(['Acme', 'Bee', 'Cee', 'Dee']);
  });

  it('takes only manager tokens and CSV bodies', async () => {
    expect((await put(BOOK, ana)).status).toBe(403);
    expect((await put(BOOK, 'rl_nope')).status).toBe(401);
    expect((await put('{"a":1}', manager, 'application/json')).status).toBe(415);
  });

  it('counts coverage over the trailing 30 days, per CSM and for the team', async () => {
    const now = Date.now();
    const day = 86_400_000;
    const sent = (daysAgo: number, domains: string[], extra = {}) =>
      endedReview('ana', now, daysAgo, { outcome: 'approve', recipientDomains: domains, ...extra });
    const reviews = [
      sent(1, ['sales.acme.com']), // a subdomain of Acme's ACME.com
      // Discarded and rejected drafts did not reach the account.
      sent(2, ['bee.co'], { outcome: 'reject', sentText: null, endReason: 'discarded' }),
      sent(2, ['bee.co'], { outcome: 'reject' }),
      sent(40, ['bee.co']), // outside the window
      { ...sent(0, ['eu.cee.org'], { outcome: 'edit' }), endedAt: now - 29 * day },
      sent(3, ['gmail.com', 'notinbook.com']),
    ];
    const posted = await postBatch(server.url, ana, { schemaVersion: 1, reviews });
    expect(posted.body).toMatchObject({ results: reviews.map(() => ({ status: 'accepted' })) });
    const { body } = await get<TeamCoverage>('/v1/manager/coverage');
    expect(body).toMatchObject({
      windowDays: 30,
      benchmark: 0.85,
      earlyRollout: { low: 0.4, high: 0.55 },
    });
    expect(body.team).toMatchObject({ accounts: 4, covered: 2, share: 0.5 });
    expect(body.team.verdict).toMatch(/Within the 40-55 %/);
    const [a, b] = body.csms;
    expect(a).toMatchObject({ csmId: 'ana', displayName: 'Ana Lima', accounts: 3, covered: 2 });
    expect(a!.uncovered).toEqual([
      { account: 'Bee', domains: ['bee.co'], arr: 50000, segment: 'SMB' },
    ]);
    expect(b).toMatchObject({ csmId: 'bo', accounts: 1, covered: 0, share: 0, uncoveredTotal: 1 });
    expect(b!.verdict).toMatch(/Below the 40-55 %/);
  });

  it('gives a CSM their own coverage, and a CSM with no book none', async () => {
    const own = await get<MyCoverage>('/v1/me/coverage', ana);
    expect(own.status).toBe(200);
    expect(own.body.coverage).toMatchObject({ csmId: 'ana', accounts: 3, covered: 2 });
    const none = await get<MyCoverage>('/v1/me/coverage', cy);
    expect(none.body.coverage).toMatchObject({
      csmId: 'cy',
      displayName: 'Cy',
      accounts: 0,
      share: null,
    });
    expect((await get('/v1/me/coverage', manager)).status).toBe(403);
  });

  it('counts rejected drafts toward 80 per CSM book and per segment', async () => {
    const now = Date.now();
    const reject = (domains: string[], discarded = false) =>
      endedReview('ana', now, 5, {
        outcome: 'reject',
        recipientDomains: domains,
        ...(discarded ? { sentText: null, endReason: 'discarded' as const } : {}),
      });
    const reviews = [reject(['dee.net']), reject(['dee.net', 'acme.io'], true), reject([], true)];
    expect((await postBatch(server.url, ana, { schemaVersion: 1, reviews })).status).toBe(200);
    const { body } = await get<TuningByPortfolio>('/v1/manager/tuning-progress');
    // Two rejects to bee.co from the coverage test, plus these three.
    expect(body).toMatchObject({ target: 80, rejectedTotal: 5, unattributed: 1 });
    const of = (kind: string, key: string) =>
      body.portfolios.find((p) => p.kind === kind && p.key === key);
    expect(of('csm', 'ana')).toMatchObject({ accounts: 3, rejected: 3, target: 80 });
    expect(of('csm', 'bo')).toMatchObject({ accounts: 1, rejected: 2 });
    expect(of('segment', 'SMB')).toMatchObject({ accounts: 3, rejected: 4 });
    expect(of('segment', 'Enterprise')).toMatchObject({ accounts: 1, rejected: 1 });
    expect((await get('/v1/manager/tuning-progress', ana)).status).toBe(403);
  });
});
