import type { FastifyInstance } from 'fastify';
import type { WhoAmI } from '../../../lib/sync/wire-format';
import { requirePrincipal } from '../auth/require-principal';
import { openApiDocument } from '../openapi';
import type { OpenDb } from '../db/open-db';

/** `GET /healthz` for load balancers and `GET /v1/me`: who a token speaks for (options page). */
export function registerMetaRoutes(
  app: FastifyInstance,
  { db, kind }: OpenDb,
  team: string | null,
): void {
  app.get('/healthz', { config: { rateLimit: false } }, async () => {
    await db.execute('select 1');
    return { ok: true, database: kind };
  });
  const openApi = openApiDocument();
  app.get('/openapi.json', async () => openApi);
  app.get('/v1/me', async (request) => {
    const principal = await requirePrincipal(db, request, ['csm', 'manager']);
    const me: WhoAmI = {
      role: principal.role,
      csmId: principal.csmId,
      displayName: principal.displayName,
      team,
    };
    return me;
  });
}
