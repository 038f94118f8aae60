import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WhoAmISchema } from '@/lib/sync/wire-format';
import { createToken, renameCsm } from '@/server/src/auth/tokens';
import type { TeamSummary } from '@/server/src/manager/team-summary';
import { BACKENDS } from './support/test-databases';
import { startTestServer, type TestServer } from './support/test-server';

describe.each(BACKENDS)('CSMs and GET /v1/me on %s', (backend) => {
  let server: TestServer;
  let manager: string;

  beforeAll(async () => {
    server = await startTestServer(backend, { teamName: 'Acme CS' });
    manager = await server.managerToken();
  });
  afterAll(() => server.close());

  const me = async (token: string) => {
    const res = await fetch(`${server.url}/v1/me`, {
      headers: { authorization: `Bearer ${token}` },
    });
    return { status: res.status, body: WhoAmISchema.parse(await res.json()) };
  };
  const names = async () => {
    const res = await fetch(`${server.url}/v1/manager/summary`, {
      headers: { authorization: `Bearer ${manager}` },
    });
    const body = (await res.json()) as TeamSummary;
    return Object.fromEntries(body.csms.map((c) => [c.csmId, c.displayName]));
  };

  it('answers who a CSM token belongs to: id, display name and team', async () => {
    const { token } = await createToken(server.database.db, {
      role: 'csm',
      csmId: 'ana',
      displayName: 'Ana Lima',
    });
    expect(await me(token)).toEqual({
      status: 200,
      body: { role: 'csm', csmId: 'ana', displayName: 'Ana Lima', team: 'Acme CS' },
    });
  });

  it('keeps the name with the CSM: a newer token without a name changes nothing', async () => {
    const first = await createToken(server.database.db, {
      role: 'csm',
      csmId: 'bo',
      displayName: 'Bo Chen',
    });
    const second = await createToken(server.database.db, { role: 'csm', csmId: 'bo' });
    expect((await me(first.token)).body.displayName).toBe('Bo Chen');
    expect((await me(second.token)).body.displayName).toBe('Bo Chen');
    expect((await names()).bo).toBe('Bo Chen');
  });

  it('a new name (token or rename) renames the CSM for every token and the manager', async () => {
    const old = await createToken(server.database.db, {
      role: 'csm',
      csmId: 'cy',
      displayName: 'Cy',
    });
    await createToken(server.database.db, { role: 'csm', csmId: 'cy', displayName: 'Cyrus' });
    expect((await me(old.token)).body.displayName).toBe('Cyrus');
    expect(await renameCsm(server.database.db, 'cy', 'Cyrus Vance')).toBe(true);
    expect((await me(old.token)).body.displayName).toBe('Cyrus Vance');
    expect((await names()).cy).toBe('Cyrus Vance');
    expect(await renameCsm(server.database.db, 'nobody', 'X')).toBe(false);
  });

  it('answers a manager token with its role and no CSM', async () => {
    expect((await me(manager)).body).toMatchObject({ role: 'manager', csmId: null });
  });
});
