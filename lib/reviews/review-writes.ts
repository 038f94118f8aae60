import type { RedlineDb } from '../db/redline-db';
import type { StoredReview } from '../db/records';
import { updateAggregates } from './aggregates';

export function reviewTables(db: RedlineDb) {
  return [db.reviews, db.outbox, db.dayStats, db.accounts];
}

/**
 * Stores a review's new state with its aggregates and, when the team should see the change, its
 * outbox entry — all inside the caller's transaction, so either everything lands or nothing.
 * Open reviews are private work in progress: only finished states (and changes to them) sync.
 */
export async function putReview(
  db: RedlineDb,
  prev: StoredReview | undefined,
  next: StoredReview,
  now: number,
): Promise<void> {
  await db.reviews.put(next);
  await updateAggregates(db, prev, next);
  const syncs = next.status === 'finished' || prev?.status === 'finished';
  if (syncs) {
    await db.outbox.add({
      reviewId: next.id,
      revision: next.revision,
      op: next.status === 'finished' ? 'upsert' : 'delete',
      queuedAt: now,
    });
  }
}

export async function deleteReview(db: RedlineDb, prev: StoredReview, now: number): Promise<void> {
  await db.reviews.delete(prev.id);
  await updateAggregates(db, prev, undefined);
  await db.outbox.add({
    reviewId: prev.id,
    revision: prev.revision + 1,
    op: 'delete',
    queuedAt: now,
  });
}
