// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { listenForPageDrafts, PageDraftSchema } from '@/lib/capture/page-protocol';
import { seededRandom } from '../support/review-factory';

const SHAPES: ((r: () => number) => unknown)[] = [
  () => null,
  () => 'redline.draft',
  (r) => ({
    type: 'redline.draft',
    version: Math.floor(r() * 3),
    text: 'x'.repeat(Math.floor(r() * 10)),
  }),
  (r) => ({ type: 'redline.draft', version: 1, text: r() < 0.5 ? 42 : ['a'] }),
  () => ({ type: 'redline.draft', version: 1, text: 'y'.repeat(200_001) }),
  () => ({ type: 'redline.draft', version: '1', text: 'hi' }),
  () => ({ type: 'capture.sent', data: { reviewId: 'x' }, timestamp: Date.now() }),
  () => ({ type: '@webext-core/messaging/window', message: { type: 'capture.sent' } }),
  () => ({ type: { toString: () => 'redline.draft' }, version: 1, text: 'hi' }),
  () => [{ type: 'redline.draft' }],
  () => ({
    type: 'redline.draft',
    version: 1,
    text: '\uD83D',
    extra: { deep: { deeper: [1, 2, 3] } },
  }),
];

describe('the page protocol under 10,000 forged messages', () => {
  it('accepts only well-formed drafts from its own window and origin, within the rate', () => {
    const onDraft = vi.fn();
    const stop = new AbortController();
    listenForPageDrafts(window, onDraft, stop.signal);
    const random = seededRandom(5);
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    let valid = 0;
    for (let i = 0; i < 10_000; i++) {
      const data = SHAPES[Math.floor(random() * SHAPES.length)]!(random);
      const foreign = random() < 0.3;
      const origin = foreign ? 'https://evil.example' : window.location.origin;
      const source = random() < 0.1 ? null : window;
      if (!foreign && source && PageDraftSchema.safeParse(data).success) valid++;
      window.dispatchEvent(new MessageEvent('message', { data, origin, source }));
    }
    window.removeEventListener('error', onError);
    stop.abort();
    expect(errors).toEqual([]);
    expect(valid).toBeGreaterThan(20);
    // The rate limit lets 20 a minute through; every one of them was a valid draft.
    expect(onDraft).toHaveBeenCalledTimes(20);
    for (const [text] of onDraft.mock.calls)
      expect(PageDraftSchema.parse({ type: 'redline.draft', version: 1, text }).text).toBe(text);
  });
});
