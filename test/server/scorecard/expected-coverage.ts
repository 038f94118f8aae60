import type { WireUpsert } from '@/lib/sync/wire-format';
import { utcMonday } from './expected-scorecard';

// Weekly account coverage computed from scratch in plain TypeScript, independently of the SQL:
// an account is covered in a week when an approved or edited draft was sent to one of its
// domains (or a subdomain, the longest book domain winning) in the 30 days to the week's end.

export interface BookAccount {
  account: string;
  domains: string[];
  csmId: string;
}

export interface CoverageRow {
  week: string;
  csm_id: string;
  accounts: number;
  covered: number;
}

const DAY = 86_400_000;

/** The book account a recipient domain belongs to: the longest book domain it ends with. */
function accountOf(book: readonly BookAccount[], domain: string): BookAccount | undefined {
  const lower = domain.toLowerCase();
  let best: { account: BookAccount; length: number } | undefined;
  for (const account of book)
    for (const own of account.domains)
      if ((lower === own || lower.endsWith(`.${own}`)) && own.length > (best?.length ?? 0))
        best = { account, length: own.length };
  return best?.account;
}

/** Every (CSM, week) with at least one covered account, sorted by CSM then week. */
export function expectedCoverage(
  live: readonly WireUpsert[],
  book: readonly BookAccount[],
): CoverageRow[] {
  const sends = live.filter(
    (r) => r.sentText !== null && (r.outcome === 'approve' || r.outcome === 'edit'),
  );
  if (sends.length === 0 || book.length === 0) return [];
  const first = Date.parse(utcMonday(Math.min(...sends.map((r) => r.endedAt))));
  const last = Math.max(...sends.map((r) => r.endedAt)) + 31 * DAY;
  const rows: CoverageRow[] = [];
  for (let monday = first; monday <= last; monday += 7 * DAY) {
    const end = monday + 7 * DAY - 1;
    const covered = new Set<BookAccount>();
    for (const r of sends) {
      if (r.endedAt < end - 30 * DAY || r.endedAt > end) continue;
      for (const domain of r.recipientDomains) {
        const account = accountOf(book, domain);
        if (account) covered.add(account);
      }
    }
    for (const csmId of new Set(book.map((a) => a.csmId))) {
      const own = book.filter((a) => a.csmId === csmId);
      const count = own.filter((a) => covered.has(a)).length;
      const week = new Date(monday).toISOString().slice(0, 10);
      if (count > 0) rows.push({ week, csm_id: csmId, accounts: own.length, covered: count });
    }
  }
  return rows.sort((a, b) => a.csm_id.localeCompare(b.csm_id) || a.week.localeCompare(b.week));
}

/** The book as the CSV the import takes. */
export function bookCsv(book: readonly BookAccount[]): string {
  return [
    'account,domains,csm_id',
    ...book.map((a) => `${a.account},${a.domains.join(';')},${a.csmId}`),
  ].join('\n');
}
