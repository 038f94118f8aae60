import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { remoteTokenAdmin } from '@/server/src/admin/token-admin';
import { buildApp } from '@/server/src/app';
import { findPrincipal, hashToken } from '@/server/src/auth/tokens';
import { freshDatabase, queryRows, type TestDatabase } from './support/test-databases';
import { TEST_CONFIG } from './support/test-server';

describe('token admin through the running embedded server', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let url: string;
  const secret = 'a'.repeat(64);

  beforeAll(async () => {
    database = await freshDatabase('pglite');
    app = await buildApp({
      database,
      config: { ...TEST_CONFIG, logLevel: 'silent' },
      adminSecret: secret,
    });
    url = await app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await app.close();
    await database.destroy();
  });

  it('creates, lists and revokes tokens; only hashes are stored', async () => {
    const admin = remoteTokenAdmin({ pid: process.pid, url, secret });
    const { id, token } = await admin.create({ role: 'csm', csmId: 'ana', displayName: 'Ana' });
    expect(token).toMatch(/^rl_[A-Za-z0-9_-]{43}$/);
    const stored = await queryRows<{ hash: string }>(database, sql`select hash from tokens`);
    expect(stored).toEqual([{ hash: hashToken(token) }]);
    expect(await findPrincipal(database.db, token)).toMatchObject({ role: 'csm', csmId: 'ana' });
    expect(await admin.list()).toEqual([
      expect.objectContaining({ id, role: 'csm', csmId: 'ana', revokedAt: null }),
    ]);
    expect(await admin.revoke(id)).toBe(true);
    expect(await findPrincipal(database.db, token)).toBeNull();
    const me = await fetch(`${url}/v1/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(me.status).toBe(401);
  });

  it('refuses admin calls without the secret', async () => {
    const wrong = remoteTokenAdmin({ pid: process.pid, url, secret: 'b'.repeat(64) });
    await expect(wrong.list()).rejects.toThrow(/refused \(403\)/);
    const none = await fetch(`${url}/admin/tokens`);
    expect(none.status).toBe(403);
  });
});
