import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/open-db';
import { csms, tokens } from '../db/schema';

export type Role = 'csm' | 'manager';

/** Who a request speaks for, once its token is checked. */
export interface Principal {
  tokenId: number;
  role: Role;
  /** Set for CSM tokens: the only CSM whose reviews this token may write. */
  csmId: string | null;
  displayName: string | null;
}

const PREFIX = 'rl_';

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A random 32-byte token, shown once. Only its sha-256 is stored. */
export function newToken(): string {
  return PREFIX + randomBytes(32).toString('base64url');
}

export interface CreateTokenInput {
  role: Role;
  csmId?: string | null;
  displayName?: string | null;
}

export async function createToken(
  db: Db,
  { role, csmId = null, displayName = null }: CreateTokenInput,
  now = Date.now(),
): Promise<{ id: number; token: string }> {
  if (role === 'csm' && !csmId) throw new Error('A CSM token needs a CSM id.');
  const token = newToken();
  return db.transaction(async (tx) => {
    if (role === 'csm') await upsertCsm(tx as unknown as Db, csmId!, displayName, now);
    const [row] = await tx
      .insert(tokens)
      .values({
        hash: hashToken(token),
        role,
        csmId: role === 'csm' ? csmId : null,
        // A CSM's name is the CSM's (csms); a manager token keeps its label.
        displayName: role === 'csm' ? null : displayName,
        createdAt: now,
      })
      .returning({ id: tokens.id });
    return { id: row!.id, token };
  });
}

/** Creates the CSM, or gives it `displayName` when one is given (null keeps the old name). */
export async function upsertCsm(
  db: Db,
  csmId: string,
  displayName: string | null,
  now = Date.now(),
): Promise<void> {
  await db
    .insert(csms)
    .values({ csmId, displayName, createdAt: now, updatedAt: now })
    .onConflictDoUpdate({
      target: csms.csmId,
      set: {
        displayName: sql`coalesce(excluded.display_name, ${csms.displayName})`,
        updatedAt: now,
      },
    });
}

/** Renames a CSM that exists; false when there is no such CSM. */
export async function renameCsm(
  db: Db,
  csmId: string,
  displayName: string,
  now = Date.now(),
): Promise<boolean> {
  const rows = await db
    .update(csms)
    .set({ displayName, updatedAt: now })
    .where(eq(csms.csmId, csmId))
    .returning({ csmId: csms.csmId });
  return rows.length > 0;
}

/**
 * The principal for a presented token, or null. The lookup is by hash (an index probe that leaks
 * nothing about stored tokens); the final comparison is constant-time all the same.
 */
export async function findPrincipal(db: Db, token: string): Promise<Principal | null> {
  if (!token.startsWith(PREFIX) || token.length > 200) return null;
  const hash = hashToken(token);
  const [found] = await db
    .select({ token: tokens, csmName: csms.displayName })
    .from(tokens)
    .leftJoin(csms, eq(csms.csmId, tokens.csmId))
    .where(eq(tokens.hash, hash))
    .limit(1);
  const row = found?.token;
  if (!row || row.revokedAt !== null) return null;
  const a = Buffer.from(row.hash, 'hex');
  const b = Buffer.from(hash, 'hex');
  if (a.length !== b.length || !timingSafeEqual(a, b)) return null;
  const displayName = row.role === 'csm' ? (found.csmName ?? null) : row.displayName;
  return { tokenId: row.id, role: row.role, csmId: row.csmId, displayName };
}

export async function listTokens(db: Db) {
  return db
    .select({
      id: tokens.id,
      role: tokens.role,
      csmId: tokens.csmId,
      displayName: sql<string | null>`coalesce(${csms.displayName}, ${tokens.displayName})`,
      createdAt: tokens.createdAt,
      revokedAt: tokens.revokedAt,
    })
    .from(tokens)
    .leftJoin(csms, eq(csms.csmId, tokens.csmId))
    .orderBy(tokens.id);
}

export async function revokeToken(db: Db, id: number, now = Date.now()): Promise<boolean> {
  const rows = await db
    .update(tokens)
    .set({ revokedAt: now })
    .where(eq(tokens.id, id))
    .returning({ id: tokens.id });
  return rows.length > 0;
}
