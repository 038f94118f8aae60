import type { RedlineDb } from '../db/redline-db';
import { overrideRate, type OutcomeCounts } from '../metrics/override-rate';

export interface Headline {
  last7: OutcomeCounts;
  last30: OutcomeCounts;
  /** False for a new user with no review at all, open or finished: show how to get one. */
  hasAny: boolean;
}

/**
 * The first thing the popup paints. Reads ~37 small aggregate rows and one key, whatever the
 * number of stored reviews, so it paints as fast on a year of data as on a day.
 */
export async function popupHeadline(db: RedlineDb, now: number): Promise<Headline> {
  return db.transaction('r', [db.dayStats, db.reviews], async () => {
    const [last7, last30, anyKey] = await Promise.all([
      overrideRate(db, now, 7),
      overrideRate(db, now, 30),
      db.reviews.limit(1).primaryKeys(),
    ]);
    return { last7, last30, hasAny: anyKey.length > 0 || last30.total > 0 };
  });
}
