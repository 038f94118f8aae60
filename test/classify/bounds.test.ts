import { diffArrays } from 'diff';
import { describe, expect, it } from 'vitest';
import { generateText } from '../support/generate-text';
import { classify, normalizeForReview } from '../../lib/classify';
import { multisetOverlap } from '../../lib/classify/overlap';
import { tokenize } from '../../lib/classify/tokenize';
import { MAX_EDIT_LENGTH } from '../../lib/classify/word-diff';

function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const tokensOf = (text: string) => tokenize(normalizeForReview(text)).tokens;

// The 1 MB cases take about a second each on an idle machine; their speed is a bench figure
// (`npm run bench set-aside`), here only their answers are checked.
const HEAVY = { timeout: 60_000 };

describe('classify: bounded cost', () => {
  const draft = generateText(20_000, seeded(1));
  const rewrite = generateText(20_000, seeded(2));

  it('a fully rewritten 20,000-word pair takes the overlap fallback and says so', () => {
    const result = classify(draft, rewrite);
    expect(result.diffMode).toBe('overlap');
    expect(result.draftWords).toBeGreaterThan(20_000);
    expect(result.wordsKept).toBe(multisetOverlap(tokensOf(draft), tokensOf(rewrite)));
    expect(result.wordsRemoved).toBe(result.draftWords - result.wordsKept);
    expect(result.wordsAdded).toBe(result.sentWords - result.wordsKept);
    // Compared as booleans: a failure printing two 120 kB texts helps nobody.
    expect(result.parts.map((part) => part.kind)).toEqual(['removed', 'added']);
    expect(result.parts[0]?.text === normalizeForReview(draft)).toBe(true);
    expect(result.parts[1]?.text === ` ${normalizeForReview(rewrite)}`).toBe(true);
  });

  // The time this takes is measured by `npm run bench`; here, that the exact diff gives up.
  it('the same words reordered (Myers runs to its cap) give up on the exact diff too', () => {
    const reordered = draft.split(' ').reverse().join(' ');
    const result = classify(draft, reordered);
    expect(result.diffMode).toBe('overlap');
    expect(result.wordsKept).toBe(result.draftWords);
  });

  it('an edit too large for the exact diff but still small falls back as well', () => {
    const small = generateText(MAX_EDIT_LENGTH, seeded(3));
    const other = generateText(MAX_EDIT_LENGTH, seeded(4));
    expect(classify(small, other).diffMode).toBe('overlap');
  });

  it("overlap's kept is an upper bound of the exact diff's kept", () => {
    const random = seeded(5);
    for (let i = 0; i < 30; i++) {
      const a = generateText(40, random);
      const b = generateText(40, random);
      // jsdiff without a time limit: the exact answer however busy the machine is.
      const changes = diffArrays(tokensOf(a), tokensOf(b));
      const kept = changes.reduce((sum, c) => (c.added || c.removed ? sum : sum + c.count), 0);
      expect(classify(a, b).wordsKept).toBe(kept);
      expect(multisetOverlap(tokensOf(a), tokensOf(b))).toBeGreaterThanOrEqual(kept);
    }
  });

  it('a 1 MB text with a light edit completes with an exact, sane diff', HEAVY, () => {
    const big = generateText(190_000, seeded(6));
    expect(big.length).toBeGreaterThan(1_000_000);
    const middle = big.indexOf(' ', 500_000);
    const sent = `${big.slice(0, middle)} (updated figures below)${big.slice(middle)}`;
    const result = classify(big, sent);
    expect(result).toMatchObject({
      outcome: 'edit',
      diffMode: 'word',
      wordsAdded: 5,
      wordsRemoved: 0,
    });
    expect(result.draftWords).toBe(tokensOf(big).length);
    expect(result.parts.filter((part) => part.kind === 'added')).toEqual([
      { kind: 'added', text: ' (updated figures below)' },
    ]);
  });

  it('a 1 MB text against an unrelated one completes through the fallback', HEAVY, () => {
    const big = generateText(180_000, seeded(7));
    const other = generateText(180_000, seeded(8));
    const result = classify(big, other);
    expect(result.diffMode).toBe('overlap');
    expect(result.wordsKept).toBeLessThanOrEqual(Math.min(result.draftWords, result.sentWords));
    expect(result.retention).toBeGreaterThan(0);
    expect(result.retention).toBeLessThanOrEqual(1);
  });
});
