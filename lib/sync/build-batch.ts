import type { RedlineDb } from '../db/redline-db';
import type { OutboxEntry } from '../db/records';
import { applyPrivacy, DEFAULT_PRIVACY, type PrivacyPolicy } from '../privacy/private-wire';
import { toWire } from './to-wire';
import { WireReviewSchema, type WireReview } from './wire-format';

export interface BatchLimits {
  maxCount: number;
  /** Serialized size of the reviews; one review bigger than this still goes, alone. */
  maxBytes: number;
}

export const DEFAULT_BATCH_LIMITS: BatchLimits = { maxCount: 200, maxBytes: 1024 * 1024 };

export interface OutgoingBatch {
  reviews: WireReview[];
  /** Outbox entries this batch settles; entries queued later stay for the next batch. */
  seqs: number[];
  /** Entries whose review cannot be put on the wire at all (never valid): settle and report. */
  invalid: { seqs: number[]; reviewId: string; reason: string }[];
}

const encoder = new TextEncoder();

/** The first issues as `metrics.editRate: Too big…`; values are never quoted. */
export function issueWords(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 2)
    .map((issue) => `${issue.path.map(String).join('.') || 'review'}: ${issue.message}`)
    .join('; ');
}
const PAGE = 500;

/**
 * The next batch, oldest entries first. Several entries for one review become one item with the
 * review's current state, so a review starred three times offline goes once.
 */
export async function readBatch(
  db: RedlineDb,
  csmId: string,
  { maxCount, maxBytes }: BatchLimits,
  privacy: PrivacyPolicy = DEFAULT_PRIVACY,
): Promise<OutgoingBatch> {
  const batch: OutgoingBatch = { reviews: [], seqs: [], invalid: [] };
  const items = new Map<string, number[]>();
  const done = (): OutgoingBatch => ({ ...batch, seqs: [...items.values()].flat() });
  let bytes = 0;
  let after = 0;
  for (;;) {
    const entries: OutboxEntry[] = await db.outbox.where('seq').above(after).limit(PAGE).toArray();
    if (entries.length === 0) return done();
    const reviews = await db.reviews.bulkGet([...new Set(entries.map((e) => e.reviewId))]);
    const byId = new Map(reviews.filter((r) => r !== undefined).map((r) => [r.id, r]));
    for (const entry of entries) {
      after = entry.seq!;
      const known = items.get(entry.reviewId);
      if (known) {
        known.push(entry.seq!);
        continue;
      }
      if (batch.reviews.length >= maxCount) return done();
      // Redaction happens here, on the wire copy, before the size is measured.
      const wire = applyPrivacy(
        toWire(byId.get(entry.reviewId), entry.reviewId, entry.revision, csmId),
        privacy,
      );
      const checked = WireReviewSchema.safeParse(wire);
      if (!checked.success) {
        batch.invalid.push({
          seqs: [entry.seq!],
          reviewId: entry.reviewId,
          reason: `Not sent: it does not fit the team's wire format (${issueWords(checked.error.issues)}).`,
        });
        continue;
      }
      const size = encoder.encode(JSON.stringify(wire)).length;
      if (batch.reviews.length > 0 && bytes + size > maxBytes) return done();
      bytes += size;
      items.set(entry.reviewId, [entry.seq!]);
      batch.reviews.push(wire);
    }
  }
}
