import type { Move } from '../moves';
import type { TokenList } from '../tokenize';
import type { Segment } from '../word-diff';
import { lower } from './compile';

/** What the review knows about who the mail is for, beside its texts. */
export interface LabelContext {
  subject?: string;
  recipientDomains?: readonly string[];
  recipientAddresses?: readonly string[];
}

/** One side of the diff as the label rules read it. */
export interface SideView {
  text: string;
  tokens: readonly string[];
  lower: readonly string[];
  /** 1 where the token was removed (draft) or added (sent) and is not part of a move. */
  changed: Uint8Array;
  /** Token ranges [from, to) of each non-empty line. */
  lines: readonly (readonly [number, number])[];
  /** 1 where the token starts a sentence or a line. */
  sentenceStart: Uint8Array;
}

export interface EditView {
  draft: SideView;
  sent: SideView;
  moves: readonly Move[];
  context: LabelContext;
}

const SENTENCE_END = /^[.!?:;…]$/u;

function sideView(text: string, list: TokenList, changedRanges: [number, number][]): SideView {
  const { tokens, starts } = list;
  const changed = new Uint8Array(tokens.length);
  for (const [from, to] of changedRanges) changed.fill(1, from, to);
  const lines: [number, number][] = [];
  const sentenceStart = new Uint8Array(tokens.length);
  let lineFrom = 0;
  for (let i = 0; i < tokens.length; i++) {
    const breakBefore = i > 0 && text.slice(list.ends[i - 1], starts[i]).includes('\n');
    if (breakBefore) {
      lines.push([lineFrom, i]);
      lineFrom = i;
    }
    if (i === 0 || breakBefore || SENTENCE_END.test(tokens[i - 1] ?? '')) sentenceStart[i] = 1;
  }
  if (tokens.length > 0) lines.push([lineFrom, tokens.length]);
  return { text, tokens, lower: tokens.map(lower), changed, lines, sentenceStart };
}

/** Token ranges a side's segments of `kind` cover, less the moved runs on that side. */
function changedRanges(
  segments: readonly Segment[],
  kind: 'removed' | 'added',
  moves: readonly Move[],
): [number, number][] {
  const moved = moves.map(
    (m) => [kind === 'removed' ? m.draftFrom : m.sentFrom, m.length] as const,
  );
  const ranges: [number, number][] = [];
  for (const segment of segments) {
    if (segment.kind !== kind) continue;
    let from = segment.from;
    const inside = moved
      .filter(([at]) => at >= segment.from && at < segment.to)
      .sort((a, b) => a[0] - b[0]);
    for (const [at, length] of inside) {
      if (at > from) ranges.push([from, at]);
      from = at + length;
    }
    if (from < segment.to) ranges.push([from, segment.to]);
  }
  return ranges;
}

export function buildEditView(
  draft: { text: string; list: TokenList },
  sent: { text: string; list: TokenList },
  segments: readonly Segment[],
  moves: readonly Move[],
  context: LabelContext,
): EditView {
  return {
    draft: sideView(draft.text, draft.list, changedRanges(segments, 'removed', moves)),
    sent: sideView(sent.text, sent.list, changedRanges(segments, 'added', moves)),
    moves,
    context,
  };
}

/** A capitalised word that does not start a sentence: how a name or product shows itself. */
export function isNameLike(side: SideView, i: number, notNames: ReadonlySet<string>): boolean {
  const token = side.tokens[i] ?? '';
  return (
    /^\p{Lu}/u.test(token) && side.sentenceStart[i] !== 1 && !notNames.has(side.lower[i] ?? '')
  );
}
