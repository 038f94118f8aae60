import { MIN_REVIEWS_FOR_RATE, OVERRIDE_BAND } from '../../../lib/metrics/override-rate';

// Where a CSM sits against the 18-32 % band and what the manager does about it. The popup's
// own wording (lib/popup/band.ts) speaks to the CSM; these speak to the manager.

export type Position = 'too-few' | 'under' | 'inside' | 'over';

export const COACHING: Record<Position, string> = {
  under: 'Shadow three drafts a week: drafts may be going out unread.',
  over: 'Feed the rejected drafts back: the model is not tuned for this book.',
  inside: 'Ask for the best edit of the week in the 1:1.',
  'too-few': `Fewer than ${MIN_REVIEWS_FOR_RATE} reviews: check that the extension syncs for this CSM.`,
};

export function positionOf(reviews: number, changed: number): Position {
  if (reviews < MIN_REVIEWS_FOR_RATE) return 'too-few';
  const rate = changed / reviews;
  if (rate < OVERRIDE_BAND.low) return 'under';
  if (rate > OVERRIDE_BAND.high) return 'over';
  return 'inside';
}

/** How far outside the band a rate is (0 inside); too few reviews sort after everyone. */
export function distanceFromBand(reviews: number, changed: number): number {
  if (reviews < MIN_REVIEWS_FOR_RATE) return Number.POSITIVE_INFINITY;
  const rate = changed / reviews;
  return Math.max(0, OVERRIDE_BAND.low - rate, rate - OVERRIDE_BAND.high);
}
