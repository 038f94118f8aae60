import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StarredExample, TeamSummary } from '@/server/src/manager/team-summary';
import { seedTeam } from './support/seed-team';
import { BACKENDS } from './support/test-databases';
import { startTestServer, type TestServer } from './support/test-server';

describe.each(BACKENDS)("manager's view on %s", (backend) => {
  let server: TestServer;
  let manager: string;
  let ana: string;

  beforeAll(async () => {
    server = await startTestServer(backend);
    ana = await server.csmToken('ana', 'Ana Lima');
    const bo = await server.csmToken('bo', 'Bo Chen');
    manager = await server.managerToken();
    await seedTeam(server.url, { ana, bo }, Date.now());
  });
  afterAll(() => server.close());

  const summary = async (token: string) => {
    const res = await fetch(`${server.url}/v1/manager/summary`, {
      headers: { authorization: `Bearer ${token}` },
    });
    return { status: res.status, body: (await res.json()) as TeamSummary };
  };

  it('gives each CSM the override rate with counts, over 7 and 30 days', async () => {
    const { body } = await summary(manager);
    const [a, b] = body.csms;
    expect(a).toMatchObject({ csmId: 'ana', displayName: 'Ana Lima' });
    expect(a!.last7).toMatchObject({
      approved: 6,
      edited: 3,
      rejected: 1,
      total: 10,
      enough: true,
      rate: 0.4,
    });
    expect(a!.last30).toMatchObject({ approved: 6, edited: 3, rejected: 6, total: 15, rate: 0.6 });
    expect(b).toMatchObject({ csmId: 'bo', displayName: 'Bo Chen' });
    expect(b!.last7).toMatchObject({ total: 3, enough: false });
    expect(body.band).toEqual({ low: 0.18, high: 0.32 });
  });

  it('has the weekly trend, task times beside the benchmarks, coverage and rejected counts', async () => {
    const a = (await summary(manager)).body.csms[0]!;
    expect(a.trend).toHaveLength(12);
    expect(a.trend.reduce((sum, week) => sum + week.total, 0)).toBe(15);
    expect(a.taskTimes.find((t) => t.taskType === 'qbr')).toEqual({
      taskType: 'qbr',
      count: 3,
      medianTaskMin: 20,
      medianActiveMin: 2,
      benchmarkMin: 22,
    });
    // six client domains and acme.com from the qbr drafts; gmail.com is a person, not an account.
    expect(a.coverageAccounts).toBe(7);
    expect(a.rejected).toBe(6);
  });

  const example = async (id: string, token = manager) => {
    const res = await fetch(`${server.url}/v1/manager/examples/${id}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    return { status: res.status, body: (await res.json()) as StarredExample };
  };

  it('lists starred examples without their texts; opening one gives its word diff', async () => {
    const a = (await summary(manager)).body.csms[0]!;
    expect(a.starred).toHaveLength(2);
    const edited = a.starred.find((s) => s.outcome === 'edit')!;
    expect(edited.note).toBe('good catch');
    expect(edited).not.toHaveProperty('parts');
    expect(edited.draftChars).toBeGreaterThan(0);
    const opened = await example(edited.id);
    expect(opened.status).toBe(200);
    expect(opened.body).toMatchObject({ id: edited.id, csmId: 'ana', note: 'good catch' });
    expect(opened.body.parts.some((p) => p.kind === 'added')).toBe(true);
    expect(opened.body.parts.some((p) => p.kind === 'removed')).toBe(true);
  });

  it('opens only starred examples, for managers, and says why not in words', async () => {
    const a = (await summary(manager)).body.csms[0]!;
    expect((await example(a.starred[0]!.id, ana)).status).toBe(403);
    expect((await example('00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await example('not-a-uuid')).status).toBe(400);
  });

  it('pages the team by CSM id', async () => {
    const page = async (query: string) =>
      (
        await fetch(`${server.url}/v1/manager/summary?${query}`, {
          headers: { authorization: `Bearer ${manager}` },
        })
      ).json() as Promise<TeamSummary>;
    const first = await page('limit=1');
    expect(first.csms.map((c) => c.csmId)).toEqual(['ana']);
    expect(first.nextAfter).toBe('ana');
    const second = await page(`limit=1&after=${first.nextAfter}`);
    expect(second.csms.map((c) => c.csmId)).toEqual(['bo']);
    expect(second.csms[0]!.last7.total).toBe(3);
    expect(second.nextAfter).toBeNull();
    for (const bad of ['limit=0', 'limit=101', 'limit=ten', 'after=%20x']) {
      const res = await fetch(`${server.url}/v1/manager/summary?${bad}`, {
        headers: { authorization: `Bearer ${manager}` },
      });
      expect(res.status).toBe(400);
    }
  });

  it('is for manager tokens only', async () => {
    expect((await summary(ana)).status).toBe(403);
    const anonymous = await fetch(`${server.url}/v1/manager/summary`);
    expect(anonymous.status).toBe(401);
    const page = await fetch(`${server.url}/manager`);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
  });
});
