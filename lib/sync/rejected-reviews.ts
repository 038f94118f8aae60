import * as z from 'zod/mini';

// Apart from sync-status (which opens extension storage) so the sender runs anywhere.

/** Most refused reviews the popup lists; older ones are only counted. */
export const MAX_REJECTED_SHOWN = 20;

/** A review the server (or the wire schema) refused for good, and why, in words. */
export const RejectedReviewSchema = z.object({
  reviewId: z.string(),
  reason: z.string(),
  at: z.number(),
});
export type RejectedReview = z.infer<typeof RejectedReviewSchema>;

/** `latest` in front of what was already listed, newest first, at most MAX_REJECTED_SHOWN. */
export function withRejected(listed: RejectedReview[], latest: RejectedReview[]): RejectedReview[] {
  const ids = new Set(latest.map((r) => r.reviewId));
  return [...latest, ...listed.filter((r) => !ids.has(r.reviewId))].slice(0, MAX_REJECTED_SHOWN);
}
