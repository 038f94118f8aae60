import type { RedlineDb } from '../db/redline-db';
import type { AccountActivity, DayStats } from '../db/records';

/**
 * Recomputes the running aggregates from the reviews themselves. The incremental path keeps them
 * current; this is the repair for a migration that changes how they are counted, and the
 * reference the tests hold the incremental path to.
 */
export async function rebuildAggregates(db: RedlineDb): Promise<void> {
  await db.transaction('rw', [db.reviews, db.dayStats, db.accounts], async () => {
    const days = new Map<string, DayStats>();
    const accounts = new Map<string, AccountActivity>();
    await db.reviews
      .where('status')
      .equals('finished')
      .each((review) => {
        if (review.outcome && review.day) {
          const row = days.get(review.day) ?? { day: review.day, approve: 0, edit: 0, reject: 0 };
          row[review.outcome] += 1;
          days.set(review.day, row);
        }
        if (review.sentText !== null && review.endedAt !== null) {
          for (const domain of review.recipientDomains) {
            const current = accounts.get(domain);
            if (!current || current.lastAt < review.endedAt) {
              accounts.set(domain, { domain, lastAt: review.endedAt });
            }
          }
        }
      });
    await db.dayStats.clear();
    await db.accounts.clear();
    await db.dayStats.bulkPut([...days.values()]);
    await db.accounts.bulkPut([...accounts.values()]);
  });
}
