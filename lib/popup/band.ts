import { OVERRIDE_BAND, type OutcomeCounts } from '../metrics/override-rate';

export type BandPlacement = 'too-few' | 'under' | 'inside' | 'over';

/** Where a window's override rate sits against the 18-32 % band. */
export function bandPlacement(counts: OutcomeCounts): BandPlacement {
  if (!counts.enough || counts.rate === null) return 'too-few';
  if (counts.rate < OVERRIDE_BAND.low) return 'under';
  if (counts.rate > OVERRIDE_BAND.high) return 'over';
  return 'inside';
}

/** The coaching line for a placement; `best` names the week's best edit when inside the band. */
export function coachingLine(placement: BandPlacement, best?: string | null): string {
  switch (placement) {
    case 'too-few':
      return 'Too few finished reviews for a rate yet: the counts are what there is.';
    case 'under':
      return 'Under the 18-32 % band: drafts may be going out unread. That is a brand risk: read each one before it goes.';
    case 'over':
      return 'Over the 18-32 % band: the model is not tuned for this book. Export the rejected drafts and feed them back.';
    case 'inside':
      return best
        ? `Inside the 18-32 % band. Best edit this week: “${best}”.`
        : 'Inside the 18-32 % band: you read and correct the drafts. No edit stood out this week yet.';
  }
}
