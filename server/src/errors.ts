import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { ErrorResponse } from '../../lib/sync/wire-format';

/** An error whose words are meant for the caller. Anything else becomes a bare 500. */
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly extra: Pick<ErrorResponse, 'issues' | 'ids'> = {},
  ) {
    super(message);
  }
}

interface ZodLikeIssue {
  path: readonly PropertyKey[];
  message: string;
}

const MAX_ISSUES = 50;

/** zod issues as `{ path: "reviews.3.outcome", message }`; values are never echoed back. */
export function issuesOf(issues: readonly ZodLikeIssue[]): { path: string; message: string }[] {
  return issues.slice(0, MAX_ISSUES).map((issue) => ({
    path: issue.path.map(String).join('.') || '(root)',
    message: issue.message,
  }));
}

/** The first few issues in words, for the message: `reviews.3.outcome: Invalid option`. */
export function describeIssues(issues: readonly ZodLikeIssue[], max = 3): string {
  const listed = issuesOf(issues.slice(0, max)).map((issue) => `${issue.path}: ${issue.message}`);
  const more = issues.length > max ? `; and ${issues.length - max} more` : '';
  return listed.join('; ') + more;
}

/** Fastify's own errors for things the client got wrong, in our JSON shape. */
const FASTIFY_CODES: Record<string, [number, string]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'body-too-large'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'unsupported-media-type'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'invalid-content-length'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'empty-body'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'invalid-json'],
};

export function toErrorResponse(error: FastifyError | ApiError): [number, ErrorResponse] {
  if (error instanceof ApiError) {
    return [error.statusCode, { error: error.code, message: error.message, ...error.extra }];
  }
  const known = error.code ? FASTIFY_CODES[error.code] : undefined;
  if (known) return [known[0], { error: known[1], message: error.message }];
  if (error.statusCode === 429) {
    return [429, { error: 'rate-limited', message: error.message }];
  }
  // JSON syntax errors come without a code in some paths; anything 4xx is the caller's.
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return [error.statusCode, { error: 'bad-request', message: error.message }];
  }
  return [500, { error: 'internal', message: 'The server failed; the request can be retried.' }];
}

export function errorHandler(
  error: FastifyError | ApiError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  const [status, body] = toErrorResponse(error);
  if (status >= 500) request.log.error({ err: { name: error.name, code: error.code } }, 'failed');
  void reply.status(status).send(body);
}
