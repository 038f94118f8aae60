import { MAIL_ADDRESS, QUOTED_LINE, RULE_LINE } from './quote-markers';
import { DEFAULT_REPLY_RULES, isFooterLine, type CompiledReplyRules } from './reply-rules';

// What only the sent text has and a client or the writer's composer appended: `>`-quoted lines
// and a signature block with no "-- " above it. Both look like text a writer could type, so
// they are set aside from the sent text only, and only where the draft does not have them:
// the draft's own words are never cut, and a line the CSM changed still shows as removed.

/** The most lines a signature block without a delimiter runs to (name, title, phones, links). */
const MAX_BLOCK_LINES = 16;
const MAX_BLOCK_LINE = 80;
const PHONE = /(?:^|[\s(:.])\+?\d[\d\s()./-]{6,}\d(?!\S*[\p{L}])/u;
const WEB_LINK = /(?:https?:\/\/|www\.)\S+/;
const NAME = /^\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*){0,3}(?:,\s*\p{Lu}[\p{L}. -]{0,30})?$/u;
const POSTSCRIPT = /^(?:P\.?\s?S|N\.?\s?B)\b/i;
const SENTENCE = /^(?:\S+\s+){5,}\S*[.!?]$/;

/** The sent body without the `>` lines and trailing signature block the draft lacks. */
export function setAsideAppended(
  sentBody: string,
  draftBody: string,
  rules: CompiledReplyRules = DEFAULT_REPLY_RULES,
): string {
  const draftLines = draftBody.split('\n').map((line) => line.trim());
  const own = new Set(draftLines);
  const all = sentBody.split('\n');
  const quotedOnly = (line: string) => QUOTED_LINE.test(line.trim()) && !own.has(line.trim());
  // One such line may be the CSM's own ("> this is the part that matters"); a quote has more.
  const lines = all.filter(quotedOnly).length >= 2 ? all.filter((line) => !quotedOnly(line)) : all;
  return lines.slice(0, signatureCut(lines, own, rules)).join('\n');
}

function signatureCut(
  lines: readonly string[],
  draftLines: ReadonlySet<string>,
  rules: CompiledReplyRules,
): number {
  const content = lines.flatMap((line, index) => (line.trim() === '' ? [] : [index]));
  const first = Math.max(0, content.length - MAX_BLOCK_LINES);
  for (let k = first; k < content.length; k++) {
    const start = content[k] ?? 0;
    const block = content.slice(k).map((index) => (lines[index] ?? '').trim());
    const blankAbove = start === 0 || (lines[start - 1] ?? '').trim() === '';
    if (!isSignatureBlock(block, blankAbove, rules)) continue;
    // Lines the draft has are the writer's: the cut comes after the last of them.
    const own = block.findLastIndex((line) => !RULE_LINE.test(line) && draftLines.has(line));
    return own >= 0 ? (content[k + own] ?? start) + 1 : start;
  }
  return lines.length;
}

function isSignatureBlock(
  block: readonly string[],
  blankAbove: boolean,
  rules: CompiledReplyRules,
): boolean {
  const [head = '', ...rest] = block;
  if (block.some((line) => line.length > MAX_BLOCK_LINE || SENTENCE.test(line))) return false;
  if (block.some((line) => POSTSCRIPT.test(line))) return false;
  // A rule drawn above a footer ("__", "----------------") needs no blank line, but what is
  // under it must be a footer (an address, phone or link) or a name: "---" and a list the CSM
  // added is their text.
  if (RULE_LINE.test(head)) {
    const named = rest.length > 0 && rest.length <= 2 && rest.every((line) => NAME.test(line));
    return named || rest.some((line) => isContact(line, rules));
  }
  if (!blankAbove) return false;
  // A sign-off alone ("Thanks!") may be the CSM's own closing line; with a name under it, it
  // is a signature.
  if (rules.signOff.test(head)) return rest.length >= 1 && rest.length <= 8;
  if (!NAME.test(head) || rest.length === 0 || rest.length > 6) return false;
  return rest.some((line) => isContact(line, rules));
}

function isContact(line: string, rules: CompiledReplyRules): boolean {
  return (
    PHONE.test(line) ||
    MAIL_ADDRESS.test(line) ||
    WEB_LINK.test(line) ||
    rules.signatureLine.test(line) ||
    isFooterLine(line, rules)
  );
}
