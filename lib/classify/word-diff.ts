import { diffArrays } from 'diff';
import type { DiffMode } from '../review/vocabulary';
import { multisetOverlap } from './overlap';

/** A run of tokens: kept/removed index the draft's tokens, added the sent text's. */
export interface Segment {
  kind: 'kept' | 'added' | 'removed';
  /** Token range [from, to) in the draft (kept, removed) or the sent text (added). */
  from: number;
  to: number;
  /** For kept runs: where the run starts in the sent text. */
  sentFrom: number;
}

export interface WordDiff {
  mode: DiffMode;
  kept: number;
  segments: Segment[];
}

// Myers' cost grows with the square of the edit distance D, and jsdiff 9 spends about 75-115 ns
// per D² step (measured), so the cap is what bounds the time: D = 400 costs 10-20 ms, 2,000
// would cost 300 ms. 400 edits still gives an exact diff for a fully rewritten ~200-word mail
// and for every real pair in test/data (the largest has 364); past it the overlap fallback
// answers. The timeout is a safety net for a slow device, not the normal limit: it sits ten
// times above the cap's cost, so a busy machine (a CI runner sharing its cores) still gets the
// same, exact answer, and no mail can hold the diff longer than that.
export const MAX_EDIT_LENGTH = 400;
export const DIFF_TIMEOUT_MS = 200;

/** Word diff of two token lists, exact when cheap enough and a bounded overlap estimate if not. */
export function diffTokens(draft: readonly string[], sent: readonly string[]): WordDiff {
  // jsdiff skips a common prefix itself but not a common suffix; trimming both makes an edit in
  // a long mail cost as much as the edit, not the mail.
  let prefix = 0;
  const shorter = Math.min(draft.length, sent.length);
  while (prefix < shorter && draft[prefix] === sent[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < shorter - prefix &&
    draft[draft.length - 1 - suffix] === sent[sent.length - 1 - suffix]
  ) {
    suffix++;
  }
  const oldMiddle = draft.slice(prefix, draft.length - suffix);
  const newMiddle = sent.slice(prefix, sent.length - suffix);
  const shared = prefix + suffix;
  // The overlap bounds the LCS from above, so it bounds the edit distance from below: when even
  // that exceeds the budget, Myers would give up anyway, and skipping it saves the whole budget.
  const overlap = multisetOverlap(oldMiddle, newMiddle);
  const minEdits = oldMiddle.length + newMiddle.length - 2 * overlap;
  const middle = minEdits > MAX_EDIT_LENGTH ? undefined : diffMiddle(oldMiddle, newMiddle, prefix);
  if (!middle) return overlapDiff(draft.length, sent.length, shared + overlap);

  const segments: Segment[] = [];
  if (prefix > 0) segments.push({ kind: 'kept', from: 0, to: prefix, sentFrom: 0 });
  segments.push(...middle);
  if (suffix > 0) {
    const from = draft.length - suffix;
    segments.push({ kind: 'kept', from, to: draft.length, sentFrom: sent.length - suffix });
  }
  const kept = segments.reduce((sum, s) => (s.kind === 'kept' ? sum + s.to - s.from : sum), 0);
  return { mode: 'word', kept, segments };
}

function diffMiddle(a: string[], b: string[], offset: number): Segment[] | undefined {
  if (a.length === 0 && b.length === 0) return [];
  const changes = diffArrays(a, b, { maxEditLength: MAX_EDIT_LENGTH, timeout: DIFF_TIMEOUT_MS });
  if (!changes) return undefined;
  const segments: Segment[] = [];
  let oldAt = offset;
  let newAt = offset;
  for (const change of changes) {
    if (change.count === 0) continue;
    if (change.added) {
      segments.push({ kind: 'added', from: newAt, to: newAt + change.count, sentFrom: newAt });
      newAt += change.count;
    } else if (change.removed) {
      segments.push({ kind: 'removed', from: oldAt, to: oldAt + change.count, sentFrom: newAt });
      oldAt += change.count;
    } else {
      segments.push({ kind: 'kept', from: oldAt, to: oldAt + change.count, sentFrom: newAt });
      oldAt += change.count;
      newAt += change.count;
    }
  }
  return segments;
}

/**
 * The bounded answer for huge rewrites: counts only, the whole draft out, the whole sent in.
 * `kept` is the multiset overlap (common prefix and suffix included), an upper bound of the LCS.
 */
function overlapDiff(draftLength: number, sentLength: number, kept: number): WordDiff {
  const segments: Segment[] = [];
  if (draftLength > 0) segments.push({ kind: 'removed', from: 0, to: draftLength, sentFrom: 0 });
  if (sentLength > 0) segments.push({ kind: 'added', from: 0, to: sentLength, sentFrom: 0 });
  return { mode: 'overlap', kept, segments };
}
