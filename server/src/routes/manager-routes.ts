import type { FastifyInstance } from 'fastify';
import { requirePrincipal } from '../auth/require-principal';
import type { Db } from '../db/open-db';
import { AFTER_SEND_SECTION } from '../manager/after-send-section';
import { BOOK_SECTION } from '../manager/book-section';
import { managerAssets } from '../manager/manager-assets';
import { managerHtml, type ManagerSection } from '../manager/manager-page';
import { replyRatesReport } from '../manager/reply-rates';
import * as z from 'zod/mini';
import { CsmIdSchema } from '../../../lib/sync/wire-format';
import { ApiError, describeIssues, issuesOf } from '../errors';
import {
  DEFAULT_PAGE_CSMS,
  MAX_PAGE_CSMS,
  starredExample,
  teamSummary,
} from '../manager/team-summary';

const PageSchema = z.object({
  after: z.optional(CsmIdSchema),
  limit: z.optional(
    z.string().check(
      z.regex(/^\d{1,3}$/, `Expected a whole number of CSMs from 1 to ${MAX_PAGE_CSMS}.`),
      z.refine(
        (n) => Number(n) >= 1 && Number(n) <= MAX_PAGE_CSMS,
        `Expected a whole number of CSMs from 1 to ${MAX_PAGE_CSMS}.`,
      ),
    ),
  ),
});

const OutcomesQuerySchema = z.object({ csm: z.optional(CsmIdSchema) });

/**
 * Sections other modules add to the dashboard, in page order (see `ManagerSection`): add an
 * entry here; its scripts are served with the dashboard's own assets.
 */
const SECTIONS: ManagerSection[] = [BOOK_SECTION, AFTER_SEND_SECTION];

// The page is public (it holds no data); the numbers need a manager token. uPlot sets inline
// styles on its own elements, hence 'unsafe-inline' beside our stylesheets.
const PAGE_HEADERS = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

export function registerManagerRoutes(app: FastifyInstance, db: Db): void {
  const html = managerHtml(SECTIONS);
  app.get('/', async (_request, reply) => reply.redirect('/manager'));
  app.get('/manager', async (_request, reply) =>
    reply.headers(PAGE_HEADERS).type('text/html; charset=utf-8').send(html),
  );
  const assets = managerAssets();
  for (const script of SECTIONS.flatMap((section) => section.scripts ?? [])) {
    assets.set(script.path, { type: 'text/javascript; charset=utf-8', body: script.body });
  }
  for (const [path, asset] of assets) {
    app.get(path, async (_request, reply) =>
      reply.headers(PAGE_HEADERS).type(asset.type).send(asset.body),
    );
  }
  app.get('/v1/manager/summary', async (request) => {
    await requirePrincipal(db, request, ['manager']);
    const query = PageSchema.safeParse(request.query);
    if (!query.success) {
      throw new ApiError(400, 'invalid-query', `Bad page: ${describeIssues(query.error.issues)}`, {
        issues: issuesOf(query.error.issues),
      });
    }
    const { after, limit } = query.data;
    return teamSummary(db, Date.now(), {
      after: after ?? null,
      limit: limit ? Number(limit) : DEFAULT_PAGE_CSMS,
    });
  });
  app.get('/v1/manager/outcomes', async (request) => {
    await requirePrincipal(db, request, ['manager']);
    const query = OutcomesQuerySchema.safeParse(request.query);
    if (!query.success) {
      throw new ApiError(400, 'invalid-query', `Bad query: ${describeIssues(query.error.issues)}`, {
        issues: issuesOf(query.error.issues),
      });
    }
    return replyRatesReport(db, Date.now(), query.data.csm ?? null);
  });
  app.get('/v1/manager/examples/:id', async (request) => {
    await requirePrincipal(db, request, ['manager']);
    const id = z.uuid().safeParse((request.params as { id: string }).id);
    if (!id.success) throw new ApiError(400, 'invalid-id', 'An example id is a review id (UUID).');
    const example = await starredExample(db, id.data);
    if (!example) throw new ApiError(404, 'not-found', 'No starred example with this id.');
    return example;
  });
}
