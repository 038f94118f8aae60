import type { OutcomeCounts } from '@/lib/metrics/override-rate';
import { bandPlacement, coachingLine } from '@/lib/popup/band';

/**
 * Coaching on the last 7 days, or on 30 when the week holds too few reviews to say anything.
 * `best` is the subject of the week's best edit, named when the rate sits inside the band.
 */
export function CoachingLine({
  last7,
  last30,
  best,
}: {
  last7: OutcomeCounts;
  last30: OutcomeCounts;
  best: string | null;
}) {
  const week = bandPlacement(last7);
  const placement = week === 'too-few' ? bandPlacement(last30) : week;
  const window = week === 'too-few' && placement !== 'too-few' ? ' (last 30 days)' : '';
  return (
    <p className={`coaching coaching--${placement}`} data-testid="coaching" role="status">
      {coachingLine(placement, best)}
      {window}
    </p>
  );
}
