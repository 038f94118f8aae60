import type { StoredReview } from '../db/records';
import type { ReviewEdit } from '../messaging/review-messages';

export class ReviewEditRefusedError extends Error {
  override readonly name = 'ReviewEditRefusedError';
}

export type EditEffect =
  { kind: 'unchanged' } | { kind: 'put'; review: StoredReview } | { kind: 'delete' };

/** The review's fields as the edit leaves them, or null when they already hold those values. */
function changedFields(prev: StoredReview, edit: ReviewEdit): Partial<StoredReview> | null {
  switch (edit.type) {
    case 'star':
      return prev.starred === edit.message.starred ? null : { starred: edit.message.starred };
    case 'note':
      return prev.note === edit.message.note ? null : { note: edit.message.note };
    case 'setTaskType': {
      const { taskType } = edit.message;
      // Confirming the guess also counts: the CSM's word outlives later re-guessing.
      if (prev.taskType === taskType && prev.taskTypeSource === 'user') return null;
      return { taskType, taskTypeSource: 'user' };
    }
    case 'setOutcome': {
      const { outcome } = edit.message;
      if (prev.status !== 'finished') {
        throw new ReviewEditRefusedError('An open review has no outcome to correct yet.');
      }
      if (prev.outcome === outcome && prev.outcomeSource === 'user') return null;
      // A reason only explains a reject; it goes when the outcome stops being one.
      const rejectReason = outcome === 'reject' ? prev.rejectReason : null;
      return { outcome, outcomeSource: 'user', rejectReason };
    }
    case 'setRejectReason': {
      const { rejectReason } = edit.message;
      if (rejectReason !== null && prev.outcome !== 'reject') {
        throw new ReviewEditRefusedError('Only a rejected review has a reject reason.');
      }
      return prev.rejectReason === rejectReason ? null : { rejectReason };
    }
    case 'delete':
      return null;
  }
}

/**
 * Applies one of the CSM's corrections to a stored review. Pure and idempotent: sending the same
 * edit twice changes nothing the second time (no new revision, nothing queued for sync).
 */
export function reduceReviewEdit(prev: StoredReview, edit: ReviewEdit, now: number): EditEffect {
  if (edit.type === 'delete') return { kind: 'delete' };
  const fields = changedFields(prev, edit);
  if (!fields) return { kind: 'unchanged' };
  return {
    kind: 'put',
    review: { ...prev, ...fields, revision: prev.revision + 1, updatedAt: now },
  };
}
