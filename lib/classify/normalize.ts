import { collapseWhitespace, normalizeChars } from './normalize-chars';
import { removeHint, setAsideByLines } from './set-aside';
import type { TextHints } from './types';

/**
 * The part of a composer's text the CSM reviewed, before whitespace is collapsed: characters
 * cleaned, signature and quoted history set aside. Kept uncollapsed so a caller can still tell
 * a spacing-only change from no change at all.
 */
export function reviewedBody(text: string, hints?: TextHints): string {
  let body = setAsideByLines(normalizeChars(text));
  // Quoted history first: in a reply the signature sits above the quote, and only once the
  // quote is gone is the signature the last thing in the text.
  if (hints?.quoted) body = removeHint(body, normalizeChars(hints.quoted));
  if (hints?.signature) body = removeHint(body, normalizeChars(hints.signature));
  return body.trim();
}

/**
 * The text Redline compares: cleaned characters, no signature or quoted history, whitespace
 * collapsed to single spaces and single line breaks. Adapters and tests use it to see exactly
 * what the diff sees.
 */
export function normalizeForReview(text: string, hints?: TextHints): string {
  return collapseWhitespace(reviewedBody(text, hints));
}
