import { Dexie } from 'dexie';
import type { RedlineDb } from '../db/redline-db';
import { updateAggregates } from './aggregates';
import { reviewTables } from './review-writes';

const DAY_MS = 86_400_000;
/** Reviews per transaction: a year of reviews goes in short steps, never one long lock. */
const STEP = 200;

/**
 * Deletes finished reviews that ended more than `days` days ago from this browser, with their
 * share of the running aggregates and anything still queued for them in the outbox, in one
 * transaction per step. Nothing goes to the team backend: retention is about this browser; the
 * team copy follows the team's own rules. Open reviews are left to the abandon sweep.
 */
export async function deleteExpiredReviews(
  db: RedlineDb,
  days: number,
  now: number = Date.now(),
): Promise<number> {
  const cutoff = now - days * DAY_MS;
  let deleted = 0;
  for (;;) {
    const step = await db.transaction('rw', reviewTables(db), async () => {
      const expired = await db.reviews
        .where('endedAt')
        .between(Dexie.minKey, cutoff, true, false)
        .limit(STEP)
        .toArray();
      for (const review of expired) {
        await db.reviews.delete(review.id);
        await updateAggregates(db, review, undefined);
      }
      const ids = expired.map((review) => review.id);
      if (ids.length > 0) await db.outbox.where('reviewId').anyOf(ids).delete();
      return expired.length;
    });
    deleted += step;
    if (step < STEP) return deleted;
  }
}
