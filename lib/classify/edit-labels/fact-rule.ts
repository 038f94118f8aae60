import type { CompiledLabelWords } from './compile';
import { isNameLike, type EditView, type SideView } from './edit-view';

// Digits carry numbers, amounts, dates and times ("3.5", "1,000", "9am", "Q3"); these symbols
// carry amounts and shares on their own.
const DIGIT = /\p{Nd}/u;
const AMOUNT_SIGN = /^[$€£¥₹₩₽%]$/u;

function isFact(side: SideView, i: number, words: CompiledLabelWords): boolean {
  const token = side.tokens[i] ?? '';
  return (
    DIGIT.test(token) ||
    AMOUNT_SIGN.test(token) ||
    words.dateExact.has(token) ||
    words.dateAnyCase.has(side.lower[i] ?? '') ||
    isNameLike(side, i, words.notNames)
  );
}

/**
 * Facts: a number, date, amount or name was taken out or put in. A name the CSM added that is
 * the recipient's own (`personal`) is personalisation, not a corrected fact.
 */
export function factsChanged(
  view: EditView,
  words: CompiledLabelWords,
  personal: (token: string) => boolean,
): boolean {
  const { draft, sent } = view;
  for (let i = 0; i < draft.tokens.length; i++) {
    if (draft.changed[i] === 1 && isFact(draft, i, words)) return true;
  }
  for (let i = 0; i < sent.tokens.length; i++) {
    if (sent.changed[i] === 1 && isFact(sent, i, words) && !personal(sent.lower[i] ?? '')) {
      return true;
    }
  }
  return false;
}
