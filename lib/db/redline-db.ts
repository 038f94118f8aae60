import { Dexie, type EntityTable } from 'dexie';
import type { AccountActivity, DayStats, OutboxEntry, StoredReview } from './records';
import { DB_VERSIONS, type VersionStep } from './versions';

export type RedlineDb = Dexie & {
  reviews: EntityTable<StoredReview, 'id'>;
  outbox: EntityTable<OutboxEntry, 'seq'>;
  dayStats: EntityTable<DayStats, 'day'>;
  accounts: EntityTable<AccountActivity, 'domain'>;
};

export const DB_NAME = 'redline';

/**
 * Opens Redline's database with the given version steps (all of them unless a migration test
 * asks for fewer). Durability is `strict`: a write is acknowledged only once it is on disk,
 * because an acknowledged review must survive a crash or a service-worker kill.
 */
export function openRedlineDb(
  name: string = DB_NAME,
  steps: readonly VersionStep[] = DB_VERSIONS,
): RedlineDb {
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as RedlineDb;
  for (const step of steps) {
    const version = db.version(step.version).stores(step.stores);
    if (step.upgrade) version.upgrade(step.upgrade);
  }
  return db;
}
