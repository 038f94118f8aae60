import { describe, expect, it } from 'vitest';
import { classify } from '../../lib/classify';
import { findMoves, MIN_MOVE_TOKENS } from '../../lib/classify/moves';
import { tokenize } from '../../lib/classify/tokenize';
import { diffTokens } from '../../lib/classify/word-diff';
import { EditMetricsSchema } from '../../lib/review/metrics-schema';

const A = 'Our onboarding call is booked for the second week.';
const B = 'The admin console now exports audit logs as CSV files.';
const C = 'Your team opened forty support tickets in October, most about billing.';

const movesOf = (draft: string, sent: string) => {
  const d = tokenize(draft).tokens;
  const s = tokenize(sent).tokens;
  return findMoves(diffTokens(d, s).segments, d, s);
};

describe('moved sentences', () => {
  it('a pure reordering is one move, counted once in the edit rate', () => {
    const draft = `${A} ${B} ${C}`;
    const sent = `${C} ${A} ${B}`;
    const result = classify(draft, sent);
    const moved = result.wordsMoved ?? 0;
    // The whole of C moved (its full stop may stay aligned in place).
    expect(moved).toBeGreaterThanOrEqual(tokenize(C).tokens.length - 1);
    // Before moves were counted, a reordering cost every moved word twice.
    const twice = (result.wordsAdded + result.wordsRemoved) / result.draftWords;
    expect(result.editRate).toBeCloseTo(twice - moved / result.draftWords, 10);
    // Only the sentence's full stop stays behind (aligned in place), so nearly half of before.
    expect(result.editRate).toBeLessThan(twice * 0.55);
    expect(result.retention).toBeGreaterThan(0.95);
    expect(result.outcome).toBe('edit');
    expect(result.labels).toContain('structure');
  });

  it('reversing five sentences keeps the draft: an edit, not a reject', () => {
    const sentences = [
      A,
      B,
      C,
      'We can add two more seats at the same price.',
      'The pilot ends on the last day of the month.',
    ];
    const result = classify(sentences.join(' '), [...sentences].reverse().join(' '));
    // Without moves the diff keeps one or two sentences of five: retention near 0.3, a reject.
    expect(result.retention).toBeGreaterThan(0.8);
    expect(result.outcome).toBe('edit');
    expect(
      movesOf(sentences.join(' '), [...sentences].reverse().join(' ')).length,
    ).toBeGreaterThanOrEqual(3);
  });

  it('a move plus an edit: the moved words count once, the edited ones as before', () => {
    const draft = `${A} ${B} ${C}`;
    const sent = `${B} ${A.replace('second', 'third')} ${C}`;
    const result = classify(draft, sent);
    expect(result.wordsMoved).toBeGreaterThanOrEqual(MIN_MOVE_TOKENS);
    const moved = result.wordsMoved ?? 0;
    // Left after the move on each side: "second" / "third" and the sentence's cut-off tail.
    expect(result.wordsAdded + result.wordsRemoved - 2 * moved).toBeLessThanOrEqual(6);
    const raw = (result.wordsAdded + result.wordsRemoved) / result.draftWords;
    expect(result.editRate).toBeCloseTo(raw - moved / result.draftWords, 10);
    expect(result.labels).toContain('structure');
    expect(EditMetricsSchema.safeParse(result).success).toBe(true);
  });

  it('short common runs are not moves: a rewrite sharing "of the" moved nothing', () => {
    expect(
      movesOf('The state of the account is good.', 'Review of the plan is next week.'),
    ).toEqual([]);
    const result = classify(`${A} ${B}`, `${A} Audit logs export now, as CSV files.`);
    expect(result.wordsMoved).toBe(0);
    expect(result.labels).not.toContain('structure');
  });

  it('an unchanged text moved nothing and a discarded draft has no moves', () => {
    expect(classify(A, A)).toMatchObject({ wordsMoved: 0, editRate: 0, labels: [] });
    expect(classify(A, null)).toMatchObject({ wordsMoved: 0, editRate: 1, labels: [] });
  });

  it('old stored metrics without wordsMoved stay valid', () => {
    const { wordsMoved: _moved, ...old } = classify(A, `${A} Thanks.`);
    const { outcome: _o, parts: _p, labels: _l, ...metrics } = old as ReturnType<typeof classify>;
    expect(EditMetricsSchema.safeParse(metrics).success).toBe(true);
  });
});
