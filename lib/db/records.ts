import type { Review } from '../review/review-schema';

/** One change waiting to reach the team backend, queued in the transaction that made it. */
export interface OutboxEntry {
  seq?: number;
  reviewId: string;
  /** The review's revision when queued; the sender reads the newest state at send time. */
  revision: number;
  op: 'upsert' | 'delete';
  queuedAt: number;
}

/** Running counts of finished reviews per local day, so windows never scan reviews. */
export interface DayStats {
  day: string;
  approve: number;
  edit: number;
  reject: number;
}

/** The last time a recipient organisation got an AI-drafted e-mail that was sent. */
export interface AccountActivity {
  domain: string;
  lastAt: number;
}

export type StoredReview = Review;
