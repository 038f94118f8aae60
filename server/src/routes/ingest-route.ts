import type { FastifyInstance } from 'fastify';
import {
  ReviewBatchSchema,
  WIRE_SCHEMA_VERSION,
  type BatchResponse,
} from '../../../lib/sync/wire-format';
import { cutText } from '../../../lib/text/cut-text';
import { requirePrincipal } from '../auth/require-principal';
import type { Db } from '../db/open-db';
import { storeBatch } from '../db/review-store';
import { ApiError, describeIssues, issuesOf } from '../errors';

/** The ids of the batch items that failed validation, where an id can be read at all. */
function failedIds(body: unknown, paths: readonly (readonly PropertyKey[])[]): string[] {
  const items = (body as { reviews?: unknown })?.reviews;
  if (!Array.isArray(items)) return [];
  const ids = new Set<string>();
  for (const path of paths) {
    if (path[0] !== 'reviews' || typeof path[1] !== 'number') continue;
    const id = (items[path[1]] as { id?: unknown } | undefined)?.id;
    ids.add(typeof id === 'string' ? cutText(id, 64) : `#${path[1]}`);
  }
  return [...ids];
}

/**
 * `POST /v1/reviews`: a batch is validated whole and stored whole, or refused whole with the ids
 * that failed — never half-written. A CSM token writes only its own CSM's reviews.
 */
export function registerIngestRoute(app: FastifyInstance, db: Db): void {
  app.post('/v1/reviews', async (request, reply) => {
    const principal = await requirePrincipal(db, request, ['csm']);
    const parsed = ReviewBatchSchema.safeParse(request.body);
    if (!parsed.success) {
      const issues = parsed.error.issues;
      throw new ApiError(
        400,
        'invalid-batch',
        `The batch does not match wire format v1; nothing was stored. ${describeIssues(issues)}`,
        {
          issues: issuesOf(issues),
          ids: failedIds(
            request.body,
            issues.map((issue) => issue.path),
          ),
        },
      );
    }
    const foreign = parsed.data.reviews.filter((review) => review.csmId !== principal.csmId);
    if (foreign.length > 0) {
      throw new ApiError(
        403,
        'forbidden-csm',
        `This token writes only reviews of CSM "${principal.csmId}"; nothing was stored.`,
        { ids: foreign.map((review) => review.id) },
      );
    }
    const results = await storeBatch(db, parsed.data.reviews);
    const accepted = results.filter((result) => result.status === 'accepted').length;
    request.log.info({ csmId: principal.csmId, count: results.length, accepted }, 'batch stored');
    const response: BatchResponse = { schemaVersion: WIRE_SCHEMA_VERSION, results };
    return reply.send(response);
  });
}
