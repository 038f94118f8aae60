import type { Segment } from './word-diff';

/** One run of tokens the diff saw leave one place and arrive at another, unchanged. */
export interface Move {
  /** Token range [from, to) in the draft. */
  draftFrom: number;
  /** Token range start in the sent text; the length is the same. */
  sentFrom: number;
  length: number;
}

// A move is a run of at least five tokens (about four words and a full stop: the shortest
// sentence worth calling moved). Shorter common runs between removed and added text are mostly
// chance: "the", "of the", "we can" turn up on both sides of any rewrite.
export const MIN_MOVE_TOKENS = 5;

interface Side {
  /** Tokens of the removed (or added) runs, in text order. */
  tokens: string[];
  /** Each token's index in its own text. */
  at: number[];
}

function collect(segments: readonly Segment[], kind: 'removed' | 'added', all: readonly string[]) {
  const side: Side = { tokens: [], at: [] };
  for (const segment of segments) {
    if (segment.kind !== kind) continue;
    for (let i = segment.from; i < segment.to; i++) {
      side.tokens.push(all[i] ?? '');
      side.at.push(i);
    }
  }
  return side;
}

/**
 * Runs of tokens that the word diff counts as removed in one place and added in another: a
 * sentence (or a longer or shorter block) moved. Longest first, each token in one move at most.
 * Called only on an exact word diff, whose removed and added tokens together are at most the
 * edit cap (400), so the table below stays small.
 */
export function findMoves(
  segments: readonly Segment[],
  draft: readonly string[],
  sent: readonly string[],
): Move[] {
  const removed = collect(segments, 'removed', draft);
  const added = collect(segments, 'added', sent);
  const n = removed.tokens.length;
  const m = added.tokens.length;
  if (n < MIN_MOVE_TOKENS || m < MIN_MOVE_TOKENS) return [];

  // run[i][j]: length of the common run ending at removed i and added j, contiguous in both
  // texts. A run ending where the next pair does not extend it is a candidate.
  const run = new Int32Array((n + 1) * (m + 1));
  const candidates: { i: number; j: number; length: number }[] = [];
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      if (removed.tokens[i - 1] !== added.tokens[j - 1]) continue;
      const joins =
        i > 1 &&
        j > 1 &&
        removed.at[i - 1] === (removed.at[i - 2] ?? -2) + 1 &&
        added.at[j - 1] === (added.at[j - 2] ?? -2) + 1;
      run[i * (m + 1) + j] = joins ? (run[(i - 1) * (m + 1) + j - 1] ?? 0) + 1 : 1;
    }
  }
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const length = run[i * (m + 1) + j] ?? 0;
      if (length < MIN_MOVE_TOKENS) continue;
      const extends_ = i < n && j < m && (run[(i + 1) * (m + 1) + j + 1] ?? 0) === length + 1;
      if (!extends_) candidates.push({ i, j, length });
    }
  }
  candidates.sort((a, b) => b.length - a.length || a.i - b.i || a.j - b.j);

  const usedRemoved = new Uint8Array(n);
  const usedAdded = new Uint8Array(m);
  const moves: Move[] = [];
  for (const { i, j, length } of candidates) {
    const r0 = i - length;
    const a0 = j - length;
    let free = true;
    for (let k = 0; k < length && free; k++) {
      if (usedRemoved[r0 + k] || usedAdded[a0 + k]) free = false;
    }
    if (!free) continue;
    usedRemoved.fill(1, r0, i);
    usedAdded.fill(1, a0, j);
    moves.push({
      draftFrom: removed.at[r0] ?? 0,
      sentFrom: added.at[a0] ?? 0,
      length,
    });
  }
  return moves.sort((a, b) => a.draftFrom - b.draftFrom);
}

export function movedTokens(moves: readonly Move[]): number {
  return moves.reduce((sum, move) => sum + move.length, 0);
}
