import type { RedlineDb } from '@/lib/db/redline-db';
import type { StoredReview } from '@/lib/db/records';
import { putReview, reviewTables } from '@/lib/reviews/review-writes';
import { createOutboxSender, type OutboxSenderDeps } from '@/lib/sync/outbox-sender';
import { patchSyncStatus, readSyncStatus } from '@/lib/sync/sync-status';
import { finishedReview } from '../../support/review-factory';
import { createFakeBackend } from './fake-backend';

export const START = Date.UTC(2026, 10, 23, 9, 0, 0);

/** Stores finished reviews the way the review service does, outbox entries included. */
export async function queueReviews(
  db: RedlineDb,
  count: number,
  overrides: Partial<StoredReview> = {},
) {
  const reviews = Array.from({ length: count }, (_, i) =>
    finishedReview('edit', START - 3_600_000 + i * 1000, overrides),
  );
  await db.transaction('rw', reviewTables(db), async () => {
    for (const review of reviews) await putReview(db, undefined, review, START);
  });
  return reviews;
}

/** A sender wired to a scripted backend, a hand-moved clock and recorded retry alarms. */
export function senderHarness(db: RedlineDb, overrides: Partial<OutboxSenderDeps> = {}) {
  const backend = createFakeBackend();
  const clock = { now: START };
  const alarms: number[] = [];
  const sender = createOutboxSender({
    db,
    getConfig: async () => ({
      ready: true,
      endpoint: 'https://sync.example.com',
      token: 'rl_test',
      csmId: 'ana',
    }),
    readStatus: readSyncStatus,
    patchStatus: patchSyncStatus,
    scheduleRetry: (when) => {
      alarms.push(when);
    },
    fetch: backend.fetch,
    now: () => clock.now,
    random: () => 0.5,
    limits: { maxCount: 10, maxBytes: 1024 * 1024 },
    ...overrides,
  });
  return { sender, backend, clock, alarms };
}

export async function queuedIds(db: RedlineDb): Promise<string[]> {
  return (await db.outbox.orderBy('seq').toArray()).map((entry) => entry.reviewId);
}
