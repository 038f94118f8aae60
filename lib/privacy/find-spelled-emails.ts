import { RE2JS } from 're2js';
import type { Span } from './find-emails';

// People write addresses out to dodge scrapers: "ana [at] acme [dot] com", "ana(at)acme.com",
// "ana at acme dot com". A bracketed "at" is never prose, so it needs nothing more; a bare
// "at" is everyday English ("look at acme.com"), so it counts only with a spelled-out "dot".
// RE2 keeps the scan linear in the text, whatever the text holds.

const LOCAL = String.raw`[\p{L}\p{N}][\p{L}\p{N}._%+\-]{0,63}`;
const LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}\-]{0,61}[\p{L}\p{N}])?`;
const TLD = String.raw`\p{L}{2,24}`;
const BRACKETED = (word: string) => String.raw`\s?[\[({<]\s?${word}\s?[\])}>]\s?`;
const BARE = (word: string) => String.raw`\s${word}\s`;
const ANY_DOT = String.raw`(?:${BRACKETED('dot')}|${BARE('dot')}|\.)`;
const SPELLED_DOT = String.raw`(?:${BRACKETED('dot')}|${BARE('dot')})`;

const WITH_BRACKETED_AT = RE2JS.compile(
  String.raw`${LOCAL}${BRACKETED('at')}(?:${LABEL}${ANY_DOT}){1,8}${TLD}`,
  RE2JS.CASE_INSENSITIVE,
);
const WITH_BARE_AT = RE2JS.compile(
  String.raw`${LOCAL}${BARE('at')}(?:${LABEL}${ANY_DOT}){0,7}${LABEL}${SPELLED_DOT}${TLD}`,
  RE2JS.CASE_INSENSITIVE,
);

function spans(pattern: RE2JS, text: string): Span[] {
  if (!pattern.test(text)) return [];
  const found: Span[] = [];
  const matcher = pattern.matcher(text);
  while (matcher.find()) found.push({ start: matcher.start(), end: matcher.end() });
  return found;
}

/** Addresses written out with "at" and "dot", as [start, end) spans, in order, not overlapping. */
export function findSpelledEmails(text: string): Span[] {
  // Cheap guard: most texts never spell "at" at all.
  if (!/\bat\b/i.test(text)) return [];
  const all = [...spans(WITH_BRACKETED_AT, text), ...spans(WITH_BARE_AT, text)].sort(
    (a, b) => a.start - b.start,
  );
  const out: Span[] = [];
  for (const span of all) {
    const last = out[out.length - 1];
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else out.push({ ...span });
  }
  return out;
}
