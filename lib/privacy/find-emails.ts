// E-mail addresses are found by scanning out from each "@" with bounded steps, not by one big
// regular expression: a regex with an unbounded local part restarts at every letter of a 1 MB
// body that has no "@" and takes quadratic time. Here each "@" costs at most 64 + 253 steps.

const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;
const MAX_LABEL = 63;

// Letters, marks and digits of any script (unicode local parts and IDN domains), plus the
// specials RFC 5322 allows in an unquoted local part.
const WORD = /[\p{L}\p{M}\p{N}]/u;
const LOCAL_SPECIAL = new Set([..."._%+-!#$&'*/=?^`{|}~"]);

export interface Span {
  start: number;
  end: number;
}

function codePointBefore(text: string, index: number): { cp: string; size: number } | null {
  if (index <= 0) return null;
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return { cp: text.slice(index - 2, index), size: 2 };
  }
  return { cp: text[index - 1]!, size: 1 };
}

function codePointAt(text: string, index: number): { cp: string; size: number } | null {
  if (index >= text.length) return null;
  const cp = text.codePointAt(index)!;
  const size = cp > 0xffff ? 2 : 1;
  return { cp: text.slice(index, index + size), size };
}

const isLocal = (cp: string) => WORD.test(cp) || LOCAL_SPECIAL.has(cp);
const isLabel = (cp: string) => WORD.test(cp);

/** Where the local part before `at` starts, or -1 when there is none. */
function localStart(text: string, at: number): number {
  let start = at;
  for (let steps = 0; steps < MAX_LOCAL; steps++) {
    const prev = codePointBefore(text, start);
    if (!prev || !isLocal(prev.cp)) break;
    start -= prev.size;
  }
  // A dot cannot start a local part ("see.you@x" is fine, "...@" is not an address).
  while (start < at && text[start] === '.') start++;
  return start < at ? start : -1;
}

/** Where the domain after `at` ends (at least two labels, last one two letters), or -1. */
function domainEnd(text: string, at: number): number {
  let index = at + 1;
  let labels = 0;
  let lastLabelLength = 0;
  let end = -1;
  while (index - at <= MAX_DOMAIN) {
    let length = 0;
    let labelEnd = index;
    for (;;) {
      const next = codePointAt(text, labelEnd);
      if (!next || length >= MAX_LABEL) break;
      if (isLabel(next.cp) || (next.cp === '-' && length > 0)) {
        labelEnd += next.size;
        length++;
      } else break;
    }
    // A label never ends in a hyphen.
    while (labelEnd > index && text[labelEnd - 1] === '-') {
      labelEnd--;
      length--;
    }
    if (length === 0) break;
    labels++;
    lastLabelLength = length;
    if (labels >= 2 && lastLabelLength >= 2) end = labelEnd;
    if (text[labelEnd] !== '.') break;
    index = labelEnd + 1;
  }
  return end;
}

/** Every e-mail address in `text`, in order, as [start, end) spans of UTF-16 indices. */
export function findEmails(text: string): Span[] {
  const spans: Span[] = [];
  let from = 0;
  for (;;) {
    const at = text.indexOf('@', from);
    if (at < 0) return spans;
    from = at + 1;
    const start = localStart(text, at);
    if (start < 0 || (spans.length > 0 && start < spans[spans.length - 1]!.end)) continue;
    const end = domainEnd(text, at);
    if (end < 0) continue;
    spans.push({ start, end });
    from = end;
  }
}
