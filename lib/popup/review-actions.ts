import type { ReviewEditAck, ReviewProtocol } from '../messaging/review-messages';
import { reviewMessenger } from '../messaging/review-messenger';

/** The popup's only way to change a review: a message to the background, which owns writes. */
export type ReviewActions = {
  [K in keyof ReviewProtocol]: (
    message: Parameters<ReviewProtocol[K]>[0],
  ) => Promise<ReviewEditAck>;
};

export function createReviewActions(): ReviewActions {
  return {
    'review.star': (m) => reviewMessenger.sendMessage('review.star', m),
    'review.note': (m) => reviewMessenger.sendMessage('review.note', m),
    'review.setTaskType': (m) => reviewMessenger.sendMessage('review.setTaskType', m),
    'review.setOutcome': (m) => reviewMessenger.sendMessage('review.setOutcome', m),
    'review.setRejectReason': (m) => reviewMessenger.sendMessage('review.setRejectReason', m),
    'review.delete': (m) => reviewMessenger.sendMessage('review.delete', m),
  };
}
