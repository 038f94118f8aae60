import type { StoredReview } from '../db/records';
import type { ThreadSeen } from '../messaging/outcome-messages';

/**
 * A page's clock and ours may differ a little; a message dated further ahead than this is a
 * wrong reading (a misparsed date), not a reply.
 */
export const REPLY_CLOCK_SKEW_MS = 5 * 60_000;

/**
 * When a customer first answered this review in the conversation seen, or null. A reply is a
 * message in the review's own thread, from one of the domains the review was sent to, dated
 * after the send. Gmail dates messages to the minute, rounded down, so the CSM's own sent
 * message never counts: it carries the send's minute, which is not after the send.
 */
export function firstCustomerReply(
  review: StoredReview,
  thread: ThreadSeen,
  now: number,
): number | null {
  if (review.status !== 'finished' || review.sentText === null || review.endedAt === null) {
    return null;
  }
  if (!review.threadId || review.threadId !== thread.threadId) return null;
  const domains = new Set(review.recipientDomains);
  let first: number | null = null;
  for (const message of thread.messages) {
    if (!domains.has(message.domain)) continue;
    if (message.at <= review.endedAt || message.at > now + REPLY_CLOCK_SKEW_MS) continue;
    if (first === null || message.at < first) first = message.at;
  }
  return first;
}

/** The review with its first reply recorded, or null when nothing changes. */
export function withCustomerReply(
  review: StoredReview,
  thread: ThreadSeen,
  now: number,
): StoredReview | null {
  const reply = firstCustomerReply(review, thread, now);
  if (reply === null) return null;
  const known = review.customerRepliedAt ?? null;
  if (known !== null && known <= reply) return null;
  return { ...review, customerRepliedAt: reply, revision: review.revision + 1, updatedAt: now };
}
