import type { FastifyRequest } from 'fastify';
import type { Db } from '../db/open-db';
import { ApiError } from '../errors';
import { findPrincipal, type Principal, type Role } from './tokens';

/** The caller's principal from `Authorization: Bearer <token>`, or a 401 / 403 in words. */
export async function requirePrincipal(
  db: Db,
  request: FastifyRequest,
  roles: readonly Role[],
): Promise<Principal> {
  const header = request.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  if (!match) {
    throw new ApiError(
      401,
      'unauthorized',
      'Send the access token as "Authorization: Bearer <token>".',
    );
  }
  const principal = await findPrincipal(db, match[1]!);
  if (!principal) {
    throw new ApiError(401, 'unauthorized', 'The access token is not known here or was revoked.');
  }
  if (!roles.includes(principal.role)) {
    throw new ApiError(403, 'forbidden', `A ${principal.role} token cannot do this.`);
  }
  return principal;
}
