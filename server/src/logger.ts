import type { FastifyRequest, FastifyServerOptions } from 'fastify';

/**
 * Structured request logs that never carry e-mail text or tokens: only method, route, status,
 * timing and ids. No headers (Authorization) and no bodies, ever; the query string is dropped
 * too (exports take CSM ids and dates there, harmless, but nothing else should creep in).
 */
export function loggerOptions(
  level: string,
  stream?: NodeJS.WritableStream,
): FastifyServerOptions['logger'] {
  return {
    level,
    ...(stream ? { stream } : {}),
    serializers: {
      req: (request: FastifyRequest) => ({
        id: request.id,
        method: request.method,
        path: request.url.split('?')[0],
      }),
      res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
      // Error messages can quote input (a JSON parser showing the bad text): name and code only.
      err: (error: Error & { code?: string }) => ({
        type: error.name,
        code: error.code,
        message: '',
        stack: '',
      }),
    },
  };
}
