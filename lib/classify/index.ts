import type { EditLabel, Outcome } from '../review/vocabulary';
import { buildParts } from './diff-parts';
import { buildEditView, labelEdit, type LabelContext } from './edit-labels';
import { findMoves, movedTokens } from './moves';
import { collapseWhitespace } from './normalize-chars';
import { reviewedBody } from './normalize';
import { resolveThresholds, type ClassifyThresholds } from './thresholds';
import { tokenize } from './tokenize';
import type { ClassifyResult, TextHints } from './types';
import { diffTokens } from './word-diff';

export { normalizeForReview } from './normalize';
export { ClassifyThresholdsSchema, DEFAULT_THRESHOLDS } from './thresholds';
export type { ClassifyThresholds } from './thresholds';
export type { ClassifyResult, DiffPart, TextHints } from './types';
export type { LabelContext } from './edit-labels';

/**
 * Classifies one finished review: what the CSM did to the AI draft. `sent === null` means the
 * draft was discarded. Pure and bounded in time (see word-diff.ts); never logs: texts are
 * customer data.
 */
export function classify(
  draft: string,
  sent: string | null,
  thresholds?: Partial<ClassifyThresholds>,
  hints?: { draft?: TextHints; sent?: TextHints },
  context: LabelContext = {},
): ClassifyResult {
  const { rejectBelowRetention } = resolveThresholds(thresholds);
  const draftBody = reviewedBody(draft, hints?.draft);
  const draftText = collapseWhitespace(draftBody);
  const draftList = tokenize(draftText);
  const draftWords = draftList.tokens.length;

  if (sent === null) return discarded(draftText, draftWords);

  const sentBody = reviewedBody(sent, hints?.sent, draftBody);
  const sentText = collapseWhitespace(sentBody);
  const sentList = tokenize(sentText);
  const sentWords = sentList.tokens.length;

  const diff = diffTokens(draftList.tokens, sentList.tokens);
  const wordsKept = diff.kept;
  const wordsRemoved = draftWords - wordsKept;
  const wordsAdded = sentWords - wordsKept;
  const unchanged = wordsAdded === 0 && wordsRemoved === 0;
  // The overlap fallback already keeps moved words (a multiset has no order): no moves there.
  const moves =
    diff.mode === 'word' ? findMoves(diff.segments, draftList.tokens, sentList.tokens) : [];
  const wordsMoved = movedTokens(moves);
  // An empty draft kept whole only when nothing was sent either; text written into an empty
  // draft owes nothing to the AI, so it retains nothing. A moved sentence is still the AI's.
  const retention =
    draftWords === 0 ? (sentWords === 0 ? 1 : 0) : (wordsKept + wordsMoved) / draftWords;
  const outcome: Outcome = unchanged
    ? 'approve'
    : retention < rejectBelowRetention
      ? 'reject'
      : 'edit';

  const draftSide = { text: draftText, list: draftList };
  const sentSide = { text: sentText, list: sentList };
  return {
    outcome,
    draftWords,
    sentWords,
    wordsAdded,
    wordsRemoved,
    wordsKept,
    wordsMoved,
    // A moved word left one place and arrived at another: one edit, not two (the edit rate
    // must not double for a reordering). max(·, 1): an empty draft's edit rate is the number
    // of words written, not Infinity.
    editRate: (wordsAdded + wordsRemoved - wordsMoved) / Math.max(draftWords, 1),
    retention,
    diffMode: diff.mode,
    // Same tokens but a different reviewed body: only whitespace or token spacing changed
    // (`Дм.Быков` → `Дм . Быков`). Line-ending style and invisible characters do not count.
    spacingOnly: unchanged && draftBody !== sentBody,
    parts: buildParts(diff.segments, draftSide, sentSide, moves),
    labels: unchanged
      ? []
      : labelEdit(buildEditView(draftSide, sentSide, diff.segments, moves, context)),
  };
}

function discarded(draftText: string, draftWords: number): ClassifyResult {
  return {
    outcome: 'reject',
    draftWords,
    sentWords: 0,
    wordsAdded: 0,
    wordsRemoved: draftWords,
    wordsKept: 0,
    wordsMoved: 0,
    editRate: draftWords === 0 ? 0 : 1,
    retention: 0,
    diffMode: 'word',
    spacingOnly: false,
    parts: draftText === '' ? [] : [{ kind: 'removed', text: draftText }],
    labels: [] satisfies EditLabel[],
  };
}
