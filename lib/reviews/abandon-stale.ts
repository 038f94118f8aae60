import { Dexie } from 'dexie';
import type { RedlineDb } from '../db/redline-db';
import type { Settings } from '../settings/settings-schema';
import { finishReview } from './finish-review';
import { putReview, reviewTables } from './review-writes';

/**
 * Ends open reviews untouched for longer than the CSM's limit as abandoned (a reject): Gmail kept
 * the draft, but nobody came back to it. Returns how many ended.
 */
export async function abandonStaleReviews(
  db: RedlineDb,
  settings: Settings,
  now: number = Date.now(),
): Promise<number> {
  const cutoff = now - settings.abandonAfterHours * 3_600_000;
  return db.transaction('rw', reviewTables(db), async () => {
    const stale = await db.reviews
      .where('[status+updatedAt]')
      .between(['open', Dexie.minKey], ['open', cutoff], true, true)
      .toArray();
    for (const review of stale) {
      const next = finishReview(
        { ...review, revision: review.revision + 1, updatedAt: now },
        { endedAt: review.updatedAt, endReason: 'abandoned', sentText: null },
        settings,
      );
      await putReview(db, review, next, now);
    }
    return stale.length;
  });
}
