import * as z from 'zod/mini';
import { MyCoverageSchema, TeamCoverageSchema } from '../../../lib/book/coverage-format';
import { ErrorResponseSchema } from '../../../lib/sync/wire-format';
import { MAX_BOOK_BYTES, MAX_BOOK_ROWS } from './parse-book';

const json = (schema: z.ZodMiniType) => ({
  'application/json': {
    schema: z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any' }),
  },
});
const error = (description: string) => ({ description, content: json(ErrorResponseSchema) });
const bearer = [{ bearer: [] }];

const BookImportSchema = z.object({
  ok: z.literal(true),
  accounts: z.number(),
  domains: z.number(),
  csms: z.number(),
  segments: z.number(),
  importedAt: z.number(),
});
const BookProblemSchema = z.object({
  line: z.number(),
  column: z.nullable(z.string()),
  message: z.string(),
});
const BookErrorSchema = z.extend(ErrorResponseSchema, {
  problems: z.array(BookProblemSchema),
  problemCount: z.number(),
});

/** The book of business, coverage against it and tuning progress per portfolio. */
export function bookPaths() {
  const manager = {
    '401': error('Missing or unknown token.'),
    '403': error('Not a manager token.'),
  };
  return {
    '/v1/manager/book': {
      put: {
        summary:
          'Replace the whole book of business with a CSV: a header row with account, domains, ' +
          'csm_id and optionally arr, segment; domains separated by ";" or spaces. Every row is ' +
          `checked first; a bad file imports nothing. At most ${MAX_BOOK_ROWS} accounts and ` +
          `${MAX_BOOK_BYTES / 1024 / 1024} MiB.`,
        security: bearer,
        requestBody: {
          required: true,
          content: { 'text/csv': { schema: { type: 'string' } } },
        },
        responses: {
          '200': { description: 'The book was replaced.', content: json(BookImportSchema) },
          '400': {
            description: 'Nothing imported; every problem with its line, column and expected form.',
            content: json(BookErrorSchema),
          },
          ...manager,
          '413': error('Larger than the import takes.'),
          '415': error('Not text/csv.'),
        },
      },
      get: {
        summary: 'What the book holds: accounts, domains, CSMs, when it was imported.',
        security: bearer,
        responses: { '200': { description: 'The book.' }, ...manager },
      },
    },
    '/v1/manager/coverage': {
      get: {
        summary:
          'AI-assisted account coverage: accounts of the book with an AI-drafted e-mail sent ' +
          '(approved or edited) to one of their domains in the trailing 30 days, per CSM and for ' +
          'the team, against 85 %, with the accounts not covered (biggest ARR first).',
        security: bearer,
        responses: {
          '200': { description: 'Coverage.', content: json(TeamCoverageSchema) },
          ...manager,
        },
      },
    },
    '/v1/me/coverage': {
      get: {
        summary: "The CSM token's own coverage of its book (0 accounts when it has none).",
        security: bearer,
        responses: {
          '200': { description: 'Coverage.', content: json(MyCoverageSchema) },
          '401': error('Missing or unknown token.'),
          '403': error('A manager token: it has no book of its own.'),
        },
      },
    },
    '/v1/manager/tuning-progress': {
      get: {
        summary:
          'Rejected drafts toward 80 per portfolio: each CSM book and each segment of the book, ' +
          'a draft counted for the accounts its recipient domains match.',
        security: bearer,
        responses: { '200': { description: 'Progress per portfolio.' }, ...manager },
      },
    },
  };
}
