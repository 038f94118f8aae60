import type { StoredReview } from '../db/records';
import type { WireReview } from './wire-format';

/**
 * The wire form of a review's current state: an upsert when it is finished, a delete when it is
 * gone or back to open (the team copy must go; the open review is private again). Local-only
 * fields (currentText, captureSeq, sentWeek, status) never leave the browser.
 */
export function toWire(
  review: StoredReview | undefined,
  reviewId: string,
  queuedRevision: number,
  csmId: string,
): WireReview {
  if (!review || review.status !== 'finished') {
    const revision = Math.max(queuedRevision, review?.revision ?? 0);
    return { op: 'delete', id: reviewId, revision, csmId };
  }
  return {
    op: 'upsert',
    id: review.id,
    revision: review.revision,
    csmId,
    site: review.site,
    source: review.source,
    outcome: review.outcome!,
    outcomeSource: review.outcomeSource,
    endReason: review.endReason!,
    taskType: review.taskType,
    taskTypeSource: review.taskTypeSource,
    subject: review.subject,
    draftText: review.draftText,
    sentText: review.sentText,
    // Customer text like the two above: whatever rule keeps texts off the wire drops it too.
    context: review.context,
    recipientDomains: review.recipientDomains,
    recipientAddresses: review.recipientAddresses,
    draftSeenAt: review.draftSeenAt,
    endedAt: review.endedAt!,
    updatedAt: review.updatedAt,
    taskMs: review.taskMs!,
    activeMs: review.activeMs,
    keystrokes: review.keystrokes,
    metrics: review.metrics,
    ...(review.editLabels ? { editLabels: review.editLabels } : {}),
    starred: review.starred,
    note: review.note,
    rejectReason: review.rejectReason,
    day: review.day!,
    week: review.week!,
    customerRepliedAt: review.customerRepliedAt ?? null,
    replyTracked: Boolean(review.threadId),
  };
}
