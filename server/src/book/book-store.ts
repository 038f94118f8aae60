import { sql } from 'drizzle-orm';
import type { Db } from '../db/open-db';
import { bookAccounts, bookDomains } from '../db/schema';
import { rebuildCoverageWeeks } from '../scorecard/coverage-weeks';
import type { BookRow } from './parse-book';

/** Rows per insert: well under PostgreSQL's 65,535 parameters per statement. */
const CHUNK = 1000;

export interface BookImport {
  accounts: number;
  domains: number;
  csms: number;
  segments: number;
  importedAt: number;
}

/**
 * Replaces the whole book with `rows` in one transaction: readers see the old book or the new
 * one, never a mix, and a failure leaves the old book as it was. Concurrent imports queue on the
 * table lock instead of interleaving. The weekly coverage is recomputed in the same transaction.
 */
export async function replaceBook(
  db: Db,
  rows: readonly BookRow[],
  now: number,
): Promise<BookImport> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`lock table book_accounts, book_domains in exclusive mode`);
    await tx.delete(bookDomains);
    await tx.delete(bookAccounts);
    for (let start = 0; start < rows.length; start += CHUNK) {
      const chunk = rows.slice(start, start + CHUNK);
      await tx.insert(bookAccounts).values(
        chunk.map((row, i) => ({
          id: start + i + 1,
          account: row.account,
          csmId: row.csmId,
          arr: row.arr,
          segment: row.segment,
          line: row.line,
          importedAt: now,
        })),
      );
    }
    const domains = rows.flatMap((row, i) =>
      row.domains.map((domain) => ({ domain, accountId: i + 1 })),
    );
    for (let start = 0; start < domains.length; start += CHUNK)
      await tx.insert(bookDomains).values(domains.slice(start, start + CHUNK));
    // Every week's coverage is measured against the book just imported (there is no other).
    await rebuildCoverageWeeks(tx);
  });
  return {
    accounts: rows.length,
    domains: rows.reduce((n, row) => n + row.domains.length, 0),
    csms: new Set(rows.map((row) => row.csmId)).size,
    segments: new Set(rows.flatMap((row) => (row.segment ? [row.segment] : []))).size,
    importedAt: now,
  };
}

export interface BookState {
  accounts: number;
  domains: number;
  csms: number;
  importedAt: number | null;
}

/** What the book holds now, for the manager's page. */
export async function bookState(db: Db): Promise<BookState> {
  const result = (await db.execute(
    sql`select count(*)::int as accounts, count(distinct csm_id)::int as csms,
          max(imported_at)::float8 as imported_at,
          (select count(*)::int from book_domains) as domains
        from book_accounts`,
  )) as unknown as {
    rows: { accounts: number; csms: number; imported_at: number | null; domains: number }[];
  };
  const row = result.rows[0]!;
  return {
    accounts: row.accounts,
    domains: row.domains,
    csms: row.csms,
    importedAt: row.imported_at,
  };
}
