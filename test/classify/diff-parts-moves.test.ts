import { describe, expect, it } from 'vitest';
import { classify } from '@/lib/classify';

const A = 'Thanks for the call today.';
const B = 'The renewal quote is attached for your review.';
const C = 'Let me know if Friday works.';

describe('diff parts mark moved text', () => {
  it('a reordered sentence is one moved part where it left and one where it arrived', () => {
    const result = classify(`${A} ${B} ${C}`, `${B} ${A} ${C}`);
    const moved = result.parts.filter((part) => part.moved);
    expect(moved.map((part) => [part.kind, part.text.trim()])).toEqual([
      ['removed', 'Thanks for the call today'],
      ['added', 'Thanks for the call today'],
    ]);
    // Only the full stops (single tokens, too short to call moved) stay plainly changed.
    const plain = result.parts.filter((p) => p.kind !== 'kept' && !p.moved);
    expect(plain.map((p) => p.text.trim())).toEqual(['.', '.']);
    expect(result.parts.every((p) => p.kind !== 'kept' || p.moved === undefined)).toBe(true);
    // Joined, the parts still read as the two texts.
    const read = (skip: 'added' | 'removed') =>
      result.parts
        .filter((p) => p.kind !== skip)
        .map((p) => p.text)
        .join('')
        .replace(/\s+/g, ' ')
        .trim();
    expect(read('added')).toBe(`${A} ${B} ${C}`);
    expect(read('removed')).toBe(`${B} ${A} ${C}`);
  });

  it('splits a change that moved a sentence and rewrote another into moved and plain parts', () => {
    const result = classify(`${A} ${B} ${C}`, `${B} ${A} Does Monday suit you instead?`);
    const kinds = result.parts.map((p) => `${p.kind}${p.moved ? ':moved' : ''}`);
    expect(kinds).toContain('removed:moved');
    expect(kinds).toContain('added:moved');
    expect(kinds).toContain('removed');
    expect(kinds).toContain('added');
    const plainAdded = result.parts.find((p) => p.kind === 'added' && !p.moved)!;
    expect(plainAdded.text).toContain('Monday');
  });

  it('marks nothing as moved for a plain edit, a short common run, or an approval', () => {
    const edit = classify(`${A} ${C}`, `${A} Let me know if Monday works instead.`);
    expect(edit.parts.some((p) => p.moved)).toBe(false);
    expect(classify(A, A).parts.some((p) => p.moved)).toBe(false);
    // "the call" appears on both sides but is under the five-token minimum.
    const short = classify('Great talking on the call.', 'About the call: see you.');
    expect(short.parts.some((p) => p.moved)).toBe(false);
  });
});
