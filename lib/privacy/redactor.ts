import type { RE2JS } from 're2js';
import { findEmails, type Span } from './find-emails';
import { findPhones } from './find-phones';
import { findSpelledEmails } from './find-spelled-emails';
import { compileTeamPattern, maskPattern } from './team-patterns';

export const EMAIL_MASK = '[email]';
export const PHONE_MASK = '[phone]';
export const PATTERN_MASK = '[redacted]';

export interface RedactionOptions {
  emails: boolean;
  phones: boolean;
  /** The team's patterns; one that does not compile is skipped (settings refuse it earlier). */
  patterns: readonly string[];
}

export interface Redactor {
  redact(text: string): string;
  /** Patterns that could not be compiled (their positions), to report without their text. */
  skipped: number[];
}

function replaceSpans(text: string, spans: Span[], mask: string): string {
  if (spans.length === 0) return text;
  let out = '';
  let last = 0;
  for (const { start, end } of spans) {
    out += text.slice(last, start) + mask;
    last = end;
  }
  return out + text.slice(last);
}

/** One redactor per sync round: the team's patterns are compiled once, not per review. */
export function createRedactor(options: RedactionOptions): Redactor {
  const compiled: RE2JS[] = [];
  const skipped: number[] = [];
  options.patterns.forEach((source, index) => {
    const check = compileTeamPattern(source);
    if (check.ok) compiled.push(check.pattern);
    else skipped.push(index);
  });
  return {
    skipped,
    redact(text) {
      if (text === '') return text;
      let out = text;
      if (options.emails) {
        out = replaceSpans(out, findEmails(out), EMAIL_MASK);
        out = replaceSpans(out, findSpelledEmails(out), EMAIL_MASK);
      }
      if (options.phones) out = replaceSpans(out, findPhones(out), PHONE_MASK);
      for (const pattern of compiled) out = maskPattern(out, pattern, PATTERN_MASK);
      return out;
    },
  };
}
