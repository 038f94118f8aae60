import type { FastifyInstance } from 'fastify';
import * as z from 'zod/mini';
import { hasConversationalForm, LINE_FORMS } from '../../../lib/export';
import { CalendarDaySchema, CsmIdSchema } from '../../../lib/sync/wire-format';
import { requirePrincipal } from '../auth/require-principal';
import type { Db } from '../db/open-db';
import { ApiError, describeIssues, issuesOf } from '../errors';
import { exportStream, JSONL_FORMATS } from '../exports/export-stream';

const date = z.optional(CalendarDaySchema);
const QuerySchema = z.object({
  csm: z.optional(CsmIdSchema),
  from: date,
  to: date,
  form: z.optional(z.enum(LINE_FORMS)),
});
const DAY = 86_400_000;

const epoch = (day: string | undefined) => (day ? Date.parse(`${day}T00:00:00Z`) : null);

/**
 * `GET /v1/exports/{format}?csm=&from=&to=&form=`: tuning and native exports as JSONL, in the
 * popup's line formats. Dates are UTC days, `to` inclusive. `form=conversational` writes TRL's
 * message-list form (trl, unpaired only). A manager exports the team or one CSM; a CSM token
 * exports only its own reviews.
 */
export function registerExportRoutes(app: FastifyInstance, db: Db): void {
  app.get('/v1/exports/:format', async (request, reply) => {
    const principal = await requirePrincipal(db, request, ['manager', 'csm']);
    const { format } = request.params as { format: string };
    const jsonl = JSONL_FORMATS.find((f) => f === format);
    if (!jsonl) {
      throw new ApiError(
        404,
        'unknown-format',
        `No export "${format}"; try one of ${JSONL_FORMATS.join(', ')}.`,
      );
    }
    const query = QuerySchema.safeParse(request.query);
    if (!query.success) {
      throw new ApiError(
        400,
        'invalid-query',
        `Bad export parameters: ${describeIssues(query.error.issues)}`,
        {
          issues: issuesOf(query.error.issues),
        },
      );
    }
    const { csm, from, to, form = 'standard' } = query.data;
    if (form === 'conversational' && !hasConversationalForm(jsonl)) {
      throw new ApiError(
        400,
        'invalid-query',
        `Bad export parameters: form: "${jsonl}" has no conversational form; only trl and unpaired do.`,
        {
          issues: [{ path: 'form', message: 'Only trl and unpaired have a conversational form.' }],
        },
      );
    }
    if (principal.role === 'csm' && csm && csm !== principal.csmId) {
      throw new ApiError(403, 'forbidden-csm', `This token exports only CSM "${principal.csmId}".`);
    }
    const csmId = principal.role === 'csm' ? principal.csmId : (csm ?? null);
    const end = epoch(to);
    const stream = exportStream(
      db,
      jsonl,
      { csmId, from: epoch(from), to: end === null ? null : end + DAY },
      { form },
    );
    const formName = form === 'conversational' ? '-conversational' : '';
    const name = `redline-${jsonl}${formName}-${csmId ?? 'team'}${from ? `-from-${from}` : ''}${to ? `-to-${to}` : ''}.jsonl`;
    return reply
      .type('application/x-ndjson; charset=utf-8')
      .header('content-disposition', `attachment; filename="${name}"`)
      .send(stream);
  });
}
