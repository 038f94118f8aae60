import type { Move } from './moves';
import type { TokenList } from './tokenize';
import type { DiffPart } from './types';
import type { Segment } from './word-diff';

interface Side {
  text: string;
  list: TokenList;
}

/**
 * Turns token segments back into text a person reads. Removed and added runs that are a move
 * (see moves.ts) carry `moved`: the place the text left, and the place it arrived. Between two kept runs all removed tokens
 * come first, then all added ones (Myers may interleave them; "~~old~~ new" reads better).
 * Kept text is taken from the sent side: that spacing is what went out.
 */
export function buildParts(
  segments: readonly Segment[],
  draft: Side,
  sent: Side,
  moves: readonly Move[] = [],
): DiffPart[] {
  const parts: DiffPart[] = [];
  const movedDraft = movedMask(draft.list, moves, 'draftFrom');
  const movedSent = movedMask(sent.list, moves, 'sentFrom');
  let pending: { removed?: [number, number]; added?: [number, number] } = {};
  // A removed or added range splits where moved tokens start or stop: a moved run is its own part.
  const push = (kind: 'removed' | 'added', side: Side, mask: Uint8Array, [from, to]: number[]) => {
    for (let start = from!; start < to!;) {
      const moved = mask[start] === 1;
      let end = start + 1;
      while (end < to! && (mask[end] === 1) === moved) end++;
      const next = part(kind, side, [start, end], parts.length > 0);
      parts.push(moved ? { ...next, moved: true } : next);
      start = end;
    }
  };
  const flush = () => {
    if (pending.removed) push('removed', draft, movedDraft, pending.removed);
    if (pending.added) push('added', sent, movedSent, pending.added);
    pending = {};
  };
  for (const segment of segments) {
    if (segment.to <= segment.from) continue;
    if (segment.kind === 'kept') {
      flush();
      const to = segment.sentFrom + segment.to - segment.from;
      const range: [number, number] = [segment.sentFrom, to];
      const last = parts.at(-1);
      if (last?.kind === 'kept') last.text += part('kept', sent, range, true).text;
      else parts.push(part('kept', sent, range, parts.length > 0));
    } else {
      const current = pending[segment.kind];
      pending[segment.kind] = [current ? current[0] : segment.from, segment.to];
    }
  }
  flush();
  return parts;
}

/**
 * The text of tokens [from, to) with the whitespace that preceded them on their own side, so
 * parts joined in order read naturally. A part that starts its side's text but follows another
 * part (a rewritten first word) gets one space, or it would run into the part before it.
 */
function part(
  kind: DiffPart['kind'],
  side: Side,
  [from, to]: [number, number],
  follows: boolean,
): DiffPart {
  const { starts, ends } = side.list;
  const end = ends[to - 1] ?? side.text.length;
  if (from > 0) return { kind, text: side.text.slice(ends[from - 1] ?? 0, end) };
  const text = side.text.slice(starts[0] ?? 0, end);
  return { kind, text: follows ? ` ${text}` : text };
}

/** 1 for each token of `side` inside a move (a run the diff saw leave one place for another). */
function movedMask(list: TokenList, moves: readonly Move[], from: 'draftFrom' | 'sentFrom') {
  const mask = new Uint8Array(list.tokens.length);
  for (const move of moves) mask.fill(1, move[from], move[from] + move.length);
  return mask;
}
