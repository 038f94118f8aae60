import type { RedlineDb } from '../db/redline-db';
import { toStorageError } from '../db/storage-errors';
import type {
  ThreadLinked,
  ThreadLinkedAck,
  ThreadSeen,
  ThreadSeenAck,
} from '../messaging/outcome-messages';
import { withCustomerReply } from './reply-matching';
import { putReview, reviewTables } from './review-writes';

export interface OutcomeService {
  /** Records customer replies a validated thread report shows; resolves after commit. */
  threadSeen(report: ThreadSeen): Promise<ThreadSeenAck>;
  /** Gives a review without a conversation the one the page named after its send. */
  threadLinked(link: ThreadLinked): Promise<ThreadLinkedAck>;
}

export function createOutcomeService({
  db,
  now = Date.now,
}: {
  db: RedlineDb;
  now?: () => number;
}): OutcomeService {
  return {
    async threadSeen(report) {
      const domains = [...new Set(report.messages.map((message) => message.domain))];
      if (domains.length === 0) return { matched: 0, updated: 0 };
      try {
        return await db.transaction('rw', reviewTables(db), async () => {
          const at = now();
          // The multi-entry domain index finds the candidates; the thread id decides.
          const candidates = await db.reviews
            .where('recipientDomains')
            .anyOf(domains)
            .distinct()
            .filter((review) => review.threadId === report.threadId && review.site === report.site)
            .toArray();
          let updated = 0;
          for (const review of candidates) {
            const next = withCustomerReply(review, report, at);
            if (!next) continue;
            // putReview queues the new revision in the outbox: the team sees the reply too.
            await putReview(db, review, next, at);
            updated += 1;
          }
          return { matched: candidates.length, updated };
        });
      } catch (error) {
        throw toStorageError(error);
      }
    },

    async threadLinked(link) {
      try {
        return await db.transaction('rw', reviewTables(db), async () => {
          const review = await db.reviews.get(link.reviewId);
          // An id the review already has came from its own compose (an inline reply): it wins.
          if (!review || review.site !== link.site || review.threadId) return { linked: false };
          const at = now();
          const next = { ...review, threadId: link.threadId, revision: review.revision + 1 };
          await putReview(db, review, { ...next, updatedAt: at }, at);
          return { linked: true };
        });
      } catch (error) {
        throw toStorageError(error);
      }
    },
  };
}
