import * as z from 'zod/mini';
import {
  BatchResponseSchema,
  ErrorResponseSchema,
  MAX_BATCH_REVIEWS,
  ReviewBatchSchema,
  WhoAmISchema,
} from '../../lib/sync/wire-format';
import { bookPaths } from './book/book-openapi';

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
          summary:
            'Who the token speaks for: role, CSM id, the display name kept with the CSM, and the ' +
            'team. The extension connects with the token alone and takes its identity from here.',
          security: bearer,
          responses: {
            '200': { description: 'The principal.', content: json(WhoAmISchema) },
            '401': error('Unknown token.'),
            '429': error('Rate limited; see Retry-After (seconds).'),
          },
        },
      },
      '/v1/manager/summary': {
        get: {
          summary:
            "One page of the manager's view, CSMs ordered by id. Starred examples come without " +
            'their texts (sizes only); open one with /v1/manager/examples/{id}.',
          security: bearer,
          parameters: [
            {
              name: 'after',
              in: 'query',
              schema: { type: 'string' },
              description: '`nextAfter` of the previous page.',
            },
            {
              name: 'limit',
              in: 'query',
              schema: { type: 'integer', minimum: 1, maximum: 100, default: 25 },
            },
          ],
          responses: {
            '200': { description: 'A page; `nextAfter` is null on the last one.' },
            '400': error('Bad `after` or `limit`; `issues` names the field.'),
            '401': error('Missing or unknown token.'),
            '403': error('Not a manager token.'),
          },
        },
      },
      '/v1/manager/outcomes': {
        get: {
          summary:
            'Reply rate within 7 days per outcome (approved, edited, rewritten) and per task ' +
            'type, over sent reviews at least 7 days old whose thread the client saw, with a ' +
            'verdict in words on whether editing pays off. The team, or one CSM with `csm`.',
          security: bearer,
          parameters: [{ name: 'csm', in: 'query', schema: { type: 'string' } }],
          responses: {
            '200': { description: 'Counts (`sent`, `replied`, `rate`) and `verdict`.' },
            '400': error('A bad `csm`; `issues` names it.'),
            '401': error('Missing or unknown token.'),
            '403': error('Not a manager token.'),
          },
        },
      },
      '/v1/manager/examples/{id}': {
        get: {
          summary: 'One starred example with its word diff (draft vs. sent).',
          security: bearer,
          parameters: [
            { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } },
          ],
          responses: {
            '200': { description: 'The example.' },
            '400': error('Not a review id.'),
            '403': error('Not a manager token.'),
            '404': error('No starred example with this id.'),
          },
        },
      },
      '/v1/manager/scorecard': {
        get: {
          summary:
            'The weekly scorecard (UTC ISO weeks): team weeks and task times, every CSM with its ' +
            'weeks, band position and coaching action, farthest from the 18-32 % band first. ' +
            'Every week carries the account coverage at its end (null without a book).',
          security: bearer,
          parameters: [
            {
              name: 'weeks',
              in: 'query',
              schema: { type: 'integer', minimum: 1, maximum: 104, default: 12 },
            },
          ],
          responses: {
            '200': { description: 'The scorecard.' },
            '400': error('Bad `weeks`; `issues` names it.'),
            '401': error('Missing or unknown token.'),
            '403': error('Not a manager token.'),
          },
        },
      },
      '/v1/manager/scorecard.csv': {
        get: {
          summary:
            'The scorecard as CSV, one line per CSM and week (the last 52 weeks by default), ' +
            'with the coverage at the end of each week.',
          security: bearer,
          parameters: [
            { name: 'from', in: 'query', schema: { type: 'string', format: 'date' } },
            { name: 'to', in: 'query', schema: { type: 'string', format: 'date' } },
          ],
          responses: {
            '200': { description: 'text/csv with a header line.' },
            '400': error('A bad date (YYYY-MM-DD), or `from` after `to`.'),
            '401': error('Missing or unknown token.'),
            '403': error('Not a manager token.'),
          },
        },
      },
      '/v1/exports/{format}': {
        get: {
          summary:
            'Tuning and native exports as JSONL. Dates are UTC days as YYYY-MM-DD, `to` inclusive.',
          security: bearer,
          parameters: [
            { name: 'format', in: 'path', required: true, schema: { type: 'string' } },
            { name: 'csm', in: 'query', schema: { type: 'string' } },
            { name: 'from', in: 'query', schema: { type: 'string', format: 'date' } },
            { name: 'to', in: 'query', schema: { type: 'string', format: 'date' } },
            {
              name: 'form',
              in: 'query',
              description:
                'TRL line form for trl and unpaired: plain strings (standard, the default) or lists of {role, content} messages (conversational).',
              schema: { type: 'string', enum: ['standard', 'conversational'] },
            },
          ],
          responses: {
            '200': {
              description:
                'JSONL: one line per review the format takes (an edit gives two unpaired lines).',
            },
            '400': error('A bad parameter; `issues` names it and the expected form (YYYY-MM-DD).'),
            '403': error('A CSM token asking for another CSM.'),
            '404': error('No such export format.'),
          },
        },
      },
      ...bookPaths(),
      '/healthz': {
        get: {
          summary: 'Liveness and database check.',
          responses: { '200': { description: 'Up.' } },
        },
      },
    },
  };
}
