// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listenForPageDrafts, MAX_PAGE_DRAFT_CHARS } from '@/lib/capture/page-protocol';

function post(data: unknown, origin = window.location.origin, source: unknown = window) {
  window.dispatchEvent(new MessageEvent('message', { data, origin, source: source as Window }));
}

describe('page protocol', () => {
  let stop: AbortController;
  beforeEach(() => {
    stop = new AbortController();
  });
  afterEach(() => stop.abort());

  it('accepts a well-formed draft from this window and origin', () => {
    const onDraft = vi.fn();
    listenForPageDrafts(window, onDraft, stop.signal);
    post({ type: 'redline.draft', version: 1, text: 'Hi Ana, the renewal plan is attached.' });
    expect(onDraft).toHaveBeenCalledWith('Hi Ana, the renewal plan is attached.');
  });

  it('ignores other origins, other windows, wrong shapes, and oversized text', () => {
    const onDraft = vi.fn();
    listenForPageDrafts(window, onDraft, stop.signal);
    const good = { type: 'redline.draft', version: 1, text: 'x' };
    post(good, 'https://evil.example');
    post(good, window.location.origin, null);
    post({ ...good, version: 2 });
    post({ ...good, text: 42 });
    post({ ...good, text: '' });
    post({ ...good, text: 'y'.repeat(MAX_PAGE_DRAFT_CHARS + 1) });
    post('redline.draft');
    post(null);
    expect(onDraft).not.toHaveBeenCalled();
  });

  it('limits the rate a page can announce drafts at', () => {
    const onDraft = vi.fn();
    listenForPageDrafts(window, onDraft, stop.signal);
    for (let i = 0; i < 50; i++) post({ type: 'redline.draft', version: 1, text: `draft ${i}` });
    expect(onDraft).toHaveBeenCalledTimes(20);
  });

  it('stops listening when its signal aborts', () => {
    const onDraft = vi.fn();
    const own = new AbortController();
    listenForPageDrafts(window, onDraft, own.signal);
    own.abort();
    post({ type: 'redline.draft', version: 1, text: 'late' });
    expect(onDraft).not.toHaveBeenCalled();
  });
});
