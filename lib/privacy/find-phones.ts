import type { Span } from './find-emails';

// Phone numbers as people write them in e-mail, in many national formats: +1 (415) 555-2671,
// 020 7946 0958, +49 30 1234567, 030/1234567, 01 23 45 67 89, +81 3-1234-5678, 0046 8 123 456.
// Every quantifier is bounded and the candidate is checked afterwards, so the scan stays linear.
const CANDIDATE = /(?<![\p{L}\p{N}+])(?:\+|00)?\(?\d[\d ().\-/\u00a0]{5,40}\d(?![\p{L}\p{N}])/gu;

// ISO dates and day-month-year dates look like numbers with separators; they are not phones.
const DATE = /^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})$/;
const TIME_OR_DECIMAL = /^\d+[.:]\d+$/;

function looksLikePhone(candidate: string): boolean {
  const digits = candidate.replace(/\D/g, '').length;
  if (digits < 7 || digits > 15) return false;
  const trimmed = candidate.trim();
  if (DATE.test(trimmed) || TIME_OR_DECIMAL.test(trimmed)) return false;
  // Brackets must pair up, "(415) 555" yes, "5) 555 (1" no.
  const open = (trimmed.match(/\(/g) ?? []).length;
  const close = (trimmed.match(/\)/g) ?? []).length;
  return open === close && open <= 1;
}

const digitCount = (text: string) => text.replace(/\D/g, '').length;

/** Every phone number in `text`, in order, as [start, end) spans of UTF-16 indices. */
export function findPhones(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    // The bounded class may have swallowed trailing separators; a span ends on a digit.
    const value = match[0].replace(/[\s().\-/\u00a0]+$/u, '');
    // More digits than one number holds, with separators: numbers side by side
    // ("415 555 2671 415 555 2672"), masked together; masking too much is the safe side.
    const several = digitCount(value) > 15 && /[\s().\-/\u00a0]/u.test(value);
    if (several || looksLikePhone(value))
      spans.push({ start: match.index, end: match.index + value.length });
  }
  return spans;
}
