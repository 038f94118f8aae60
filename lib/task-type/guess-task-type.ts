import type { TaskType } from '../review/vocabulary';
import { DEFAULT_TASK_TYPE_RULES } from './default-rules';
import type { TaskTypeRule } from './rules-schema';

// The subject states what the mail is for; the body mentions many things in passing.
const SUBJECT_WEIGHT = 3;
const BODY_WEIGHT = 1;

interface CompiledRules {
  /** All keywords of all rules in one pattern, longest first. */
  pattern: RegExp | null;
  /** Lower-cased, space-collapsed keyword → indices of the rules that list it. */
  owners: Map<string, number[]>;
}

// Compiled once per rules array: settings hand the same array to every call until they change.
const compiled = new WeakMap<readonly TaskTypeRule[], CompiledRules>();

/**
 * Guesses the task type of an e-mail from its subject and body with keyword rules. Each distinct
 * keyword counts once per field (a body repeating "issue" twenty times does not outvote a
 * subject saying "QBR"): 3 points in the subject, 1 in the body. Highest score wins; ties go to
 * the earlier rule; no match at all is 'other'.
 */
export function guessTaskType(
  subject: string,
  body: string,
  rules: readonly TaskTypeRule[] = DEFAULT_TASK_TYPE_RULES,
): TaskType {
  const compiledRules = compile(rules);
  if (!compiledRules.pattern) return 'other';
  const scores = new Array<number>(rules.length).fill(0);
  addScores(compiledRules, subject.normalize('NFC'), SUBJECT_WEIGHT, scores);
  addScores(compiledRules, body.normalize('NFC'), BODY_WEIGHT, scores);
  let best = -1;
  for (let i = 0; i < scores.length; i++) {
    if ((scores[i] ?? 0) > (best < 0 ? 0 : (scores[best] ?? 0))) best = i;
  }
  return best < 0 ? 'other' : (rules[best]?.taskType ?? 'other');
}

function addScores(rules: CompiledRules, text: string, weight: number, scores: number[]): void {
  if (!rules.pattern || text === '') return;
  const seen = new Set<string>();
  for (const match of text.matchAll(rules.pattern)) {
    const keyword = keyOf(match[0]);
    if (seen.has(keyword)) continue;
    seen.add(keyword);
    for (const owner of rules.owners.get(keyword) ?? []) {
      scores[owner] = (scores[owner] ?? 0) + weight;
    }
  }
}

function compile(rules: readonly TaskTypeRule[]): CompiledRules {
  const cached = compiled.get(rules);
  if (cached) return cached;
  const owners = new Map<string, number[]>();
  rules.forEach((rule, index) => {
    for (const keyword of rule.keywords) {
      const key = keyOf(keyword);
      if (key === '') continue;
      const list = owners.get(key) ?? [];
      if (!list.includes(index)) list.push(index);
      owners.set(key, list);
    }
  });
  // Longest first, so "quarterly business review" is one match rather than "business review"
  // plus a stray "review". Whole words only: no letter or digit may touch either end.
  const alternatives = [...owners.keys()]
    .sort((a, b) => b.length - a.length)
    .map((key) => key.split(' ').map(escapeRegExp).join('\\s+'));
  const pattern =
    alternatives.length === 0
      ? null
      : new RegExp(
          `(?<![\\p{L}\\p{M}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{M}\\p{N}])`,
          'giu',
        );
  const result = { pattern, owners };
  compiled.set(rules, result);
  return result;
}

function keyOf(text: string): string {
  return text.normalize('NFC').toLowerCase().trim().replace(/\s+/g, ' ');
}

function escapeRegExp(text: string): string {
  // Only syntax characters: the `u` flag rejects escapes like `\-` outside a class.
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
