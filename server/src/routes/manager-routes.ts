import type { FastifyInstance } from 'fastify';
import { requirePrincipal } from '../auth/require-principal';
import type { Db } from '../db/open-db';
import { MANAGER_HTML, MANAGER_JS } from '../manager/manager-page';
import { teamSummary } from '../manager/team-summary';

// The page is public (it holds no data); the numbers need a manager token.
const PAGE_HEADERS = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; connect-src 'self'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

export function registerManagerRoutes(app: FastifyInstance, db: Db): void {
  app.get('/manager', async (_request, reply) =>
    reply.headers(PAGE_HEADERS).type('text/html; charset=utf-8').send(MANAGER_HTML),
  );
  app.get('/manager.js', async (_request, reply) =>
    reply.headers(PAGE_HEADERS).type('text/javascript; charset=utf-8').send(MANAGER_JS),
  );
  app.get('/v1/manager/summary', async (request) => {
    await requirePrincipal(db, request, ['manager']);
    return teamSummary(db, Date.now());
  });
}
