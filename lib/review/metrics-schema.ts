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
  /** (added + removed) / draft words, like HTER; can exceed 1 for a rewrite longer than the draft. */
  editRate: ratio,
  /** draft words kept / draft words, in [0, 1]. */
  retention: z.number().check(z.minimum(0), z.maximum(1)),
  diffMode: z.enum(DIFF_MODES),
  /** True when the texts differ only in whitespace or token spacing (e.g. `Дм.Быков` vs `Дм . Быков`). */
  spacingOnly: z.boolean(),
});
export type EditMetrics = z.infer<typeof EditMetricsSchema>;
