import type { FastifyInstance } from 'fastify';
import { requirePrincipal } from '../auth/require-principal';
import type { Db } from '../db/open-db';
import { ApiError } from '../errors';
import { describeProblem, importBook } from './book-import';
import { bookState } from './book-store';
import { coverageFor, emptyCsmCoverage } from './coverage';
import { MAX_BOOK_BYTES } from './parse-book';
import { tuningByPortfolio } from './portfolio-tuning';
import type { MyCoverage } from '../../../lib/book/coverage-format';

/** The book of business as a CSV body: read as text, up to the import's own limit. */
export function addCsvParser(app: FastifyInstance): void {
  app.addContentTypeParser(
    ['text/csv', 'application/csv'],
    { parseAs: 'string', bodyLimit: MAX_BOOK_BYTES },
    (_request, body, done) => done(null, body),
  );
}

/**
 * The book of business (import and state), coverage against it for the manager and for a CSM,
 * and tuning progress per portfolio.
 */
export function registerBookRoutes(app: FastifyInstance, db: Db): void {
  addCsvParser(app);
  app.put('/v1/manager/book', { bodyLimit: MAX_BOOK_BYTES }, async (request, reply) => {
    await requirePrincipal(db, request, ['manager']);
    if (typeof request.body !== 'string')
      throw new ApiError(415, 'unsupported-media-type', 'Send the book as a text/csv body.');
    const result = await importBook(db, request.body, Date.now());
    if (result.ok) return result;
    return reply.status(400).send({
      error: 'invalid-book',
      message: result.message,
      problems: result.problems,
      problemCount: result.problemCount,
      issues: result.problems.slice(0, 50).map((p) => ({
        path: `line ${p.line}${p.column ? `.${p.column}` : ''}`,
        message: describeProblem(p),
      })),
    });
  });
  app.get('/v1/manager/book', async (request) => {
    await requirePrincipal(db, request, ['manager']);
    return bookState(db);
  });
  app.get('/v1/manager/coverage', async (request) => {
    await requirePrincipal(db, request, ['manager']);
    return coverageFor(db, { asOf: Date.now() });
  });
  app.get('/v1/manager/tuning-progress', async (request) => {
    await requirePrincipal(db, request, ['manager']);
    return tuningByPortfolio(db);
  });
  app.get('/v1/me/coverage', async (request) => {
    const principal = await requirePrincipal(db, request, ['csm']);
    const csmId = principal.csmId!;
    const { csms: found, ...head } = await coverageFor(db, { asOf: Date.now(), csmId });
    const own = found[0] ?? emptyCsmCoverage(csmId, principal.displayName);
    const answer: MyCoverage = {
      asOf: head.asOf,
      windowDays: head.windowDays,
      benchmark: head.benchmark,
      earlyRollout: head.earlyRollout,
      coverage: own,
    };
    return answer;
  });
}
