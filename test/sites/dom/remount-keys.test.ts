import { describe, expect, it } from 'vitest';
import { createRemountKeys, textFingerprint } from '@/lib/sites/dom/remount-keys';

const el = () => ({}) as Element;

describe('remount keys', () => {
  it('fingerprints ignore whitespace differences and keep no text', () => {
    expect(textFingerprint('Hello  Ana\n')).toBe(textFingerprint('Hello Ana'));
    expect(textFingerprint('Hello Ana')).not.toBe(textFingerprint('Hello Bob'));
    expect(textFingerprint('Hello Ana')).not.toContain('Ana');
  });

  it('a sent compose comes back within the undo window only, and only once', () => {
    let now = 0;
    const keys = createRemountKeys({
      undoWindowMs: 15_000,
      reopenWindowMs: 60_000,
      now: () => now,
    });
    const first = keys.keyFor(el(), 'Draft text', new Set());
    keys.left(first, 'Draft text', true);
    expect(keys.awaitingUndo()).toBe(true);
    now = 5_000;
    expect(keys.keyFor(el(), 'Draft text', new Set())).toBe(first);
    expect(keys.keyFor(el(), 'Draft text', new Set())).not.toBe(first);
    const second = keys.keyFor(el(), 'Other', new Set());
    keys.left(second, 'Other', true);
    now = 30_000;
    expect(keys.awaitingUndo()).toBe(false);
    expect(keys.keyFor(el(), 'Other', new Set())).not.toBe(second);
  });

  it('a closed draft reopens under its key; empty text never matches; live keys are skipped', () => {
    let now = 0;
    const keys = createRemountKeys({ undoWindowMs: 1, reopenWindowMs: 60_000, now: () => now });
    const closed = keys.keyFor(el(), 'Kept draft', new Set());
    keys.left(closed, 'Kept draft', false);
    keys.left('gen:empty', '  ', false);
    now = 30_000;
    expect(keys.keyFor(el(), '', new Set())).not.toBe('gen:empty');
    expect(keys.keyFor(el(), 'Kept draft', new Set([closed]))).not.toBe(closed);
    expect(keys.awaitingUndo()).toBe(false);
  });

  it('the same element keeps its key across adapter restarts', () => {
    const keys = createRemountKeys({ undoWindowMs: 1, reopenWindowMs: 1 });
    const body = el();
    const key = keys.keyFor(body, 'x', new Set());
    expect(keys.keyFor(body, 'x', new Set())).toBe(key);
  });
});
