import type { RedlineDb } from '../db/redline-db';
import type { StoredReview } from '../db/records';
import type { EditLabel } from '../review/vocabulary';

export const SUGGESTION_WINDOW_DAYS = 7;

/**
 * The kinds of edit a 1:1 learns most from: the CSM fixed what the model got wrong or could not
 * know. Each one an edit shows triples its score, so such an edit outranks a larger rewording.
 */
export const PREFERRED_LABELS: readonly EditLabel[] = ['facts', 'personalisation'];
const PREFERRED_WEIGHT = 3;

/**
 * How substantive an edit is: its edit rate, weighted by how many words changed, so a rewritten
 * one-liner does not outrank a reworked page. Rates above 1 (a rewrite longer than the draft)
 * are capped: past that point size says more than rate. Facts and personalisation weigh more
 * (PREFERRED_LABELS); a moved sentence counts once, as in the edit rate.
 */
export function editScore(review: StoredReview): number {
  const m = review.metrics;
  if (!m) return 0;
  const changed = m.wordsAdded + m.wordsRemoved - (m.wordsMoved ?? 0);
  const preferred = PREFERRED_LABELS.filter((label) => review.editLabels?.includes(label)).length;
  return Math.min(m.editRate, 1) * Math.log2(2 + changed) * PREFERRED_WEIGHT ** preferred;
}

/**
 * The week's most substantive edits, best first, for the CSM to star as 1:1 examples. Reads only
 * the week's edited reviews through the outcome index.
 */
export async function weekSuggestions(
  db: RedlineDb,
  now: number,
  limit = 3,
): Promise<StoredReview[]> {
  const since = now - SUGGESTION_WINDOW_DAYS * 86_400_000;
  const edits = await db.reviews
    .where('[outcome+endedAt]')
    .between(['edit', since], ['edit', now], true, true)
    .toArray();
  return edits
    .filter((review) => editScore(review) > 0)
    .sort((a, b) => editScore(b) - editScore(a))
    .slice(0, limit);
}

/** The edit the coaching line names: one the CSM starred this week, else the top suggestion. */
export function bestOfWeek(suggestions: readonly StoredReview[]): StoredReview | null {
  return suggestions.find((review) => review.starred) ?? suggestions[0] ?? null;
}
