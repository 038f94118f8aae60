import type { TokenList } from './tokenize';
import type { DiffPart } from './types';
import type { Segment } from './word-diff';

interface Side {
  text: string;
  list: TokenList;
}

/**
 * Turns token segments back into text a person reads. Between two kept runs all removed tokens
 * come first, then all added ones (Myers may interleave them; "~~old~~ new" reads better).
 * Kept text is taken from the sent side: that spacing is what went out.
 */
export function buildParts(segments: readonly Segment[], draft: Side, sent: Side): DiffPart[] {
  const parts: DiffPart[] = [];
  let pending: { removed?: [number, number]; added?: [number, number] } = {};
  const flush = () => {
    if (pending.removed) parts.push(part('removed', draft, pending.removed, parts.length > 0));
    if (pending.added) parts.push(part('added', sent, pending.added, parts.length > 0));
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
