import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import { PopupEnvProvider, type PopupEnv } from '@/components/popup-context';
import type { RedlineDb } from '@/lib/db/redline-db';
import type { StoredReview } from '@/lib/db/records';
import type { ReviewActions } from '@/lib/popup/review-actions';
import { putReview, reviewTables } from '@/lib/reviews/review-writes';

export const NOW = new Date(2026, 10, 23, 15).getTime();
export const HOUR = 3_600_000;

/** Spies for every write message, each answering like the background would. */
export function spyActions(): ReviewActions {
  const ack = async ({ reviewId }: { reviewId: string }) => ({
    reviewId,
    revision: 2,
    changed: true,
    deleted: false,
  });
  return {
    'review.star': vi.fn(ack),
    'review.note': vi.fn(ack),
    'review.setTaskType': vi.fn(ack),
    'review.setOutcome': vi.fn(ack),
    'review.setRejectReason': vi.fn(ack),
    'review.delete': vi.fn(ack),
  };
}

export function renderWithEnv(db: RedlineDb, ui: ReactNode, actions = spyActions()) {
  const env: PopupEnv = { db, now: () => NOW, actions };
  return { actions, ...render(<PopupEnvProvider env={env}>{ui}</PopupEnvProvider>) };
}

/** Stores reviews the way the background does, aggregates included. */
export async function store(db: RedlineDb, reviews: readonly StoredReview[]): Promise<void> {
  await db.transaction('rw', reviewTables(db), async () => {
    for (const review of reviews) await putReview(db, undefined, review, NOW);
  });
}
