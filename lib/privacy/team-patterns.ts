import { RE2JS } from 're2js';

// A team's own patterns (account numbers, ticket ids, internal code names) come as text from
// settings or browser policy. They run on every synced review, so a pattern must never be able
// to freeze the background: RE2 (here its JavaScript port) matches in time linear in the text
// and refuses backreferences and lookarounds, the constructs that make backtracking explode.

export const MAX_TEAM_PATTERNS = 20;
export const MAX_PATTERN_LENGTH = 200;

export type PatternCheck = { ok: true; pattern: RE2JS } | { ok: false; message: string };

/** Compiles one team pattern, or says in words why it cannot be used. */
export function compileTeamPattern(source: string): PatternCheck {
  if (source.trim() === '') return { ok: false, message: 'The pattern is empty.' };
  if (source.length > MAX_PATTERN_LENGTH) {
    return { ok: false, message: `A pattern can have at most ${MAX_PATTERN_LENGTH} characters.` };
  }
  let pattern: RE2JS;
  try {
    pattern = RE2JS.compile(source);
  } catch (error) {
    const detail = (error as Error).message.replace(/^error parsing regexp:\s*/, '');
    return {
      ok: false,
      message: `Not a pattern Redline can run (${detail.slice(0, 120)}). Backreferences and lookarounds are not supported.`,
    };
  }
  // A pattern that matches nothing at all would mask between every character.
  if (pattern.test('')) return { ok: false, message: 'The pattern matches empty text.' };
  return { ok: true, pattern };
}

/** The message for the first bad pattern of a list (with its position), or null. */
export function checkTeamPatterns(sources: readonly string[]): string | null {
  if (sources.length > MAX_TEAM_PATTERNS) {
    return `At most ${MAX_TEAM_PATTERNS} redaction patterns.`;
  }
  for (const [index, source] of sources.entries()) {
    const check = compileTeamPattern(source);
    if (!check.ok) return `Pattern ${index + 1}: ${check.message}`;
  }
  return null;
}

/** Replaces every match of `pattern` in `text` with `mask`. */
export function maskPattern(text: string, pattern: RE2JS, mask: string): string {
  // The DFA-only test is much faster than the matcher: most texts hold no match at all.
  if (!pattern.test(text)) return text;
  const matcher = pattern.matcher(text);
  let out = '';
  let last = 0;
  while (matcher.find()) {
    const start = matcher.start();
    const end = matcher.end();
    if (end === start) continue;
    out += text.slice(last, start) + mask;
    last = end;
  }
  return out + text.slice(last);
}
