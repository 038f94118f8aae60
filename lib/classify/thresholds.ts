import * as z from 'zod/mini';

/** The settings that turn edit metrics into an outcome. */
export interface ClassifyThresholds {
  /** A sent text keeping less than this share of the draft's tokens is a reject. */
  rejectBelowRetention: number;
}

// 0.3: below it the CSM threw most of the draft away; the design's "low retention" reject.
export const DEFAULT_THRESHOLDS: ClassifyThresholds = Object.freeze({ rejectBelowRetention: 0.3 });

/** Thresholds as carried by settings; no default inside, settings own their defaults. */
export const ClassifyThresholdsSchema = z.object({
  rejectBelowRetention: z.number().check(z.minimum(0), z.maximum(1)),
});

export function resolveThresholds(partial?: Partial<ClassifyThresholds>): ClassifyThresholds {
  const retention = partial?.rejectBelowRetention;
  // A bad number from an old or hand-edited setting must not make every review a reject.
  const valid = typeof retention === 'number' && retention >= 0 && retention <= 1;
  return { rejectBelowRetention: valid ? retention : DEFAULT_THRESHOLDS.rejectBelowRetention };
}
