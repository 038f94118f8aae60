// Character-level clean-up applied to every text (and every hint) before anything else. Each
// step removes a difference the human did not choose: encoding, invisible marks, autocorrect.

// Zero-width space / non-joiner, word joiner, BOM, bidi marks and embeddings/isolates, soft
// hyphen. Editors and paste paths add and drop them freely; no reader sees them.
// U+200D (zero-width joiner) is handled apart: inside emoji sequences it is part of the glyph.
const INVISIBLE = /[\u00AD\u200B\u200C\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;

// A ZWJ is kept only between two pictographs (👩‍💻); elsewhere it is as invisible as the rest.
const STRAY_ZWJ =
  /(?<!\p{Extended_Pictographic}[\uFE0E\uFE0F]?)\u200D|\u200D(?!\p{Extended_Pictographic})/gu;

// Composers turn typed ' and " into curly ones (and German/Polish low-9 forms); the human
// typed a straight one, so the diff must not see a change of wording there.
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F]/g;

// Unicode line and paragraph separators are line breaks to a reader.
const LINE_BREAKS = /\r\n?|[\u2028\u2029]/g;

export function normalizeChars(text: string): string {
  return text
    .normalize('NFC')
    .replace(LINE_BREAKS, '\n')
    .replace(INVISIBLE, '')
    .replace(STRAY_ZWJ, '')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"');
}

// Two linear passes: horizontal runs to one space, then a break with what surrounds it to one
// `\n`. (A single /\s*\n\s*/ backtracks quadratically on long runs of spaces.) A lone plain
// space is left alone: rewriting each of them made this the slowest step on a 1 MB text.
const HORIZONTAL_RUN = /[^\S\n]{2,}|[^\S\n ]/g;
const BREAK_RUN = / ?\n\s*/g;

/**
 * Collapses whitespace the way a reader perceives it: any run holding a line break becomes one
 * `\n`, any other run (tabs, no-break and narrow spaces, ideographic space) one space.
 */
export function collapseWhitespace(text: string): string {
  return text.replace(HORIZONTAL_RUN, ' ').replace(BREAK_RUN, '\n').trim();
}

/** `\s` for one UTF-16 code unit, without a regex call for the common ASCII case. */
export function isSpaceCode(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return /\s/.test(String.fromCharCode(code));
}
