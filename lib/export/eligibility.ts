import type { Review } from '../review/review-schema';

export const EXPORT_FORMATS = [
  'csv',
  'native',
  'pack',
  'chat',
  'preference',
  'trl',
  'unpaired',
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Formats that pair a prompt with a better answer (the sent e-mail) and a worse one (the draft). */
export const PAIRED_FORMATS = ['chat', 'preference', 'trl'] as const;

function wentOutChanged(review: Review): boolean {
  return (
    review.sentText !== null &&
    review.sentText.trim() !== '' &&
    review.draftText.trim() !== '' &&
    (review.outcome === 'edit' || review.outcome === 'reject')
  );
}

/**
 * Which reviews go into which file. Tables and the native file hold every finished review (open
 * ones are private work in progress). The tuning sets hold only what teaches the model something:
 * rejected and edited drafts that were sent, paired with what the CSM sent instead; a discarded
 * (or abandoned) draft has no better answer, so it goes only into the unpaired set, labelled bad.
 * The 1:1 pack holds the CSM's starred examples.
 */
export function tuningEligible(review: Review, format: ExportFormat): boolean {
  if (review.status !== 'finished') return false;
  switch (format) {
    case 'csv':
    case 'native':
      return true;
    case 'pack':
      return review.starred;
    case 'chat':
    case 'preference':
    case 'trl':
      return wentOutChanged(review);
    case 'unpaired':
      return (
        review.outcome === 'reject' && review.sentText === null && review.draftText.trim() !== ''
      );
  }
}
