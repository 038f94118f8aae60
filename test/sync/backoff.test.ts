import { describe, expect, it } from 'vitest';
import { fullJitterDelay, MAX_RETRY_AFTER_MS, parseRetryAfter } from '@/lib/sync/backoff';

describe('capped full jitter', () => {
  const policy = { baseMs: 1000, capMs: 60_000 };

  it('stays in [0, min(cap, base·2^(n-1))) for every attempt', () => {
    for (let attempt = 1; attempt <= 40; attempt++) {
      const ceiling = Math.min(60_000, 1000 * 2 ** (attempt - 1));
      expect(fullJitterDelay(attempt, () => 0, policy)).toBe(0);
      expect(fullJitterDelay(attempt, () => 0.999_999, policy)).toBeLessThan(ceiling);
      expect(fullJitterDelay(attempt, () => 0.999_999, policy)).toBeGreaterThanOrEqual(ceiling - 1);
    }
  });

  it('spreads retries: the delay is random over the whole range, not around the ceiling', () => {
    expect(fullJitterDelay(3, () => 0.25, policy)).toBe(1000);
    expect(fullJitterDelay(3, () => 0.75, policy)).toBe(3000);
  });
});

describe('Retry-After', () => {
  const now = Date.UTC(2026, 10, 23, 9, 0, 0);

  it('reads delta-seconds', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
  });

  it('reads an HTTP date, and a past date means now', () => {
    expect(parseRetryAfter('Mon, 23 Nov 2026 09:01:30 GMT', now)).toBe(90_000);
    expect(parseRetryAfter('Mon, 23 Nov 2026 08:00:00 GMT', now)).toBe(0);
  });

  it('caps absurd waits and ignores what it cannot read', () => {
    expect(parseRetryAfter('999999999', now)).toBe(MAX_RETRY_AFTER_MS);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter('-5', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });
});
