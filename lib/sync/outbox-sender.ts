import type { RedlineDb } from '../db/redline-db';
import { cutText } from '../text/cut-text';
import type { SyncConfig } from '../settings/sync-settings-item';
import { DEFAULT_BACKOFF, fullJitterDelay, type BackoffPolicy } from './backoff';
import type { PrivacyPolicy } from '../privacy/private-wire';
import { DEFAULT_BATCH_LIMITS, readBatch, type BatchLimits } from './build-batch';
import { postBatch } from './post-batch';
import { withRejected, type RejectedReview } from './rejected-reviews';
import type { SyncStatus } from './sync-status';
import type { ReviewResult } from './wire-format';

/** The server's per-id reason codes, in words for the popup. */
function resultWords(result: ReviewResult): string {
  if (result.reason === 'id-belongs-to-another-csm')
    return 'The server refused it: its id already belongs to another CSM there.';
  return `The server refused it${result.reason ? `: ${cutText(result.reason, 300)}` : '.'}`;
}

export interface OutboxSenderDeps {
  db: RedlineDb;
  getConfig: () => Promise<SyncConfig>;
  /** Redaction and sync mode, read once per flush; built-in redaction when absent. */
  getPrivacy?: () => Promise<PrivacyPolicy>;
  readStatus: () => Promise<SyncStatus>;
  patchStatus: (patch: Partial<SyncStatus>) => Promise<SyncStatus>;
  /** Asks to be woken at `when` (an alarm in the extension), for the next attempt. */
  scheduleRetry: (when: number) => void | Promise<void>;
  fetch?: typeof fetch;
  now?: () => number;
  random?: () => number;
  limits?: BatchLimits;
  backoff?: BackoffPolicy;
  timeoutMs?: number;
  /** Batches per flush, so one wake-up of the service worker stays short. */
  maxBatches?: number;
}

export interface FlushResult {
  sent: number;
  refused: number;
  /** Why the flush stopped early, in words; null when the outbox was emptied. */
  stoppedBy: string | null;
}

export interface OutboxSender {
  /** Sends what is queued. `force` ignores the backoff ("Sync now"). One flush at a time. */
  flush(options?: { force?: boolean }): Promise<FlushResult>;
}

/**
 * The outbox sender, in the manner of Workbox's background-sync queue: entries leave the outbox
 * only once the server has answered for them, oldest first; a failed batch stops the flush and
 * everything after it stays queued in order. Safe to repeat: the server keys reviews by id and
 * revision, so a batch re-sent after a lost response is answered `duplicate`.
 */
