// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { closestFrom, querySelectorOrFail, SelectorDriftError } from '@/lib/sites/dom/query';
import { normalizeLabel } from '@/lib/sites/dom/normalize-label';

describe('querySelectorOrFail', () => {
  it('returns the match', () => {
    const root = document.createElement('div');
    root.innerHTML = '<input name="draft">';
    expect(querySelectorOrFail(root, 'input[name="draft"]', 'DRAFT').localName).toBe('input');
  });

  it('throws a SelectorDriftError with a censored outline and no text', () => {
    const root = document.createElement('div');
    root.innerHTML = '<form><textarea name="to">dana@example.com</textarea></form>';
    let caught: unknown;
    try {
      querySelectorOrFail(root, 'input[name="draft"]', 'DRAFT_ID_INPUT');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SelectorDriftError);
    const drift = caught as SelectorDriftError;
    expect(drift.selector).toBe('input[name="draft"]');
    expect(drift.selectorName).toBe('DRAFT_ID_INPUT');
    expect(drift.outline).toContain('textarea[name=to]');
    expect(drift.outline).not.toContain('dana');
    expect(drift.message).not.toContain('textarea');
  });
});

describe('closestFrom', () => {
  it('starts from a text node and ignores non-nodes', () => {
    const root = document.createElement('div');
    root.innerHTML = '<div role="button"><span>Send</span></div>';
    const text = root.querySelector('span')!.firstChild;
    expect(closestFrom(text, '[role="button"]')).toBe(root.firstChild);
    expect(closestFrom(null, 'div')).toBeNull();
    expect(closestFrom(window, 'div')).toBeNull();
  });
});

describe('normalizeLabel', () => {
  it('strips bidi marks and zero-width characters', () => {
    expect(normalizeLabel('\u202bSend \u202a(Ctrl-Enter)\u202c\u200f')).toBe('Send (Ctrl-Enter)');
    expect(normalizeLabel('  Discard\u200b draft\n')).toBe('Discard draft');
    expect(normalizeLabel(null)).toBe('');
  });
});
