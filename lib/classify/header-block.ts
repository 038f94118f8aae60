import type { CompiledReplyRules, LabelKind } from './reply-rules';
import { CLOCK_TIME, MAIL_ADDRESS, MAX_HEADER_LINE, RULE_LINE } from './quote-markers';

// A mail client's header block ("From: … / Sent: … / To: … / Subject: …", in any known
// language, bold `*From:*` too), as Outlook, Apple Mail and Yahoo put above the quoted message.

/** How many lines a block may span: From, Reply-To, Sent, To, Cc, Subject and one wrap. */
const MAX_BLOCK_LINES = 8;

/** True when line `at` starts a header block. */
export function isHeaderBlock(
  lines: readonly string[],
  at: number,
  rules: CompiledReplyRules,
): boolean {
  const first = lines[at] ?? '';
  if (!rules.labels.from.test(first) && !rules.labels.date.test(first)) return false;
  const kinds = new Set<LabelKind>();
  let labelled = 0;
  let wrapped = 0;
  let evidence = false;
  for (let i = at; i < lines.length && i < at + MAX_BLOCK_LINES; i++) {
    const line = lines[i] ?? '';
    if (line === '' || line.length > MAX_HEADER_LINE) break;
    const kind = labelKind(line, rules);
    if (kind === undefined) {
      // Only the From line is long enough to wrap ("From: Human Resources\n<addr>").
      if (wrapped > 0 || !MAIL_ADDRESS.test(line)) break;
      wrapped++;
    } else {
      kinds.add(kind);
      labelled++;
    }
    evidence ||= MAIL_ADDRESS.test(line) || CLOCK_TIME.test(line);
  }
  // From and Sent/Date both, and a real address or time (or a third field): a memo line
  // "From: the onboarding team" is text.
  return kinds.has('from') && kinds.has('date') && (evidence || labelled >= 3);
}

/**
 * The line after a header block starting at `at`: its labelled lines and one wrapped From line.
 * The quoted message often follows with no blank line between (Outlook's DOM does that).
 */
export function headerBlockEnd(
  lines: readonly string[],
  at: number,
  rules: CompiledReplyRules,
): number {
  let wrapped = 0;
  let i = at;
  for (; i < lines.length && i < at + MAX_BLOCK_LINES; i++) {
    const line = lines[i] ?? '';
    if (line === '' || line.length > MAX_HEADER_LINE) break;
    if (labelKind(line, rules) !== undefined) continue;
    if (wrapped > 0 || !MAIL_ADDRESS.test(line)) break;
    wrapped++;
  }
  return i;
}

function labelKind(line: string, rules: CompiledReplyRules): LabelKind | undefined {
  for (const kind of Object.keys(rules.labels) as LabelKind[]) {
    if (rules.labels[kind].test(line)) return kind;
  }
  return undefined;
}

/** Outlook draws a rule above its block (`____`, `-----`, `====`): it goes with the block. */
export function withRuleAbove(lines: readonly string[], at: number): number {
  let i = at - 1;
  while (i >= 0 && lines[i] === '') i--;
  return i >= 0 && RULE_LINE.test(lines[i] ?? '') ? i : at;
}
