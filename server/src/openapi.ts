import * as z from 'zod/mini';
import {
  BatchResponseSchema,
  ErrorResponseSchema,
  MAX_BATCH_REVIEWS,
  ReviewBatchSchema,
  WhoAmISchema,
} from '../../lib/sync/wire-format';

// The OpenAPI 3.1 document of wire format v1, generated from the very zod schemas both sides
// validate with. The checked-in server/openapi.json is compared with this by a test.

const json = (schema: z.ZodMiniType, io: 'input' | 'output' = 'output') => ({
  'application/json': {
    schema: z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }),
  },
});
const error = (description: string) => ({ description, content: json(ErrorResponseSchema) });
const bearer = [{ bearer: [] }];

export function openApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Redline sync',
      version: '1',
      description:
        'The wire format between the Redline extension and a team backend. Reviews are keyed by ' +
        'id and revision: a receiver stores the newest revision per id and answers `duplicate` ' +
        'for a revision it already has, so a client may resend a batch at any time. CORS must ' +
        'allow the extension origins (chrome-extension://…, moz-extension://…): the extension ' +
        'has no host permission for the endpoint.',
    },
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    paths: {
      '/v1/reviews': {
        post: {
          summary: `Upsert or delete up to ${MAX_BATCH_REVIEWS} reviews of the token's CSM.`,
          security: bearer,
          requestBody: { required: true, content: json(ReviewBatchSchema, 'input') },
          responses: {
            '200': {
              description: 'The whole batch was stored; status per id.',
              content: json(BatchResponseSchema),
            },
            '400': error(
              'Not wire format v1; nothing stored. `issues` has the paths, `ids` the failing reviews.',
            ),
            '401': error('Missing, unknown or revoked token.'),
            '403': error('A manager token, or reviews of another CSM (`ids`); nothing stored.'),
            '413': error('Body larger than the server limit; send smaller batches.'),
            '415': error('Not application/json.'),
            '429': error('Rate limited; see Retry-After (seconds).'),
          },
        },
      },
      '/v1/me': {
        get: {
          summary: 'Who the token speaks for (used by "Test connection").',
          security: bearer,
          responses: {
            '200': { description: 'The principal.', content: json(WhoAmISchema) },
            '401': error('Unknown token.'),
          },
        },
      },
      '/healthz': {
        get: {
          summary: 'Liveness and database check.',
          responses: { '200': { description: 'Up.' } },
        },
      },
    },
  };
}
