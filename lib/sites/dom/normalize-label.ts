// Sites wrap the keyboard hint in their tooltips in invisible bidi controls so it renders the
// right way round in RTL locales (Gmail: "Send \u202a(Ctrl-Enter)\u202c"). Strip them, and
// zero-width characters, before comparing labels, or a prefix test fails on a leading mark.
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
const WHITESPACE_RUN = /\s+/g;

export function normalizeLabel(value: string | null | undefined): string {
  if (!value) return '';
  return value.replace(INVISIBLE, '').replace(WHITESPACE_RUN, ' ').trim();
}
