import type { FastifyRequest } from 'fastify';
import type { Db } from '../db/open-db';
import { ApiError } from '../errors';
import { findPrincipal, type Principal, type Role } from './tokens';

const BEARER = /^Bearer\s+(\S+)\s*$/i;
const looked = new WeakMap<FastifyRequest, Promise<Principal | null>>();

/**
 * The principal behind a request's `Authorization: Bearer <token>`, or null. Looked up once per
 * request: the rate limiter keys on it before the route checks it.
 */
export function principalOf(db: Db, request: FastifyRequest): Promise<Principal | null> {
  let found = looked.get(request);
  if (!found) {
    const header = request.headers.authorization;
    const match = header ? BEARER.exec(header) : null;
    found = match ? findPrincipal(db, match[1]!) : Promise.resolve(null);
    looked.set(request, found);
  }
  return found;
}

/**
 * The rate limit's key: the authenticated principal (however its header is spelled), else the
 * client address — so invented tokens and spelling variants share one bucket per address.
 */
export async function rateLimitKey(db: Db, request: FastifyRequest): Promise<string> {
  const principal = await principalOf(db, request);
  if (!principal) return `a:${request.ip}`;
  return principal.role === 'csm' ? `csm:${principal.csmId}` : `token:${principal.tokenId}`;
}

/** The caller's principal from `Authorization: Bearer <token>`, or a 401 / 403 in words. */
export async function requirePrincipal(
  db: Db,
  request: FastifyRequest,
  roles: readonly Role[],
): Promise<Principal> {
  const header = request.headers.authorization;
  if (!header || !BEARER.test(header)) {
    throw new ApiError(
      401,
      'unauthorized',
      'Send the access token as "Authorization: Bearer <token>".',
    );
  }
  const principal = await principalOf(db, request);
  if (!principal) {
    throw new ApiError(401, 'unauthorized', 'The access token is not known here or was revoked.');
  }
  if (!roles.includes(principal.role)) {
    throw new ApiError(403, 'forbidden', `A ${principal.role} token cannot do this.`);
  }
  return principal;
}
