import type { FastifyInstance } from 'fastify';
import * as z from 'zod/mini';
import { CalendarDaySchema } from '../../../lib/sync/wire-format';
import { requirePrincipal } from '../auth/require-principal';
import type { Db } from '../db/open-db';
import { ApiError, describeIssues, issuesOf } from '../errors';
import { DEFAULT_WEEKS, lastUtcWeeks, MAX_WEEKS, scorecard } from '../scorecard/scorecard';
import { CSV_COLUMNS, toCsv } from '../scorecard/scorecard-csv';
import { csvRows } from '../scorecard/scorecard-queries';

const WEEKS_FORM = `Expected a whole number of weeks from 1 to ${MAX_WEEKS}.`;
const JsonQuery = z.object({
  weeks: z.optional(
    z.string().check(
      z.regex(/^\d{1,3}$/, WEEKS_FORM),
      z.refine((n) => Number(n) >= 1 && Number(n) <= MAX_WEEKS, WEEKS_FORM),
    ),
  ),
});
const CsvQuery = z.object({
  from: z.optional(CalendarDaySchema),
  to: z.optional(CalendarDaySchema),
});

function parse<T>(schema: z.ZodMiniType<T>, query: unknown): T {
  const parsed = schema.safeParse(query);
  if (!parsed.success) {
    throw new ApiError(400, 'invalid-query', `Bad query: ${describeIssues(parsed.error.issues)}`, {
      issues: issuesOf(parsed.error.issues),
    });
  }
  return parsed.data;
}

/**
 * `GET /v1/manager/scorecard?weeks=` (JSON, what the dashboard draws) and
 * `GET /v1/manager/scorecard.csv?from=&to=` (one line per CSM and UTC week; the last 52 weeks
 * by default). Both read the `redline_scorecard_*` views; manager token only.
 */
export function registerScorecardRoutes(app: FastifyInstance, db: Db): void {
  app.get('/v1/manager/scorecard', async (request) => {
    await requirePrincipal(db, request, ['manager']);
    const { weeks } = parse(JsonQuery, request.query);
    return scorecard(db, Date.now(), weeks ? Number(weeks) : DEFAULT_WEEKS);
  });
  app.get('/v1/manager/scorecard.csv', async (request, reply) => {
    await requirePrincipal(db, request, ['manager']);
    const query = parse(CsvQuery, request.query);
    const from = query.from ?? lastUtcWeeks(Date.now(), 52)[0]!;
    const to = query.to ?? new Date().toISOString().slice(0, 10);
    if (from > to) throw new ApiError(400, 'invalid-query', 'Bad query: from is after to.');
    const csv = toCsv(CSV_COLUMNS, await csvRows(db, from, to));
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="redline-scorecard-${from}-${to}.csv"`)
      .send(csv);
  });
}
