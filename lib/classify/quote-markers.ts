// Language-neutral marks of the part of an e-mail nobody reviewed. The localised words (verbs,
// labels, footers, sign-offs) are data in reply-rules/. Patterns run on one line (or a wrapped
// header joined into one) with its ends trimmed, after curly quotes were folded to straight.

/** RFC 3676 signature delimiter: `-- ` alone on its line; many composers drop the space. */
export const SIGNATURE_DELIMITER = /^--$/;

/** A line quoted with `>` (plain-text replies, including nested `> >`). */
export const QUOTED_LINE = /^>/;

/** A line quoted with `>` or `|` right under a header (some clients quote with a bar). */
export const QUOTED_OR_BARRED = /^[>|]/;

// Evidence that a line was written by a mail client: a clock time, a date, an address. A
// sentence that merely looks like a header ("On the forum, Priya wrote:") carries none.
/** 10:02, 8.48, 10h30 (French), with no digit run around it. */
export const CLOCK_TIME = /(?<!\d)\d{1,2}[:.h]\d{2}(?!\d)/;
/** 03.11.2025, 2014-03-20, 6/16/2016, a year, 2016年. */
export const CALENDAR_DATE =
  /(?<!\d)\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?!\d)|(?<![\d.,])(?:19|20)\d{2}(?!\d|[.,]\d)|\d{4}年/;
/** user@host.tld, also inside <…> or after mailto:. */
export const MAIL_ADDRESS = /[^\s<>()[\]"',;:@]+@[^\s<>()[\]"',;:@]+\.\p{L}{2,}/u;

/** A line drawn with one symbol (`____`, `-----`, `=====`, `***`); spaces ignored. */
export const RULE_LINE = /^(?:([-_=*~#+])\s*)\1(?:\1|\s)*$/;

/** Invisible tracking marks some add-ons put on their own line (Streak's U+1427 "ᐧ"). */
export const TRACKING_MARK_LINE = /^[\u1427\s]+$/;

/** Header lines are short; testing only short lines keeps a 1 MB single-line paste linear. */
export const MAX_HEADER_LINE = 400;

/** How many lines a client may wrap one reply header onto. */
export const MAX_HEADER_LINES = 3;

export function hasClientEvidence(text: string): boolean {
  return CLOCK_TIME.test(text) || CALENDAR_DATE.test(text) || MAIL_ADDRESS.test(text);
}
