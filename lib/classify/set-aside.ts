import { isSpaceCode } from './normalize-chars';
import { isHeaderBlock, withRuleAbove } from './header-block';
import {
  MAX_HEADER_LINE,
  QUOTED_LINE,
  RULE_LINE,
  SIGNATURE_DELIMITER,
  TRACKING_MARK_LINE,
} from './quote-markers';
import { replyHeaderStart } from './reply-header';
import { DEFAULT_REPLY_RULES, isFooterLine, type CompiledReplyRules } from './reply-rules';

// Works on lines, so it runs before whitespace is collapsed (a collapsed text has lost the
// line starts the markers rely on). Input has LF line ends only.

/**
 * Drops what a mail client appended: from the first marker (signature delimiter, reply header,
 * header block, "Original message" separator, mobile footer) to the end, then a trailing run
 * of `>`-quoted lines. Lines above the first marker are never touched: when in doubt, a line
 * is the writer's text. A reply under the quote (header first, `>` lines, then text) is that
 * text, set aside the same way.
 */
export function setAsideByLines(
  text: string,
  rules: CompiledReplyRules = DEFAULT_REPLY_RULES,
): string {
  const lines = text.split('\n');
  const trimmed = lines.map((line) => {
    const line2 = line.trim();
    return TRACKING_MARK_LINE.test(line2) ? '' : line2;
  });
  const found = findCut(trimmed, rules);
  const below = bottomPosted(trimmed, found);
  if (below !== undefined) return setAsideByLines(lines.slice(below).join('\n'), rules);
  const cut = withoutTrailingRules(trimmed, quoteStart(trimmed, found.at));
  const kept = lines.slice(0, cut).map((line, i) => (trimmed[i] === '' ? '' : line));
  return kept.join('\n');
}

interface Cut {
  /** First line set aside. */
  at: number;
  /** Last line of the reply header that starts the cut, when one does. */
  headerEnd?: number;
}

function findCut(lines: readonly string[], rules: CompiledReplyRules): Cut {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    if (SIGNATURE_DELIMITER.test(line)) return { at: i };
    if (line.length > MAX_HEADER_LINE) continue;
    if (rules.separator.test(line) && /-{2,}|_{2,}|={2,}|:$/.test(line)) return { at: i };
    if (isFooterLine(line, rules)) return { at: i };
    if (isHeaderBlock(lines, i, rules)) return { at: withRuleAbove(lines, i) };
    const header = replyHeaderStart(lines, i, rules);
    if (header >= 0) return { at: withRuleAbove(lines, header), headerEnd: i };
  }
  return { at: lines.length };
}

/**
 * A reply written under the quote (bottom-posting): nothing above the header, `>` lines under
 * it, then text. That text is the reply; where it starts, or undefined.
 */
function bottomPosted(lines: readonly string[], cut: Cut): number | undefined {
  if (cut.headerEnd === undefined) return undefined;
  for (let i = 0; i < cut.at; i++) if (lines[i] !== '') return undefined;
  let quoted = 0;
  let j = cut.headerEnd + 1;
  for (; j < lines.length; j++) {
    const line = lines[j] ?? '';
    if (line !== '' && !QUOTED_LINE.test(line)) break;
    if (line !== '') quoted++;
  }
  return quoted > 0 && j < lines.length ? j : undefined;
}

/** A rule line left at the end (the one above a cut-off block) carries no words: it goes too. */
function withoutTrailingRules(lines: readonly string[], cut: number): number {
  let end = cut;
  for (let i = cut - 1; i >= 0; i--) {
    const line = lines[i] ?? '';
    if (line !== '' && !RULE_LINE.test(line)) break;
    if (line !== '') end = i;
  }
  return end;
}

/**
 * Where a trailing run of `>` lines (with blank lines among them) starts, or `cut`. One quoted
 * line is not enough: a writer may start a line of their own with ">". A text that would be
 * left empty is not history below a reply either (seen in real MT output).
 */
function quoteStart(lines: readonly string[], cut: number): number {
  let start = cut;
  let quoted = 0;
  for (let i = cut - 1; i >= 0; i--) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    if (!QUOTED_LINE.test(line)) break;
    quoted++;
    start = i;
  }
  if (quoted < 2) return cut;
  for (let i = 0; i < start; i++) if (lines[i] !== '') return start;
  return cut;
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
