import { describe, expect, it } from 'vitest';
import { OneOnOnePackSchema, toOneOnOnePack } from '@/lib/export';
import { finishedReview } from '../support/review-factory';

const ENDED = new Date(2026, 10, 20, 15).getTime();

describe('1:1 pack', () => {
  it('shows each starred example with its note and a marked word diff', () => {
    const review = finishedReview('edit', ENDED, {
      starred: true,
      subject: 'Renewal',
      note: 'Good catch on the price',
      draftText: 'The price is 10 percent higher.',
      sentText: 'The price is 5 percent higher.',
    });
    const pack = toOneOnOnePack([review], ENDED);
    expect(OneOnOnePackSchema.safeParse(pack).success).toBe(true);
    expect(pack).toContain('1 starred example,');
    expect(pack).toContain('## 1. Renewal');
    expect(pack).toContain('> Good catch on the price');
    expect(pack).toContain('The price is [-10-] {+5+} percent higher.');
  });

  it('keeps hostile text inert: Markdown and HTML escaped, fences cannot be closed early', () => {
    const review = finishedReview('edit', ENDED, {
      subject: '<script>alert(1)</script> **bold**',
      note: '[link](javascript:alert(1))',
      draftText: 'Hello ```` world',
      sentText: 'Hello ```` there\n## 9. fake heading',
    });
    const pack = toOneOnOnePack([review, { ...review, id: crypto.randomUUID() }], ENDED);
    expect(pack).toContain('\\<script\\>alert\\(1\\)\\</script\\> \\*\\*bold\\*\\*');
    expect(pack).toContain('> \\[link\\]\\(javascript:alert\\(1\\)\\)');
    expect(pack).toContain('`````text');
    expect(OneOnOnePackSchema.safeParse(pack).success).toBe(true);
  });

  it('the schema refuses a pack whose count does not match its examples', () => {
    const pack = toOneOnOnePack([finishedReview('edit', ENDED, { starred: true })], ENDED);
    expect(
      OneOnOnePackSchema.safeParse(pack.replace('1 starred example,', '2 starred examples,'))
        .success,
    ).toBe(false);
    expect(OneOnOnePackSchema.safeParse(`# Other\n${pack}`).success).toBe(false);
  });
});
