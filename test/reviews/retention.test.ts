import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RedlineDb } from '@/lib/db/redline-db';
import { rebuildAggregates } from '@/lib/reviews/rebuild-aggregates';
import { deleteExpiredReviews } from '@/lib/reviews/retention';
import { putReview, reviewTables } from '@/lib/reviews/review-writes';
import { generateReviews, openReview } from '../support/review-factory';
import { dropDb, freshDb } from '../support/test-db';

const NOW = Date.UTC(2026, 10, 30, 12);
const DAY = 86_400_000;

async function snapshot(db: RedlineDb) {
  return { days: await db.dayStats.toArray(), accounts: await db.accounts.toArray() };
}

describe('retention', () => {
  let db: RedlineDb;
  beforeEach(async () => {
    db = await freshDb();
  });
  afterEach(() => dropDb(db));

  it('deletes finished reviews older than N days with their aggregates and queued sync entries', async () => {
    const reviews = generateReviews(450, NOW, 120, 7);
    const open = openReview({ draftSeenAt: NOW - 200 * DAY, updatedAt: NOW - 200 * DAY });
    await db.transaction('rw', reviewTables(db), async () => {
      for (const review of [...reviews, open]) await putReview(db, undefined, review, NOW);
    });
    const expiredIds = reviews.filter((r) => r.endedAt! < NOW - 30 * DAY).map((r) => r.id);
    expect(expiredIds.length).toBeGreaterThan(250);

    const deleted = await deleteExpiredReviews(db, 30, NOW);

    expect(deleted).toBe(expiredIds.length);
    expect(await db.reviews.count()).toBe(reviews.length - expiredIds.length + 1);
    expect(await db.reviews.get(open.id)).toBeDefined();
    expect(await db.outbox.where('reviewId').anyOf(expiredIds).count()).toBe(0);
    expect(await db.outbox.count()).toBe(reviews.length - expiredIds.length);
    // The running aggregates equal a rebuild from the reviews that remain.
    const incremental = await snapshot(db);
    await rebuildAggregates(db);
    expect(incremental).toEqual(await snapshot(db));
    expect(incremental.days.every((row) => row.day >= '2026-10-31')).toBe(true);
  }, 60_000);

  it('deletes nothing when every review is recent', async () => {
    const reviews = generateReviews(20, NOW, 5, 8);
    await db.transaction('rw', reviewTables(db), async () => {
      for (const review of reviews) await putReview(db, undefined, review, NOW);
    });
    expect(await deleteExpiredReviews(db, 30, NOW)).toBe(0);
    expect(await db.reviews.count()).toBe(20);
  });
});
