import { MAX_REVIEW_CONTEXT } from '../review/review-schema';
import { cutText } from '../text/cut-text';
import { headerBlockEnd, isHeaderBlock } from './header-block';
import { normalizeChars } from './normalize-chars';
import { MAX_HEADER_LINE, QUOTED_LINE, TRACKING_MARK_LINE } from './quote-markers';
import { replyHeaderStart } from './reply-header';
import { DEFAULT_REPLY_RULES, type CompiledReplyRules } from './reply-rules';
import { setAsideByLines } from './set-aside';
import type { TextHints } from './types';

// The message a reply answers, taken from the quoted history capture already sets aside. It is
// the best prompt a tuning example can have; older messages further down the thread are not
// kept (they grow every reply and say less about what this e-mail had to answer).

/** Most characters of the answered message a review keeps (UTF-16 units). */
export const MAX_CONTEXT = MAX_REVIEW_CONTEXT;

const ONE_QUOTE_LEVEL = /^[ \t]*>[ \t]?/;

/**
 * The most recent quoted message in a composer's text: below the first reply header ("On …
 * wrote:"), header block ("From: … Sent: …") or "Original message" separator, one level of `>`
 * quoting removed, up to the next quoted message or its own signature; cut to `max` without
 * splitting a character. Where the site's DOM marked the quote (`hints.quoted`) that is read
 * instead; a marked quote without a header is the message itself. Null when there is none.
 */
export function replyContext(
  text: string,
  hints?: TextHints,
  max = MAX_CONTEXT,
  rules: CompiledReplyRules = DEFAULT_REPLY_RULES,
): string | null {
  const marked = hints?.quoted ? normalizeChars(hints.quoted) : undefined;
  const lines = (marked ?? normalizeChars(text)).split('\n');
  const trimmed = lines.map((line) => {
    const clean = line.trim();
    return TRACKING_MARK_LINE.test(clean) ? '' : clean;
  });
  const start = messageStart(trimmed, rules) ?? (marked === undefined ? undefined : 0);
  if (start === undefined) return null;
  const message = setAsideByLines(unquoted(head(lines, start, 2 * max)), rules).trim();
  return message === '' ? null : cutText(message, max);
}

/** First line of the newest quoted message, or undefined when no header announces one. */
function messageStart(lines: readonly string[], rules: CompiledReplyRules): number | undefined {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '' || line.length > MAX_HEADER_LINE) continue;
    if (isHeaderBlock(lines, i, rules)) return headerBlockEnd(lines, i, rules);
    if (rules.separator.test(line) && /-{2,}|_{2,}|={2,}|:$/.test(line)) {
      return pastHeaderBlock(lines, i + 1, rules);
    }
    if (replyHeaderStart(lines, i, rules) >= 0) return i + 1;
  }
  return undefined;
}

/** Past a header block that starts at or after `from` (skipping blank lines), else `from`. */
function pastHeaderBlock(lines: readonly string[], from: number, rules: CompiledReplyRules) {
  let at = from;
  while (at < lines.length && lines[at] === '') at++;
  return isHeaderBlock(lines, at, rules) ? headerBlockEnd(lines, at, rules) : from;
}

/**
 * Lines from `start` up to about `chars` characters: only the kept part is read, so a megabyte of
 * quoted history costs no more than a short one. Twice the bound leaves room for the quote marks
 * and the blank lines that go.
 */
function head(lines: readonly string[], start: number, chars: number): string[] {
  const kept: string[] = [];
  let length = 0;
  for (let i = start; i < lines.length && length <= chars; i++) {
    kept.push(lines[i]!);
    length += lines[i]!.length + 1;
  }
  return kept;
}

/**
 * A `>`-quoted message loses one level of quoting; lines quoted deeper keep theirs (older
 * messages, which the set-aside rules then drop). A reply written under the quote ends it.
 */
function unquoted(lines: readonly string[]): string {
  const first = lines.find((line) => line.trim() !== '') ?? '';
  if (!QUOTED_LINE.test(first.trim())) return lines.join('\n');
  const kept: string[] = [];
  for (const line of lines) {
    if (line.trim() === '') kept.push('');
    else if (ONE_QUOTE_LEVEL.test(line)) kept.push(line.replace(ONE_QUOTE_LEVEL, ''));
    else break;
  }
  return kept.join('\n');
}
