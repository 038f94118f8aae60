import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TASK_TYPE_RULES,
  guessTaskType,
  TaskTypeRuleSchema,
  TaskTypeRulesSchema,
  type TaskTypeRule,
} from '../../lib/task-type';
import { TASK_TYPES } from '../../lib/review/vocabulary';

describe('guessTaskType with the default rules', () => {
  it.each([
    ['Q3 QBR prep', '', 'qbr'],
    ['Agenda for our quarterly business review', '', 'qbr'],
    ['Your renewal', '', 'renewal'],
    ['Contract end in March', '', 'renewal'],
    ['Escalation: data sync', '', 'risk'],
    ['Quick check-in', '', 'check-in'],
    ['Welcome to Acme!', '', 'onboarding'],
    ['Kickoff next week', '', 'onboarding'],
    ['Additional seats for the EU team', '', 'expansion'],
    ['Ticket #4411', '', 'support'],
    ['Hello', 'There was an outage this morning.', 'support'],
  ] as const)('%s / %s → %s', (subject, body, expected) => {
    expect(guessTaskType(subject, body)).toBe(expected);
  });

  it("is 'other' when nothing matches", () => {
    expect(guessTaskType('Lunch?', 'Are you free on Thursday?')).toBe('other');
    expect(guessTaskType('', '')).toBe('other');
  });

  it('weighs the subject 3 and the body 1', () => {
    // Two support words in the body (2) lose to one renewal word in the subject (3)...
    expect(guessTaskType('Renewal', 'About the bug and the outage.')).toBe('renewal');
    // ...but three distinct ones plus nothing in the subject win over one body word.
    expect(guessTaskType('Hi', 'Renewal: the bug, the outage, the ticket.')).toBe('support');
  });

  it('counts a keyword once per field, however often it is repeated', () => {
    expect(guessTaskType('QBR', 'issue issue issue issue issue issue')).toBe('qbr');
  });

  it('breaks ties by rule order', () => {
    // renewal and risk both score 3; renewal comes first in the default rules.
    expect(guessTaskType('Renewal risk', '')).toBe('renewal');
    expect(guessTaskType('Risk renewal', '')).toBe('renewal');
  });

  it('matches whole words and phrases only', () => {
    expect(guessTaskType('Brisk walk', 'the bugle played; welcomed guests')).toBe('other');
    expect(guessTaskType('Renewals', '')).toBe('renewal');
  });

  it('ignores case and the spacing inside a phrase', () => {
    expect(guessTaskType('QUARTERLY   Business\nREVIEW', '')).toBe('qbr');
    expect(guessTaskType('AT-RISK account', '')).toBe('risk');
  });

  it('counts "quarterly business review" as one qbr keyword, not two', () => {
    const rules: TaskTypeRule[] = [
      { taskType: 'qbr', keywords: ['business review', 'quarterly business review'] },
      { taskType: 'support', keywords: ['help', 'fix'] },
    ];
    // qbr: one keyword in the body (1); support: two (2).
    expect(guessTaskType('', 'quarterly business review: help us fix it', rules)).toBe('support');
  });

  it('is Unicode-aware: accents and non-Latin keywords match whole words', () => {
    const rules: TaskTypeRule[] = [
      { taskType: 'renewal', keywords: ['renouvellement', 'verlängerung', 'продление'] },
      { taskType: 'risk', keywords: ['résiliation'] },
    ];
    expect(guessTaskType('VERLÄNGERUNG des Vertrags', '', rules)).toBe('renewal');
    expect(guessTaskType('Продление договора', '', rules)).toBe('renewal');
    expect(guessTaskType('Résiliation', '', rules)).toBe('risk');
    expect(guessTaskType('résiliations', '', rules)).toBe('other');
  });

  it('keywords with regex characters are taken literally', () => {
    const rules: TaskTypeRule[] = [{ taskType: 'support', keywords: ['c++', 'q&a (live)'] }];
    expect(guessTaskType('C++ build fails', '', rules)).toBe('support');
    expect(guessTaskType('Q&A (live) tomorrow', '', rules)).toBe('support');
    expect(guessTaskType('cpp', '', rules)).toBe('other');
  });

  // Its speed on such a body is a bench figure (`npm run bench`); here, that it still answers right.
  it('finds a keyword at the end of a 1 MB body', () => {
    const body = `${'Thanks for the notes from yesterday, see you soon. '.repeat(20_000)} renewal`;
    expect(body.length).toBeGreaterThan(1_000_000);
    expect(guessTaskType('Hello', body)).toBe('renewal');
  });
});

describe('task type rules as settings data', () => {
  it('the default rules are valid, cover every type but other, and are lower-case', () => {
    expect(TaskTypeRulesSchema.safeParse(DEFAULT_TASK_TYPE_RULES).success).toBe(true);
    const types = DEFAULT_TASK_TYPE_RULES.map((rule) => rule.taskType);
    expect(new Set(types)).toEqual(new Set(TASK_TYPES.filter((type) => type !== 'other')));
    for (const rule of DEFAULT_TASK_TYPE_RULES) {
      for (const keyword of rule.keywords) expect(keyword).toBe(keyword.toLowerCase().trim());
    }
  });

  it('rejects unknown task types and empty keywords', () => {
    expect(TaskTypeRuleSchema.safeParse({ taskType: 'sales', keywords: ['x'] }).success).toBe(
      false,
    );
    expect(TaskTypeRuleSchema.safeParse({ taskType: 'qbr', keywords: ['  '] }).success).toBe(false);
    expect(TaskTypeRuleSchema.safeParse({ taskType: 'qbr', keywords: [' qbr '] })).toMatchObject({
      success: true,
      data: { taskType: 'qbr', keywords: ['qbr'] },
    });
  });

  it('uses edited rules, and a new array of rules replaces the old compiled one', () => {
    const first: TaskTypeRule[] = [{ taskType: 'expansion', keywords: ['grow'] }];
    expect(guessTaskType('Let us grow', '', first)).toBe('expansion');
    const second: TaskTypeRule[] = [{ taskType: 'check-in', keywords: ['grow'] }];
    expect(guessTaskType('Let us grow', '', second)).toBe('check-in');
    expect(guessTaskType('Let us grow', '', [])).toBe('other');
  });
});
