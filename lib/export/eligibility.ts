import type { Review } from '../review/review-schema';
import { sameAfterNormalisation } from './same-text';
import { judgedCompletions } from './tuning-lines';

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
 * the chat set, rejected and edited drafts that were sent (what the CSM sent instead is the
 * answer); the preference sets, those of them whose two texts still differ after normalisation
 * (a pair with chosen = rejected teaches nothing); the unpaired set, every review with a judged
 * completion (see `judgedCompletions`: approved drafts and sent edits good, rejected drafts and
 * replaced ones bad). The 1:1 pack holds the CSM's starred examples.
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
      return wentOutChanged(review);
    case 'preference':
    case 'trl':
      return wentOutChanged(review) && !sameAfterNormalisation(review.draftText, review.sentText!);
    case 'unpaired':
      return judgedCompletions(review).length > 0;
  }
}
