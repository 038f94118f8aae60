import type { RedlineDb } from '../db/redline-db';
import { isPublicMailboxDomain } from './public-mailbox-domains';

export const COVERAGE_WINDOW_DAYS = 30;

export interface AccountCoverage {
  /** Recipient organisations that got at least one sent AI-drafted e-mail in the window. */
  accounts: number;
  /** accounts / bookSize when the CSM's book size is known; otherwise null. */
  share: number | null;
}

/**
 * Organisations are recipient domains, minus the CSM's own and public mailbox providers (a
 * gmail.com address is a person, not an account).
 */
export async function accountCoverage(
  db: RedlineDb,
  now: number,
  ownDomains: readonly string[],
  bookSize: number | null = null,
): Promise<AccountCoverage> {
  const since = now - COVERAGE_WINDOW_DAYS * 86_400_000;
  const own = new Set(ownDomains.map((d) => d.toLowerCase()));
  const domains = (await db.accounts.where('lastAt').aboveOrEqual(since).primaryKeys()) as string[];
  const accounts = domains.filter((d) => !own.has(d) && !isPublicMailboxDomain(d)).length;
  return { accounts, share: bookSize && bookSize > 0 ? Math.min(1, accounts / bookSize) : null };
}
