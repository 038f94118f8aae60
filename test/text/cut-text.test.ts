import { describe, expect, it } from 'vitest';
import { cutText } from '@/lib/text/cut-text';

const wellFormed = (text: string) => text.isWellFormed();

describe('cutText', () => {
  it('keeps text that fits', () => {
    expect(cutText('QBR 🎉', 10)).toBe('QBR 🎉');
  });

  it('never ends in half an emoji where a plain slice would', () => {
    const subject = 'a'.repeat(1999) + '🎉 agenda';
    expect(wellFormed(subject.slice(0, 2000))).toBe(false);
    const cut = cutText(subject, 2000);
    expect(cut).toBe('a'.repeat(1999));
    expect(wellFormed(cut)).toBe(true);
  });

  it('keeps a whole pair that ends exactly at the limit', () => {
    expect(cutText('ab🎉cd', 4)).toBe('ab🎉');
  });

  it('cuts plain text and handles a zero limit', () => {
    expect(cutText('abcdef', 3)).toBe('abc');
    expect(cutText('🎉', 1)).toBe('');
    expect(cutText('abc', 0)).toBe('');
  });

  it('is well-formed at every limit for text full of pairs', () => {
    const text = '😀x😀😀y'.repeat(20);
    for (let max = 0; max <= text.length; max++) {
      const cut = cutText(text, max);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(wellFormed(cut)).toBe(true);
      expect(text.startsWith(cut)).toBe(true);
    }
  });
});
