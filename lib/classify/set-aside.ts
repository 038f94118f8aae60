import { isSpaceCode } from './normalize-chars';
import {
  MAX_HEADER_LINE,
  ORIGINAL_MESSAGE,
  OUTLOOK_FROM,
  OUTLOOK_HEADER_SPAN,
  OUTLOOK_SENT,
  QUOTE_HEADERS,
  QUOTED_LINE,
  SIGNATURE_DELIMITER,
  UNDERSCORE_RULE,
} from './quote-markers';

// Works on lines, so it runs before whitespace is collapsed (a collapsed text has lost the
// line starts the markers rely on). Input has LF line ends only.

/** Drops the signature and quoted history: the first marker line and all after it, `>` lines. */
export function setAsideByLines(text: string): string {
  const lines = text.split('\n');
  const trimmed = lines.map((line) => line.trim());
  const cut = findCut(trimmed);
  const kept: string[] = [];
  let content = false;
  for (let i = 0; i < cut; i++) {
    const line = trimmed[i] ?? '';
    if (QUOTED_LINE.test(line)) continue;
    kept.push(lines[i] ?? '');
    content ||= line !== '';
  }
  // A text made only of `>` lines is not history below a reply: nothing else would be left to
  // review. It is content that happens to start with `>` (seen in real MT output).
  if (!content) return lines.slice(0, cut).join('\n');
  return kept.join('\n');
}

function findCut(lines: readonly string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (SIGNATURE_DELIMITER.test(line)) return i;
    if (line.length > MAX_HEADER_LINE) continue;
    if (isQuoteHeader(line, lines[i + 1]) || ORIGINAL_MESSAGE.test(line)) return i;
    if (isOutlookHeader(lines, i)) return withRuleAbove(lines, i);
  }
  return lines.length;
}

function isQuoteHeader(line: string, next: string | undefined): boolean {
  if (QUOTE_HEADERS.some((header) => header.test(line))) return true;
  if (next === undefined || next.length > MAX_HEADER_LINE) return false;
  const joined = `${line} ${next}`;
  return QUOTE_HEADERS.some((header) => header.test(joined));
}

function isOutlookHeader(lines: readonly string[], at: number): boolean {
  if (!OUTLOOK_FROM.test(lines[at] ?? '')) return false;
  for (let j = at + 1; j <= at + OUTLOOK_HEADER_SPAN && j < lines.length; j++) {
    if (OUTLOOK_SENT.test(lines[j] ?? '')) return true;
  }
  return false;
}

function withRuleAbove(lines: readonly string[], at: number): number {
  let i = at - 1;
  while (i >= 0 && lines[i] === '') i--;
  return i >= 0 && UNDERSCORE_RULE.test(lines[i] ?? '') ? i : at;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const WHITESPACE = /\s+/g;

/**
 * Removes the last occurrence of `hint` (text an adapter read from a signature or quote node).
 * Whitespace is ignored when matching: a node's textContent and the composer's innerText break
 * lines differently. The match must not cut a word in two, so a short signature ("Ana") cannot
 * eat part of "Banana"; when the hint is not there at all, nothing is removed.
 */
export function removeHint(text: string, hint: string): string {
  const needle = hint.replace(WHITESPACE, '');
  if (needle === '') return text;
  const compact = text.replace(WHITESPACE, '');
  const toOriginal = createIndexMap(text, compact.length);
  let at = compact.lastIndexOf(needle);
  while (at >= 0) {
    const end = toOriginal(at + needle.length - 1) + 1;
    const start = toOriginal(at);
    if (!splitsWord(text, start, end)) return `${text.slice(0, start)}\n${text.slice(end)}`;
    at = at > 0 ? compact.lastIndexOf(needle, at - 1) : -1;
  }
  return text;
}

/**
 * Maps an index in the whitespace-free text back to `text`. Searches go backwards, so a cursor
 * walking back from the end keeps all look-ups of one removal linear in the text's length.
 */
function createIndexMap(text: string, compactLength: number): (index: number) => number {
  let original = text.length;
  let index = compactLength;
  return (target) => {
    while (index > target) {
      original--;
      while (isSpaceCode(text.charCodeAt(original))) original--;
      index--;
    }
    while (index < target) {
      original++;
      while (isSpaceCode(text.charCodeAt(original))) original++;
      index++;
    }
    return original;
  };
}

function splitsWord(text: string, start: number, end: number): boolean {
  const joins = (a: string, b: string) => a !== '' && WORD_CHAR.test(a) && WORD_CHAR.test(b);
  return (
    joins(text.charAt(start - 1), text.charAt(start)) ||
    joins(text.charAt(end), text.charAt(end - 1))
  );
}
