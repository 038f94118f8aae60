// When to try again after a failed send. Capped exponential backoff with full jitter (AWS
// Architecture Blog, "Exponential Backoff And Jitter"): a random delay in [0, min(cap, base·2^n)),
// so a team's extensions coming back after an outage do not all retry in step.

export interface BackoffPolicy {
  baseMs: number;
  capMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 5_000, capMs: 30 * 60_000 };

/** `attempt` counts failures in a row, from 1. `random` returns [0, 1). */
export function fullJitterDelay(
  attempt: number,
  random: () => number = Math.random,
  { baseMs, capMs }: BackoffPolicy = DEFAULT_BACKOFF,
): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.max(0, Math.min(attempt - 1, 30)));
  return Math.floor(random() * ceiling);
}

/** Longest wait a server may ask for; beyond it we assume a misconfiguration and cap. */
export const MAX_RETRY_AFTER_MS = 24 * 60 * 60_000;

/**
 * `Retry-After` as a delay in ms: either delta-seconds or an HTTP date (RFC 9110 §10.2.3).
 * Null when absent or unreadable; a date in the past means "now".
 */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Math.min(Number(trimmed) * 1000, MAX_RETRY_AFTER_MS);
  // An HTTP date names its month; without that, `Date.parse` would read "-5" as a year.
  if (!/[a-z]{3}/i.test(trimmed)) return null;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.min(Math.max(0, date - now), MAX_RETRY_AFTER_MS);
}
