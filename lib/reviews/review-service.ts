import type { RedlineDb } from '../db/redline-db';
import { toStorageError } from '../db/storage-errors';
import type { CaptureAck } from '../messaging/capture-messages';
import type { Settings } from '../settings/settings-schema';
import {
  reduceCapture,
  ReviewSiteMismatchError,
  UnknownReviewError,
  type CaptureMessage,
} from './capture-reducer';
import { deleteReview, putReview, reviewTables } from './review-writes';

export interface ReviewServiceDeps {
  db: RedlineDb;
  now?: () => number;
  getSettings: () => Promise<Settings>;
}

export interface ReviewService {
  /** Applies a validated capture message; resolves only after the transaction committed. */
  capture(input: CaptureMessage): Promise<CaptureAck>;
}

export function createReviewService({
  db,
  now = Date.now,
  getSettings,
}: ReviewServiceDeps): ReviewService {
  return {
    async capture(input) {
      // Read settings before the transaction: an IndexedDB transaction closes on any other await.
      const settings = await getSettings();
      const id = input.message.reviewId;
      try {
        return await db.transaction('rw', reviewTables(db), async (): Promise<CaptureAck> => {
          const at = now();
          const prev = await db.reviews.get(id);
          const effect = reduceCapture(prev, input, { now: at, settings });
          if (effect.kind === 'put') {
            await putReview(db, prev, effect.review, at);
            const { revision, status, outcome } = effect.review;
            return { reviewId: id, revision, status, outcome };
          }
          if (effect.kind === 'delete' && prev) {
            await deleteReview(db, prev, at);
            return { reviewId: id, revision: prev.revision + 1, status: 'deleted', outcome: null };
          }
          if (!prev) return { reviewId: id, revision: 0, status: 'deleted', outcome: null };
          return {
            reviewId: id,
            revision: prev.revision,
            status: prev.status,
            outcome: prev.outcome,
          };
        });
      } catch (error) {
        if (error instanceof UnknownReviewError || error instanceof ReviewSiteMismatchError)
          throw error;
        throw toStorageError(error);
      }
    },
  };
}
