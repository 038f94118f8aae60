import {
  createToken,
  listTokens,
  renameCsm,
  revokeToken,
  type CreateTokenInput,
} from '../auth/tokens';
import type { Db } from '../db/open-db';
import type { AdminFile } from './admin-file';

export interface TokenRow {
  id: number;
  role: string;
  csmId: string | null;
  displayName: string | null;
  createdAt: number;
  revokedAt: number | null;
}

/** What the token CLI does, either on the database directly or through the running server. */
export interface TokenAdmin {
  create(input: CreateTokenInput): Promise<{ id: number; token: string }>;
  list(): Promise<TokenRow[]>;
  revoke(id: number): Promise<boolean>;
  /** Gives an existing CSM a new display name; false when no such CSM. */
  rename(csmId: string, displayName: string): Promise<boolean>;
}

export function directTokenAdmin(db: Db): TokenAdmin {
  return {
    create: (input) => createToken(db, input),
    list: () => listTokens(db),
    revoke: (id) => revokeToken(db, id),
    rename: (csmId, displayName) => renameCsm(db, csmId, displayName),
  };
}

export function remoteTokenAdmin({ url, secret }: AdminFile): TokenAdmin {
  const call = async <T>(path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${url}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        'x-redline-admin': secret,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok)
      throw new Error(`The running server refused (${response.status}): ${await response.text()}`);
    return (await response.json()) as T;
  };
  return {
    create: (input) =>
      call('/admin/tokens', {
        role: input.role,
        csmId: input.csmId ?? null,
        displayName: input.displayName ?? null,
      }),
    list: () => call('/admin/tokens'),
    revoke: async (id) =>
      (await call<{ revoked: boolean }>(`/admin/tokens/${id}/revoke`, {})).revoked,
    rename: async (csmId, displayName) =>
      (
        await call<{ renamed: boolean }>(`/admin/csms/${encodeURIComponent(csmId)}/name`, {
          displayName,
        })
      ).renamed,
  };
}
