import { describe, expect, it } from 'vitest';
import type { RedlineDb } from '@/lib/db/redline-db';
import {
  MIN_REPLY_SAMPLE,
  REPLY_WINDOW_MS,
  replyRateReport,
  replyVerdict,
  type SentFact,
} from '@/lib/metrics/reply-rate';
import { replyRates } from '@/lib/metrics/reply-rate-query';
import type { Outcome } from '@/lib/review/vocabulary';
import { finishedReview } from '../support/review-factory';
import { dropDb, freshDb } from '../support/test-db';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 2, 12);

const fact = (outcome: Outcome, daysAgo: number, replyAfter: number | null, extra = {}) => {
  const endedAt = NOW - daysAgo * DAY;
  return {
    outcome,
    taskType: 'qbr',
    endedAt,
    customerRepliedAt: replyAfter === null ? null : endedAt + replyAfter,
    replyTracked: true,
    ...extra,
  } as SentFact;
};

const many = (n: number, make: (i: number) => SentFact) =>
  Array.from({ length: n }, (_, i) => make(i));

describe('reply rate within 7 days', () => {
  it('counts only sent reviews at least 7 days old whose thread was seen', () => {
    const report = replyRateReport(
      [
        fact('approve', 8, DAY),
        fact('approve', 8, null),
        fact('approve', 8, 8 * DAY), // answered, but after the window
        fact('approve', 3, DAY), // too recent to have had 7 days
        fact('approve', 9, DAY, { replyTracked: false }), // thread never seen
        fact('edit', 7, REPLY_WINDOW_MS), // exactly 7 days: counts, as does its reply
        fact('reject', 10, 2 * DAY, { taskType: 'renewal' }),
      ],
      NOW,
    );
    expect(report.byOutcome).toEqual({
      approve: { sent: 3, replied: 1, rate: 1 / 3 },
      edit: { sent: 1, replied: 1, rate: 1 },
      reject: { sent: 1, replied: 1, rate: 1 },
    });
    expect(report.byTaskType).toEqual([
      { taskType: 'qbr', sent: 4, replied: 2, rate: 0.5 },
      { taskType: 'renewal', sent: 1, replied: 1, rate: 1 },
    ]);
    expect(report.sentBefore).toBe(NOW - REPLY_WINDOW_MS);
  });

  it('says in words whether editing pays off, and when it is too early to say', () => {
    const counts = (approve: [number, number], edit: [number, number], reject = [0, 0]) => ({
      approve: { sent: approve[0], replied: approve[1], rate: approve[1] / approve[0] },
      edit: { sent: edit[0], replied: edit[1], rate: edit[1] / edit[0] },
      reject: {
        sent: reject[0]!,
        replied: reject[1]!,
        rate: reject[0] ? reject[1]! / reject[0] : null,
      },
    });
    expect(replyVerdict(counts([20, 6], [20, 14], [10, 2]))).toMatch(
      /^Editing pays off: 70 % of edited vs 30 % of approved e-mails got a reply within 7 days \(40 points more\)\. Rewritten e-mails: 20 %\./,
    );
    expect(replyVerdict(counts([20, 10], [20, 4]))).toMatch(/^Editing does not pay off in replies/);
    expect(replyVerdict(counts([20, 10], [20, 10]))).toMatch(
      /^Editing does not change replies much/,
    );
    expect(replyVerdict(counts([MIN_REPLY_SAMPLE - 1, 3], [20, 4]))).toMatch(/^Too early to say/);
  });

  it('reads the popup window from the database', async () => {
    const db: RedlineDb = await freshDb();
    try {
      const thread = { threadId: 'thread-f:1', recipientDomains: ['acme.example'] };
      await db.reviews.bulkPut([
        ...many(10, () => fact('approve', 9, null)).map((f, i) =>
          finishedReview('approve', f.endedAt, {
            ...thread,
            customerRepliedAt: i < 2 ? f.endedAt + DAY : null,
          }),
        ),
        ...many(10, () => fact('edit', 9, null)).map((f, i) =>
          finishedReview('edit', f.endedAt, {
            ...thread,
            customerRepliedAt: i < 6 ? f.endedAt + DAY : null,
          }),
        ),
        finishedReview('edit', NOW - 200 * DAY, thread), // older than the popup looks
        finishedReview('reject', NOW - 9 * DAY, { ...thread, sentText: null }), // discarded
        finishedReview('approve', NOW - 9 * DAY), // no thread seen
      ]);
      const report = await replyRates(db, NOW);
      expect(report.byOutcome.approve).toEqual({ sent: 10, replied: 2, rate: 0.2 });
      expect(report.byOutcome.edit).toEqual({ sent: 10, replied: 6, rate: 0.6 });
      expect(report.byOutcome.reject.sent).toBe(0);
      expect(report.verdict).toMatch(/^Editing pays off: 60 % of edited vs 20 % of approved/);
    } finally {
      await dropDb(db);
    }
  });
});
