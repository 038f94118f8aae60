import type { CompiledReplyRules } from './reply-rules';
import {
  CALENDAR_DATE,
  CLOCK_TIME,
  hasClientEvidence,
  MAIL_ADDRESS,
  MAX_HEADER_LINE,
  MAX_HEADER_LINES,
  QUOTED_OR_BARRED,
} from './quote-markers';

// A reply header ("On Mon, 3 Nov 2025 at 10:02, Ana <a@x.com> wrote:") in any known language,
// possibly wrapped over up to three lines. Found from the line it ends on, then grown upwards
// while the line above is clearly its beginning.

const EDGE_DASHES = /^[-\s*]+|[-\s*]+$/g;
const ENDS_WITH_COLON = /[:：]$/;
const SENTENCE_END = /(?<!\d)[.!?;]$/;
const CONTINUATION_START = /^[<(>\p{Ll}]|^mailto:/u;
const WORD = /[^\s]+/g;

/** Index of the first line of a reply header ending on line `end`, or -1. */
export function replyHeaderStart(
  lines: readonly string[],
  end: number,
  rules: CompiledReplyRules,
): number {
  const last = lines[end] ?? '';
  if (last === '' || last.length > MAX_HEADER_LINE || !mayEndHeader(last, rules)) return -1;
  for (let size = 1; size <= MAX_HEADER_LINES; size++) {
    const start = end - size + 1;
    if (start < 0 || !allShort(lines, start, end)) return -1;
    const joined = lines.slice(start, end + 1).join(' ');
    if (isHeader(joined, nextText(lines, end), rules)) return growUpwards(lines, start, end, rules);
  }
  return -1;
}

/** Cheap test first: a header ends in a colon, a verb or an address bracket. */
function mayEndHeader(line: string, rules: CompiledReplyRules): boolean {
  const text = line.replace(EDGE_DASHES, '');
  return ENDS_WITH_COLON.test(text) || text.endsWith('>') || rules.verbAtEnd.test(text.slice(-40));
}

function nextText(lines: readonly string[], end: number): string | undefined {
  for (let i = end + 1; i < lines.length; i++) if (lines[i] !== '') return lines[i];
  return undefined;
}

function allShort(lines: readonly string[], start: number, end: number): boolean {
  for (let i = start; i <= end; i++) {
    const line = lines[i] ?? '';
    if (line === '' || line.length > MAX_HEADER_LINE) return false;
  }
  return true;
}

/** A header whose first line is a fragment ("<addr> wrote:") takes the line above it. */
function growUpwards(
  lines: readonly string[],
  start: number,
  end: number,
  rules: CompiledReplyRules,
): number {
  let first = start;
  while (end - first + 1 < MAX_HEADER_LINES && first > 0) {
    const current = lines[first] ?? '';
    const above = lines[first - 1] ?? '';
    if (rules.opener.test(current) || above === '' || above.length > MAX_HEADER_LINE) break;
    if (SENTENCE_END.test(above)) break;
    // "On Nov 21, 2014," / "at 10:18," / "John Doe <addr> wrote:": the line above is the
    // header's start, or the current line plainly continues it. "Our call is at 10:00" above a
    // complete "Ana <addr> wrote:" is the writer's text and stays.
    const belongs =
      rules.opener.test(above) ||
      CONTINUATION_START.test(current) ||
      (CONTINUATION_START.test(above) && above.endsWith(','));
    if (!belongs) break;
    first--;
  }
  return first;
}

function isHeader(joined: string, next: string | undefined, rules: CompiledReplyRules): boolean {
  const text = joined.replace(EDGE_DASHES, '');
  if (text === '') return false;
  if (rules.verbAtEnd.test(text) || ENDS_WITH_COLON.test(text)) {
    const verb = rules.verb.exec(text);
    if (verb)
      return hasClientEvidence(text) && tailIsShort(text.slice(verb.index + verb[0].length));
  }
  return isDateAddressHeader(text, next);
}

/**
 * After the verb a header holds at most a name, an address or the time ("schrieb am Fr.,
 * 28. Apr. 2017 um 11:53 Uhr:"). "On 3 May 2025 the team wrote the following steps:" is prose.
 */
function tailIsShort(tail: string): boolean {
  const rest = tail.replace(/[:：]$/, '').trim();
  if (rest === '' || hasClientEvidence(rest)) return true;
  return (rest.match(WORD)?.length ?? 0) <= 3;
}

/** Verb-less headers: "2014-03-20 8:48 GMT+01:00 Name <addr>:", "2013/7/20 Name <addr>". */
function isDateAddressHeader(text: string, next: string | undefined): boolean {
  if (!MAIL_ADDRESS.test(text)) return false;
  if (ENDS_WITH_COLON.test(text)) return CLOCK_TIME.test(text) || CALENDAR_DATE.test(text);
  return text.endsWith('>') && CALENDAR_DATE.test(text) && QUOTED_OR_BARRED.test(next ?? '');
}
