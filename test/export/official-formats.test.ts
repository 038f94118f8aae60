import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { exportLines, type LineFormat, type LineForm } from '@/lib/export';
import type { StoredReview } from '@/lib/db/records';
import { finishedReview, generateReviews, openReview } from '../support/review-factory';

// The formats as their owners document them, written here apart from Redline's own line
// schemas so a change to those cannot hide a line a trainer would refuse.
//
// OpenAI supervised (chat) fine-tuning, developers.openai.com/api/docs/guides/supervised-fine-tuning:
// one JSON object per line with `messages`, each a role and string content; roles system /
// developer / user / assistant (tool turns need tool fields we never write); at least one
// assistant turn to learn from; assistant turns may carry `weight` 0 or 1.
const openAiRole = z.enum(['system', 'developer', 'user', 'assistant']);
const openAiMessage = z.object({
  role: openAiRole,
  content: z.string().check(z.minLength(1)),
  weight: z.optional(z.union([z.literal(0), z.literal(1)])),
});
const OpenAiChatLine = z.strictObject({
  messages: z.array(openAiMessage).check(
    z.minLength(2),
    z.refine((turns) => turns.some((t) => t.role === 'assistant'), 'needs an assistant turn'),
  ),
});

// OpenAI preference (DPO) fine-tuning, developers.openai.com/api/docs/guides/direct-preference-optimization:
// `input.messages` (the prompt, optional `tools` and `parallel_tool_calls`), and a
// `preferred_output` and `non_preferred_output` of assistant messages.
const assistantOnly = z
  .array(
    z.strictObject({ role: z.literal('assistant'), content: z.string().check(z.minLength(1)) }),
  )
  .check(z.minLength(1));
const OpenAiPreferenceLine = z.strictObject({
  input: z.strictObject({
    messages: z
      .array(z.strictObject({ role: openAiRole, content: z.string().check(z.minLength(1)) }))
      .check(
        z.minLength(1),
        z.refine((turns) => turns.at(-1)?.role === 'user', 'the prompt ends with a user turn'),
      ),
    tools: z.optional(z.array(z.unknown())),
    parallel_tool_calls: z.optional(z.boolean()),
  }),
  preferred_output: assistantOnly,
  non_preferred_output: assistantOnly,
});

// TRL dataset formats, huggingface.co/docs/trl/dataset_formats: standard form is plain strings;
// conversational form is lists of {role, content} messages (roles system / user / assistant),
// the prompt's turns for `prompt`, the answer's for `chosen` / `rejected` / `completion`.
// Preference: prompt, chosen, rejected. Unpaired preference (KTO): prompt, completion, label.
const trlMessage = z.strictObject({
  role: z.enum(['system', 'user', 'assistant']),
  content: z.string().check(z.minLength(1)),
});
const trlPrompt = z.array(trlMessage).check(
  z.minLength(1),
  z.refine((t) => t.at(-1)?.role === 'user', 'prompt ends with user'),
);
const trlAnswer = z.array(trlMessage).check(
  z.minLength(1),
  z.refine((t) => t.every((m) => m.role === 'assistant'), 'answer turns'),
);
const nonEmpty = z.string().check(z.minLength(1));
const TrlPreferenceStandard = z.strictObject({
  prompt: nonEmpty,
  chosen: nonEmpty,
  rejected: nonEmpty,
});
const TrlPreferenceConversational = z.strictObject({
  prompt: trlPrompt,
  chosen: trlAnswer,
  rejected: trlAnswer,
});
const TrlUnpairedStandard = z.strictObject({
  prompt: nonEmpty,
  completion: nonEmpty,
  label: z.boolean(),
});
const TrlUnpairedConversational = z.strictObject({
  prompt: trlPrompt,
  completion: trlAnswer,
  label: z.boolean(),
});

const OFFICIAL: [LineFormat, LineForm, z.ZodMiniType][] = [
  ['chat', 'standard', OpenAiChatLine],
  ['preference', 'standard', OpenAiPreferenceLine],
  ['trl', 'standard', TrlPreferenceStandard],
  ['trl', 'conversational', TrlPreferenceConversational],
  ['unpaired', 'standard', TrlUnpairedStandard],
  ['unpaired', 'conversational', TrlUnpairedConversational],
];

const NOW = Date.UTC(2026, 10, 23, 12);
const DRAFT = 'Hi Ana, here is the agenda for our review.';

/** Generated reviews plus the edge cases: context, emoji, unchanged edits, empty texts. */
function reviews(): StoredReview[] {
  const edge = [
    finishedReview('edit', NOW, {
      draftText: DRAFT,
      sentText: 'Hi Ana 👋, the deck is attached.',
      context: 'Could you send the deck? 🙏',
    }),
    finishedReview('edit', NOW, { draftText: DRAFT, sentText: `  ${DRAFT.toUpperCase()}\n` }),
    finishedReview('approve', NOW, { draftText: DRAFT, sentText: DRAFT, subject: '' }),
    finishedReview('reject', NOW, { draftText: DRAFT, sentText: null, taskType: 'risk' }),
    finishedReview('reject', NOW, { draftText: '  ', sentText: null }),
    finishedReview('edit', NOW, { draftText: DRAFT, sentText: '' }),
    openReview(),
  ];
  const generated = generateReviews(300, NOW, 30, 7).map((review, i) => ({
    ...review,
    sentText:
      review.sentText === null || review.outcome === 'approve' ? review.sentText : `Sent ${i}`,
    ...(i % 2 ? { context: `Question ${i}?` } : {}),
  }));
  return [...edge, ...generated];
}

describe('every exported line fits the official format', () => {
  it.each(OFFICIAL)('%s (%s)', (format, form, schema) => {
    const lines = reviews().flatMap((review) => exportLines(format, review, form));
    expect(lines.length).toBeGreaterThan(20);
    for (const line of lines) {
      const result = schema.safeParse(JSON.parse(line));
      expect(result.success, line).toBe(true);
    }
  });

  it('the unpaired set has both labels', () => {
    const labels = reviews()
      .flatMap((review) => exportLines('unpaired', review))
      .map((line) => (JSON.parse(line) as { label: boolean }).label);
    expect(labels).toContain(true);
    expect(labels).toContain(false);
  });

  it('no preference pair has chosen equal to rejected', () => {
    for (const review of reviews()) {
      for (const line of exportLines('trl', review)) {
        const { chosen, rejected } = JSON.parse(line) as { chosen: string; rejected: string };
        expect(chosen.trim().toLowerCase()).not.toBe(rejected.trim().toLowerCase());
      }
    }
  });
});
