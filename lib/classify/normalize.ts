import { setAsideAppended } from './appended';
import { collapseWhitespace, normalizeChars } from './normalize-chars';
import { removeHint, setAsideByLines } from './set-aside';
import type { TextHints } from './types';

/**
 * The part of a composer's text the CSM reviewed, before whitespace is collapsed: characters
 * cleaned, signature and quoted history set aside. Kept uncollapsed so a caller can still tell
 * a spacing-only change from no change at all.
 */
export function reviewedBody(text: string, hints?: TextHints, draftBody?: string): string {
  let body = normalizeChars(text);
  // What the site adapter's DOM marks goes first; the text rules then find what it could not.
  // Quoted history before the signature: in a reply the signature sits above the quote, and
  // only once the quote is gone is the signature the last thing in the text.
  if (hints?.quoted) body = removeHint(body, normalizeChars(hints.quoted));
  if (hints?.signature) body = removeHint(body, normalizeChars(hints.signature));
  body = setAsideByLines(body);
  // The sent side also loses what only it has and a composer appends (see appended.ts).
  if (draftBody !== undefined) body = setAsideAppended(body, draftBody);
  return body.trim();
}

/**
 * The text Redline compares: cleaned characters, no signature or quoted history, whitespace
 * collapsed to single spaces and single line breaks. Adapters and tests use it to see exactly
 * what the diff sees. Pass `draft` to see a sent text as the diff sees it beside that draft.
 */
export function normalizeForReview(text: string, hints?: TextHints, draft?: string): string {
  const draftBody = draft === undefined ? undefined : reviewedBody(draft);
  return collapseWhitespace(reviewedBody(text, hints, draftBody));
}
