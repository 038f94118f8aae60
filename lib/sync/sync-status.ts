import * as z from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import { RejectedReviewSchema } from './rejected-reviews';

/**
 * What the popup shows about sync, kept in `storage.local` because the service worker can stop
 * between attempts. The pending count is not here: the popup reads it live from the outbox.
 */
export const SyncStatusSchema = z.object({
  lastAttemptAt: z.nullable(z.number()),
  lastSuccessAt: z.nullable(z.number()),
  /** The last failure in words for the CSM; null after a success. */
  lastError: z.nullable(z.string()),
  /** Failures in a row, for the backoff. */
  failures: z.int(),
  /** Not before this time (backoff or Retry-After); null = whenever there is something to send. */
  nextAttemptAt: z.nullable(z.number()),
  /** Reviews the server refused for good (and why), since the last success. */
  refused: z.int(),
  /** The newest refused reviews with their reasons; they left the outbox, the local copy stays. */
  rejected: z.array(RejectedReviewSchema),
});
export type SyncStatus = z.infer<typeof SyncStatusSchema>;

export const INITIAL_SYNC_STATUS: SyncStatus = {
  lastAttemptAt: null,
  lastSuccessAt: null,
  lastError: null,
  failures: 0,
  nextAttemptAt: null,
  refused: 0,
  rejected: [],
};

export const syncStatusItem = storage.defineItem<SyncStatus>('local:syncStatus', {
  fallback: INITIAL_SYNC_STATUS,
});

export async function readSyncStatus(): Promise<SyncStatus> {
  // Fields added later (rejected) start from their defaults instead of losing the rest.
  const parsed = SyncStatusSchema.safeParse({
    ...INITIAL_SYNC_STATUS,
    ...(await syncStatusItem.getValue()),
  });
  return parsed.success ? parsed.data : INITIAL_SYNC_STATUS;
}

export async function patchSyncStatus(patch: Partial<SyncStatus>): Promise<SyncStatus> {
  const next = { ...(await readSyncStatus()), ...patch };
  await syncStatusItem.setValue(next);
  return next;
}
