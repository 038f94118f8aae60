import type { RedlineDb } from '../db/redline-db';
import { replyCutoff, replyRateReport, type ReplyRateReport, type SentFact } from './reply-rate';

/** The popup looks back this far behind the 7-day cut-off: recent enough to act on. */
export const REPLY_LOOKBACK_DAYS = 90;

/**
 * The popup's reply rates: reviews sent 7 to 97 days ago, read through the `endedAt` index so
 * the window bounds the work however many years are stored.
 */
export async function replyRates(db: RedlineDb, now: number): Promise<ReplyRateReport> {
  const cutoff = replyCutoff(now);
  const from = cutoff - REPLY_LOOKBACK_DAYS * 24 * 60 * 60 * 1000;
  const facts: SentFact[] = [];
  await db.reviews
    .where('endedAt')
    .between(from, cutoff, true, true)
    .each((review) => {
      if (review.status !== 'finished' || review.sentText === null || !review.outcome) return;
      facts.push({
        outcome: review.outcome,
        taskType: review.taskType,
        endedAt: review.endedAt!,
        customerRepliedAt: review.customerRepliedAt ?? null,
        replyTracked: Boolean(review.threadId),
      });
    });
  return replyRateReport(facts, now);
}
