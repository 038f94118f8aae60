import type { Transaction } from 'dexie';

/**
 * Every schema step of Redline's database, in order. A step is frozen once released: never edit
 * one, add the next. Each step has an example database in test/db/examples/ and the migration
 * test walks the whole chain from each of them.
 */
export interface VersionStep {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

// Large text fields (draftText, sentText, currentText, note) are never indexed: nothing
// queries by them and indexing them would cost every write.
export const DB_VERSIONS: readonly VersionStep[] = [
  {
    version: 1,
    stores: {
      reviews: [
        'id',
        'status',
        '[status+updatedAt]',
        'draftSeenAt',
        'endedAt',
        '[outcome+endedAt]',
        '[site+endedAt]',
        '[taskType+sentWeek+taskMs]',
        '[taskType+sentWeek+activeMs]',
        '*recipientDomains',
      ].join(', '),
      outbox: '++seq, reviewId',
      dayStats: 'day',
      accounts: 'domain, lastAt',
    },
  },
];

export const CURRENT_DB_VERSION = DB_VERSIONS[DB_VERSIONS.length - 1]!.version;
