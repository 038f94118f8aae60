import { ReviewSchema, type Review } from '../review/review-schema';

/** Native JSONL: each line is one stored review, exactly the record the sync wire carries. */
export const NativeLineSchema = ReviewSchema;

export function toNativeLine(review: Review): string {
  return JSON.stringify(review);
}
