import { describe, expect, it } from 'vitest';
import { createRedactor, PATTERN_MASK } from '@/lib/privacy/redactor';
import { checkTeamPatterns, compileTeamPattern } from '@/lib/privacy/team-patterns';

describe('team redaction patterns', () => {
  it('masks what the team names, with RE2 syntax and case flags', () => {
    const redactor = createRedactor({
      emails: false,
      phones: false,
      patterns: ['ACME-\\d{4,}', '(?i)project\\s+falcon'],
    });
    expect(redactor.redact('See ACME-20931 for Project  FALCON.')).toBe(
      `See ${PATTERN_MASK} for ${PATTERN_MASK}.`,
    );
  });

  it.each([
    ['does not compile', '(unclosed', /missing closing/],
    ['uses a backreference', '(a)\\1', /invalid escape/],
    ['uses a lookahead', 'a(?=b)', /Backreferences and lookarounds/],
    ['matches empty text', 'x*', /matches empty text/],
    ['is empty', '   ', /empty/],
    ['is too long', 'a'.repeat(201), /at most 200/],
  ])('refuses a pattern that %s, in words', (_name, source, message) => {
    const check = compileTeamPattern(source);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.message).toMatch(message);
  });

  it('names the first bad pattern by position', () => {
    expect(checkTeamPatterns(['ok\\d+', '(bad'])).toMatch(/^Pattern 2:/);
    expect(checkTeamPatterns(['ok\\d+'])).toBeNull();
    expect(checkTeamPatterns(Array.from({ length: 21 }, (_, i) => `p${i}`))).toMatch(/At most 20/);
  });

  // Patterns that take exponential time in a backtracking engine. RE2 runs them in linear time,
  // so a megabyte finishes; a backtracking engine would not finish 40 characters of the second.
  it.each(['(a+)+$', '(a|aa)+b', '(.*a){12}', '([a-z]+)*@x\\.com', '(\\w+\\s?)+$'])(
    'runs a pattern that backtracks badly (%s) over a megabyte',
    (source) => {
      const redactor = createRedactor({ emails: false, phones: false, patterns: [source] });
      expect(redactor.skipped).toEqual([]);
      const text = `${'a'.repeat(1_000_000)}!`;
      const out = redactor.redact(text);
      expect(typeof out).toBe('string');
      expect(out.endsWith('!') || out.endsWith(PATTERN_MASK)).toBe(true);
    },
    60_000,
  );

  it('keeps the text around unicode matches whole', () => {
    const redactor = createRedactor({ emails: false, phones: false, patterns: ['Jürgen'] });
    expect(redactor.redact('😀Jürgen😀')).toBe(`😀${PATTERN_MASK}😀`);
  });
});
