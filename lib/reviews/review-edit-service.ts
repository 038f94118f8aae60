import type { RedlineDb } from '../db/redline-db';
import { toStorageError } from '../db/storage-errors';
import type { ReviewEdit, ReviewEditAck } from '../messaging/review-messages';
import { UnknownReviewError } from './capture-reducer';
import { ReviewEditRefusedError, reduceReviewEdit } from './review-edits';
import { deleteReview, putReview, reviewTables } from './review-writes';

export interface ReviewEditService {
  /** Applies a validated edit; resolves only after the transaction committed. */
  apply(edit: ReviewEdit): Promise<ReviewEditAck>;
}

export function createReviewEditService({
  db,
  now = Date.now,
}: {
  db: RedlineDb;
  now?: () => number;
}): ReviewEditService {
  return {
    async apply(edit) {
      const reviewId = edit.message.reviewId;
      try {
        return await db.transaction('rw', reviewTables(db), async (): Promise<ReviewEditAck> => {
          const at = now();
          const prev = await db.reviews.get(reviewId);
          if (!prev) {
            // Deleting twice is fine (a double click, a retried message); editing nothing is not.
            if (edit.type === 'delete')
              return { reviewId, revision: 0, changed: false, deleted: true };
            throw new UnknownReviewError(reviewId);
          }
          const effect = reduceReviewEdit(prev, edit, at);
          if (effect.kind === 'delete') {
            await deleteReview(db, prev, at);
            return { reviewId, revision: prev.revision + 1, changed: true, deleted: true };
          }
          if (effect.kind === 'put') {
            await putReview(db, prev, effect.review, at);
            return { reviewId, revision: effect.review.revision, changed: true, deleted: false };
          }
          return { reviewId, revision: prev.revision, changed: false, deleted: false };
        });
      } catch (error) {
        if (error instanceof UnknownReviewError || error instanceof ReviewEditRefusedError) {
          throw error;
        }
        throw toStorageError(error);
      }
    },
  };
}
