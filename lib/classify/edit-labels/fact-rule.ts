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

// "Maria's" and "Maria" name the same person: a possessive is not a changed name.
const factKey = (token: string) => token.replace(/'s$/iu, '');

/** Changed tokens of one side, as counts. */
function changedBag(side: SideView): Map<string, number> {
  const bag = new Map<string, number>();
  side.tokens.forEach((token, i) => {
    const key = factKey(token);
    if (side.changed[i] === 1) bag.set(key, (bag.get(key) ?? 0) + 1);
  });
  return bag;
}

/** Whether one side changed a fact token that the other side's changes do not give back. */
function unmatchedFact(
  side: SideView,
  other: Map<string, number>,
  words: CompiledLabelWords,
  skip: (token: string) => boolean,
): boolean {
  const left = new Map(other);
  for (let i = 0; i < side.tokens.length; i++) {
    if (side.changed[i] !== 1 || !isFact(side, i, words)) continue;
    const key = factKey(side.tokens[i] ?? '');
    const match = left.get(key) ?? 0;
    // The same name or number changed on both sides was only shifted within a rewording.
    if (match > 0) left.set(key, match - 1);
    else if (!skip(side.lower[i] ?? '')) return true;
  }
  return false;
}

/**
 * Facts: a number, date, amount or name was taken out or put in (and not just shifted within a
 * reworded sentence). A name the CSM added that is the recipient's own (`personal`) is
 * personalisation, not a corrected fact.
 */
export function factsChanged(
  view: EditView,
  words: CompiledLabelWords,
  personal: (token: string) => boolean,
): boolean {
  const { draft, sent } = view;
  return (
    unmatchedFact(draft, changedBag(sent), words, () => false) ||
    unmatchedFact(sent, changedBag(draft), words, personal)
  );
}
