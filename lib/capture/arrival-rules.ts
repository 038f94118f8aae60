// When text that appears in a compose counts as an AI draft. Typing is never a draft; a paste or
// a keystroke-free insertion of a substantial text is. Grammar tools change a few words at a
// time through execCommand('insertText'), far below these sizes: in an untracked compose they
// are ignored, in a tracked one they are edits like any other.

/** A paste or insertion shorter than this is a snippet (an address, a link), not a draft. */
export const MIN_DRAFT_WORDS = 20;
export const MIN_DRAFT_CHARS = 100;
/** A mutation this soon after a trusted keystroke is the CSM typing, not an insertion. */
export const TYPING_GRACE_MS = 150;

const WORD = /[\p{L}\p{N}]+/gu;

export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORD)) n++;
  return n;
}

export function isSubstantial(text: string): boolean {
  return text.length >= MIN_DRAFT_CHARS && countWords(text) >= MIN_DRAFT_WORDS;
}
