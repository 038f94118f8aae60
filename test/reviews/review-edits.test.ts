import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RedlineDb } from '@/lib/db/redline-db';
import { overrideRate } from '@/lib/metrics/override-rate';
import { createReviewEditService, type ReviewEditService } from '@/lib/reviews/review-edit-service';
import { ReviewEditRefusedError } from '@/lib/reviews/review-edits';
import { putReview } from '@/lib/reviews/review-writes';
import { dropDb, freshDb } from '../support/test-db';
import { finishedReview, openReview } from '../support/review-factory';

const NOW = new Date(2026, 10, 23, 12).getTime();
let db: RedlineDb;
let service: ReviewEditService;

async function stored(review = finishedReview('approve', NOW - 3_600_000)) {
  await db.transaction('rw', [db.reviews, db.outbox, db.dayStats, db.accounts], () =>
    putReview(db, undefined, review, NOW),
  );
  await db.outbox.clear();
  return review;
}

beforeEach(async () => {
  db = await freshDb();
  service = createReviewEditService({ db, now: () => NOW });
});
afterEach(() => dropDb(db));

describe('review edits', () => {
  it('stars a review with a new revision and queues it for sync, once', async () => {
    const review = await stored();
    const ack = await service.apply({
      type: 'star',
      message: { reviewId: review.id, starred: true },
    });
    expect(ack).toEqual({ reviewId: review.id, revision: 2, changed: true, deleted: false });
    const again = await service.apply({
      type: 'star',
      message: { reviewId: review.id, starred: true },
    });
    expect(again.changed).toBe(false);
    expect(await db.reviews.get(review.id)).toMatchObject({
      starred: true,
      revision: 2,
      updatedAt: NOW,
    });
    expect(await db.outbox.toArray()).toMatchObject([
      { reviewId: review.id, revision: 2, op: 'upsert' },
    ]);
  });

  it('an outcome correction is the user’s and moves the day counts', async () => {
    const review = await stored();
    expect((await overrideRate(db, NOW, 7)).approved).toBe(1);
    await service.apply({
      type: 'setOutcome',
      message: { reviewId: review.id, outcome: 'reject' },
    });
    const after = await db.reviews.get(review.id);
    expect(after).toMatchObject({ outcome: 'reject', outcomeSource: 'user' });
    expect(await overrideRate(db, NOW, 7)).toMatchObject({ approved: 0, rejected: 1 });
  });

  it('a reject reason needs a reject and goes when the outcome changes', async () => {
    const review = await stored();
    const reason = { reviewId: review.id, rejectReason: 'wrong-tone' } as const;
    await expect(service.apply({ type: 'setRejectReason', message: reason })).rejects.toThrow(
      ReviewEditRefusedError,
    );
    await service.apply({
      type: 'setOutcome',
      message: { reviewId: review.id, outcome: 'reject' },
    });
    await service.apply({ type: 'setRejectReason', message: reason });
    expect((await db.reviews.get(review.id))?.rejectReason).toBe('wrong-tone');
    await service.apply({ type: 'setOutcome', message: { reviewId: review.id, outcome: 'edit' } });
    expect((await db.reviews.get(review.id))?.rejectReason).toBeNull();
  });

  it('a task type correction is the user’s, even when it confirms the guess', async () => {
    const review = await stored(finishedReview('edit', NOW - 1000, { taskType: 'qbr' }));
    const ack = await service.apply({
      type: 'setTaskType',
      message: { reviewId: review.id, taskType: 'qbr' },
    });
    expect(ack.changed).toBe(true);
    await service.apply({
      type: 'setTaskType',
      message: { reviewId: review.id, taskType: 'risk' },
    });
    expect(await db.reviews.get(review.id)).toMatchObject({
      taskType: 'risk',
      taskTypeSource: 'user',
      revision: 3,
    });
  });

  it('keeps a note, and refuses to correct the outcome of an open review', async () => {
    const open = await stored(openReview());
    await service.apply({
      type: 'note',
      message: { reviewId: open.id, note: 'ask about pricing' },
    });
    expect((await db.reviews.get(open.id))?.note).toBe('ask about pricing');
    await expect(
      service.apply({ type: 'setOutcome', message: { reviewId: open.id, outcome: 'edit' } }),
    ).rejects.toThrow(ReviewEditRefusedError);
  });

  it('deletes with its aggregates and a sync tombstone; deleting again is a no-op', async () => {
    const review = await stored();
    const ack = await service.apply({ type: 'delete', message: { reviewId: review.id } });
    expect(ack).toMatchObject({ deleted: true, changed: true, revision: 2 });
    expect(await db.reviews.get(review.id)).toBeUndefined();
    expect((await overrideRate(db, NOW, 7)).total).toBe(0);
    const again = await service.apply({ type: 'delete', message: { reviewId: review.id } });
    expect(again).toMatchObject({ deleted: true, changed: false });
    expect(await db.outbox.toArray()).toMatchObject([{ op: 'delete', revision: 2 }]);
  });

  it('refuses to edit a review that does not exist', async () => {
    await expect(
      service.apply({ type: 'star', message: { reviewId: crypto.randomUUID(), starred: true } }),
    ).rejects.toThrow(/No review/);
  });
});
