import * as z from 'zod/mini';
import { DIFF_MODES } from './vocabulary';

const count = z.int().check(z.nonnegative());
const ratio = z.number().check(z.nonnegative());

/** Edit metrics of one review, as stored and synced. Counts are tokens after normalisation. */
export const EditMetricsSchema = z.object({
  draftWords: count,
  sentWords: count,
  wordsAdded: count,
  wordsRemoved: count,
  wordsKept: count,
  /**
   * Words of sentences moved elsewhere in the text, counted once. They are also in wordsAdded
   * and wordsRemoved (the diff sees them leave and arrive). Optional: reviews stored before it
   * existed, and other clients, have none.
   */
  wordsMoved: z.optional(count),
  /**
   * (added + removed − moved) / draft words, like HTER with a move counted as one edit per word;
   * can exceed 1 for a rewrite longer than the draft.
   */
  editRate: ratio,
  /** (draft words kept + moved) / draft words, in [0, 1]: a moved sentence is still the AI's. */
  retention: z.number().check(z.minimum(0), z.maximum(1)),
  diffMode: z.enum(DIFF_MODES),
  /** True when the texts differ only in whitespace or token spacing (e.g. `Дм.Быков` vs `Дм . Быков`). */
  spacingOnly: z.boolean(),
});
export type EditMetrics = z.infer<typeof EditMetricsSchema>;