export function createOutboxSender(deps: OutboxSenderDeps): OutboxSender {
  const { db, getConfig, readStatus, patchStatus, scheduleRetry } = deps;
  const now = deps.now ?? Date.now;
  const random = deps.random ?? Math.random;
  const fetchFn = deps.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const backoff = deps.backoff ?? DEFAULT_BACKOFF;
  const maxBatches = deps.maxBatches ?? 50;
  let running: Promise<FlushResult> | null = null;

  const settle = (seqs: number[]) => db.outbox.bulkDelete(seqs);
  /** Refused for good: out of the outbox (so it blocks nothing) and listed with its reason. */
  const noteRejected = async (items: Omit<RejectedReview, 'at'>[]) => {
    if (items.length === 0) return;
    const at = now();
    const listed = (await readStatus()).rejected;
    await patchStatus({
      rejected: withRejected(
        listed,
        items.map((item) => ({ ...item, at })),
      ),
    });
  };

  async function run(force: boolean): Promise<FlushResult> {
    const result: FlushResult = { sent: 0, refused: 0, stoppedBy: null };
    const config = await getConfig();
    if (!config.ready) {
      // No endpoint is a choice, not a failure: nothing to show in red.
      await patchStatus({ lastError: config.off ? null : config.reason, nextAttemptAt: null });
      return { ...result, stoppedBy: config.reason };
    }
    const status = await readStatus();
    if (!force && status.nextAttemptAt !== null && now() < status.nextAttemptAt) {
      return { ...result, stoppedBy: 'waiting for the next attempt' };
    }
    let limits = deps.limits ?? DEFAULT_BATCH_LIMITS;
    const privacy = await deps.getPrivacy?.();
    for (let i = 0; i < maxBatches; i++) {
      const batch = await readBatch(db, config.csmId, limits, privacy);
      if (batch.invalid.length > 0) {
        await settle(batch.invalid.flatMap((item) => item.seqs));
        await noteRejected(batch.invalid.map(({ reviewId, reason }) => ({ reviewId, reason })));
        result.refused += batch.invalid.length;
      }
      if (batch.reviews.length === 0) break;
      await patchStatus({ lastAttemptAt: now() });
      const outcome = await postBatch(config.endpoint, config.token, batch.reviews, {
        fetch: fetchFn,
        now,
        timeoutMs: deps.timeoutMs ?? 30_000,
      });
      if (outcome.kind === 'ok') {
        await settle(batch.seqs);
        await noteRejected(
          outcome.results
            .filter((r) => r.status === 'rejected')
            .map((r) => ({ reviewId: r.id, reason: resultWords(r) })),
        );
        result.sent += outcome.results.filter((r) => r.status !== 'rejected').length;
        result.refused += outcome.results.filter((r) => r.status === 'rejected').length;
        limits = deps.limits ?? DEFAULT_BATCH_LIMITS;
        continue;
      }
      if (outcome.kind === 'too-large' && batch.reviews.length > 1) {
        // Smaller batches until it fits; a single review that never fits is refused below.
        limits = { ...limits, maxCount: Math.ceil(batch.reviews.length / 2) };
        continue;
      }
      if (outcome.kind === 'too-large' || outcome.kind === 'invalid') {
        const ids = new Set(outcome.kind === 'invalid' ? outcome.ids : [batch.reviews[0]!.id]);
        const entries = await db.outbox
          .where('reviewId')
          .anyOf([...ids])
          .toArray();
        await settle(entries.filter((e) => batch.seqs.includes(e.seq!)).map((e) => e.seq!));
        await noteRejected(
          [...ids].map((reviewId) => ({
            reviewId,
            reason:
              outcome.kind === 'invalid'
                ? (outcome.reasons.get(reviewId) ?? outcome.message)
                : 'The server refused it as too large, even alone.',
          })),
        );
        result.refused += ids.size;
        continue;
      }
      const failures = status.failures + 1;
      status.failures = failures;
      const delay = outcome.retryAfterMs ?? fullJitterDelay(failures, random, backoff);
      const nextAttemptAt = now() + delay;
      await patchStatus({ lastError: outcome.message, failures, nextAttemptAt });
      await scheduleRetry(nextAttemptAt);
      return { ...result, stoppedBy: outcome.message };
    }
    const refusedNote =
      result.refused > 0
        ? `The server refused ${result.refused} review(s) for good (invalid or too large).`
        : null;
    await patchStatus({
      ...(result.sent > 0 || status.failures > 0 ? { lastSuccessAt: now() } : {}),
      lastError: refusedNote,
      failures: 0,
      nextAttemptAt: null,
      refused: result.refused,
    });
    return result;
  }

  // One flush at a time. A request arriving during a flush (a new change, a corrected token)
  // gets one more flush after it: the running one may have read the old state.
  let again: Promise<FlushResult> | null = null;
  let againForced = false;
  function flush({ force = false } = {}): Promise<FlushResult> {
    if (!running) {
      running = run(force).finally(() => {
        running = null;
      });
      return running;
    }
    againForced ||= force;
    again ??= running
      .catch(() => undefined)
      .then(() => {
        const forced = againForced;
        again = null;
        againForced = false;
        return flush({ force: forced });
      });
    return again;
  }

  return { flush };
}
