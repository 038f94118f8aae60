import { describe, expect, it } from 'vitest';
import { createActivityClock, IDLE_CAP_MS } from '@/lib/capture/activity-clock';
import { countWords, isSubstantial } from '@/lib/capture/arrival-rules';
import { recipientDomains } from '@/lib/capture/recipient-domains';

describe('recipient domains', () => {
  it('keeps the organisation side, lower-case, deduplicated, in punycode', () => {
    expect(
      recipientDomains(['Ana@Acme.com', 'bo@acme.com', 'li@Sub.Globex.io', 'zoë@bücher.de']),
    ).toEqual(['acme.com', 'sub.globex.io', 'xn--bcher-kva.de']);
  });
  it('drops what is not an address', () => {
    expect(recipientDomains(['no-at-sign', 'x@', 'y@localhost', 'z@exa mple.com'])).toEqual([]);
  });
});

describe('activity clock', () => {
  it('adds the gaps between acts, each capped, and restarts after a pause', () => {
    const clock = createActivityClock();
    clock.act(0, true);
    clock.act(1_000, true);
    clock.act(1_000 + 10 * 60_000, true); // a long break counts as the cap
    clock.pause();
    clock.act(2_000_000, false); // first act after focus came back adds nothing
    expect(clock.activeMs).toBe(1_000 + IDLE_CAP_MS);
    expect(clock.keystrokes).toBe(3);
  });
  it('continues from saved counters (after a reload)', () => {
    const clock = createActivityClock({ activeMs: 5_000, keystrokes: 7 });
    clock.act(0, true);
    clock.act(2_000, true);
    expect(clock.activeMs).toBe(7_000);
    expect(clock.keystrokes).toBe(9);
  });
});

describe('arrival rules', () => {
  it('a snippet is not a draft; a paragraph is', () => {
    expect(isSubstantial('ana@acme.com')).toBe(false);
    expect(isSubstantial('Thanks! '.repeat(30))).toBe(true);
    expect(countWords('Hi Ana — 3 quick notes: “renewal”, 40 seats.')).toBe(8);
    expect(countWords('東京 会議')).toBe(2);
  });
});
