import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import * as z from 'zod/mini';
import { CsmIdSchema } from '../../../lib/sync/wire-format';
import { createToken, listTokens, renameCsm, revokeToken } from '../auth/tokens';
import type { Db } from '../db/open-db';
import { ApiError, issuesOf } from '../errors';

const CreateSchema = z.object({
  role: z.enum(['csm', 'manager']),
  csmId: z.nullable(CsmIdSchema),
  displayName: z.nullable(z.string().check(z.maxLength(200))),
});

const RenameSchema = z.object({ displayName: z.string().check(z.minLength(1), z.maxLength(200)) });

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

export function assertAdmin(request: FastifyRequest, secret: string): void {
  const given = Buffer.from(String(request.headers['x-redline-admin'] ?? ''));
  const expected = Buffer.from(secret);
  const ok = given.length === expected.length && timingSafeEqual(given, expected);
  if (!ok || !LOOPBACK.has(request.ip))
    throw new ApiError(403, 'forbidden', 'Admin calls come from the token CLI on this machine.');
}

/** The token CLI's channel into a running embedded server (see admin-file.ts). */
export function registerAdminRoutes(app: FastifyInstance, db: Db, secret: string): void {
  app.post('/admin/tokens', async (request) => {
    assertAdmin(request, secret);
    const parsed = CreateSchema.safeParse(request.body);
    if (!parsed.success)
      throw new ApiError(400, 'invalid', 'Bad token request.', {
        issues: issuesOf(parsed.error.issues),
      });
    return createToken(db, parsed.data);
  });
  app.get('/admin/tokens', async (request) => {
    assertAdmin(request, secret);
    return listTokens(db);
  });
  app.post('/admin/tokens/:id/revoke', async (request) => {
    assertAdmin(request, secret);
    const id = Number((request.params as { id: string }).id);
    return { revoked: Number.isInteger(id) && (await revokeToken(db, id)) };
  });
  app.post('/admin/csms/:id/name', async (request) => {
    assertAdmin(request, secret);
    const csmId = CsmIdSchema.safeParse((request.params as { id: string }).id);
    const body = RenameSchema.safeParse(request.body);
    if (!csmId.success || !body.success)
      throw new ApiError(400, 'invalid', 'Bad rename request: a CSM id and a display name.');
    return { renamed: await renameCsm(db, csmId.data, body.data.displayName) };
  });
}
