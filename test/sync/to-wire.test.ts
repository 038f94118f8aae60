import { describe, expect, it } from 'vitest';
import { toWire } from '@/lib/sync/to-wire';
import { WireReviewSchema } from '@/lib/sync/wire-format';
import { finishedReview, openReview } from '../support/review-factory';

describe('a review on the wire', () => {
  it('a finished review is an upsert that the shared schema accepts, without local-only fields', () => {
    const review = finishedReview('edit', Date.UTC(2026, 10, 20, 10), {
      starred: true,
      note: 'good',
    });
    const wire = toWire(review, review.id, 1, 'ana');
    expect(WireReviewSchema.parse(wire)).toEqual(wire);
    expect(wire).toMatchObject({
      op: 'upsert',
      id: review.id,
      csmId: 'ana',
      starred: true,
      note: 'good',
    });
    for (const local of ['currentText', 'captureSeq', 'status', 'sentWeek'])
      expect(wire).not.toHaveProperty(local);
  });

  it('a discarded review carries sentText null', () => {
    const review = finishedReview('reject', Date.UTC(2026, 10, 20, 10), { sentText: null });
    expect(toWire(review, review.id, 1, 'ana')).toMatchObject({
      sentText: null,
      endReason: 'discarded',
    });
  });

  it('a review back to open (undo send) or gone is a delete at the newest revision', () => {
    const reopened = openReview({ revision: 4 });
    expect(toWire(reopened, reopened.id, 3, 'ana')).toEqual({
      op: 'delete',
      id: reopened.id,
      revision: 4,
      csmId: 'ana',
    });
    expect(toWire(undefined, reopened.id, 5, 'ana')).toEqual({
      op: 'delete',
      id: reopened.id,
      revision: 5,
      csmId: 'ana',
    });
  });
});
