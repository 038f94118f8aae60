import { classify, type TextHints } from '../classify';
import type { StoredReview } from '../db/records';
import type { EndReason } from '../review/vocabulary';
import { dayKey, weekKey } from '../time/calendar';
import type { Settings } from '../settings/settings-schema';

export interface FinishInput {
  endedAt: number;
  endReason: EndReason;
  sentText: string | null;
  hints?: { draft?: TextHints; sent?: TextHints };
}

/** The finished state of a review: classified, dated, and placed in its day and week. */
export function finishReview(
  review: StoredReview,
  input: FinishInput,
  settings: Settings,
): StoredReview {
  const endedAt = Math.max(input.endedAt, review.draftSeenAt);
  const result = classify(review.draftText, input.sentText, settings.thresholds, input.hints, {
    subject: review.subject,
    recipientDomains: review.recipientDomains,
    recipientAddresses: review.recipientAddresses,
  });
  const { outcome, parts: _parts, labels, ...metrics } = result;
  const wentOut = input.sentText !== null;
  return {
    ...review,
    status: 'finished',
    endedAt,
    endReason: input.endReason,
    sentText: input.sentText,
    currentText: input.sentText ?? review.currentText,
    taskMs: endedAt - review.draftSeenAt,
    // A CSM's own correction of the outcome outlives a re-send after undo.
    outcome: review.outcomeSource === 'user' && review.outcome ? review.outcome : outcome,
    metrics,
    editLabels: labels,
    day: dayKey(endedAt),
    week: weekKey(endedAt),
    sentWeek: wentOut ? weekKey(endedAt) : null,
  };
}

/** Back to open: undo-send brought the compose back, so the review goes on. */
export function reopenReview(review: StoredReview): StoredReview {
  return {
    ...review,
    status: 'open',
    endedAt: null,
    endReason: null,
    sentText: null,
    taskMs: null,
    outcome: review.outcomeSource === 'user' ? review.outcome : null,
    metrics: null,
    editLabels: [],
    day: null,
    week: null,
    sentWeek: null,
  };
}
