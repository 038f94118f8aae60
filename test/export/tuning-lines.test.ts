import { describe, expect, it } from 'vitest';
import {
  buildPrompt,
  ChatFineTuningLineSchema,
  CONVERSATIONAL_LINE_SCHEMAS,
  EXPORT_LINE_SCHEMAS,
  exportLines,
  judgedCompletions,
  NativeLineSchema,
  PreferenceLineSchema,
  TrlConversationalLineSchema,
  TrlLineSchema,
  tuningEligible,
  UnpairedConversationalLineSchema,
  UnpairedLineSchema,
} from '@/lib/export';
import { finishedReview, openReview } from '../support/review-factory';

const ENDED = new Date(2026, 10, 20, 15).getTime();
const DRAFT = 'Hi Ana, here is the agenda for our review.';
const SENT = 'Hi Ana, attached is the QBR deck; the agenda is on slide 2.';
const ASKED = 'Can you send the QBR agenda before Friday?';

const edited = () =>
  finishedReview('edit', ENDED, {
    subject: 'Q3 QBR',
    draftText: DRAFT,
    sentText: SENT,
    context: ASKED,
  });
const discarded = () => finishedReview('reject', ENDED, { draftText: DRAFT, sentText: null });
const parsed = (lines: string[]) => lines.map((line) => JSON.parse(line) as unknown);

describe('prompts', () => {
  it('carry task type and subject, never recipients', () => {
    const review = { ...edited(), context: undefined, recipientDomains: ['acme.com'] };
    expect(buildPrompt(review)).toBe('Write a QBR prep e-mail.\nSubject: Q3 QBR');
  });

  it('carry the message being answered, so replies on one subject differ', () => {
    expect(buildPrompt(edited())).toBe(
      'Write a QBR prep e-mail that replies to the message below.\nSubject: Q3 QBR\n\n' +
        `Message being answered:\n${ASKED}`,
    );
    const other = { ...edited(), context: 'Could we move the QBR to March?' };
    expect(buildPrompt(other)).not.toBe(buildPrompt(edited()));
    expect(buildPrompt({ taskType: 'risk', subject: ' ', context: '  ' })).toBe(
      'Write a risk one-pager e-mail.',
    );
  });
});

describe('paired lines', () => {
  it('chat fine-tuning puts the sent text in the assistant turn and the context in the user turn', () => {
    const [line] = parsed(exportLines('chat', edited()));
    const { messages } = ChatFineTuningLineSchema.parse(line);
    expect(messages[2]).toEqual({ role: 'assistant', content: SENT });
    expect(messages[1].content).toContain(ASKED);
  });

  it('preference lines prefer the sent text over the draft', () => {
    const line = PreferenceLineSchema.parse(parsed(exportLines('preference', edited()))[0]);
    expect(line.preferred_output[0].content).toBe(SENT);
    expect(line.non_preferred_output[0].content).toBe(DRAFT);
    expect(line.input.messages[1].content).toContain('Subject: Q3 QBR');
  });

  it('TRL lines choose the sent text and reject the draft, as strings or as messages', () => {
    const line = TrlLineSchema.parse(parsed(exportLines('trl', edited()))[0]);
    expect([line.chosen, line.rejected]).toEqual([SENT, DRAFT]);
    const chat = TrlConversationalLineSchema.parse(
      parsed(exportLines('trl', edited(), 'conversational'))[0],
    );
    expect(chat.prompt.map((turn) => turn.role)).toEqual(['system', 'user']);
    expect(chat.prompt[1].content).toBe(line.prompt);
    expect(chat.chosen).toEqual([{ role: 'assistant', content: SENT }]);
    expect(chat.rejected).toEqual([{ role: 'assistant', content: DRAFT }]);
  });

  it('leave out pairs whose texts do not differ after normalisation', () => {
    const same = [
      `${DRAFT}  `,
      `  hi ana,\n\nHERE is the  agenda for our review.`,
      `${DRAFT}\n\nOn Mon, 3 Nov 2025 at 10:02, Ana <ana@acme.com> wrote:\n> ${ASKED}`,
    ];
    for (const sentText of same) {
      const review = finishedReview('edit', ENDED, { draftText: DRAFT, sentText });
      expect(exportLines('preference', review), sentText).toEqual([]);
      expect(exportLines('trl', review), sentText).toEqual([]);
      expect(exportLines('trl', review, 'conversational'), sentText).toEqual([]);
      // The chat set has no pair: the sent text is still a good answer.
      expect(exportLines('chat', review)).toHaveLength(1);
    }
    const punctuation = finishedReview('edit', ENDED, {
      draftText: DRAFT,
      sentText: DRAFT.replace('.', '!'),
    });
    expect(exportLines('trl', punctuation)).toHaveLength(1);
  });
});

describe('unpaired (KTO) lines', () => {
  const labels = (review: ReturnType<typeof edited>) =>
    judgedCompletions(review).map(({ completion, label }) => [completion, label]);

  it('an approved draft is desirable', () => {
    const approved = finishedReview('approve', ENDED, { draftText: DRAFT, sentText: DRAFT });
    expect(labels(approved)).toEqual([[DRAFT, true]]);
  });

  it('an edit gives its sent version as desirable and the replaced draft as undesirable', () => {
    expect(labels(edited())).toEqual([
      [SENT, true],
      [DRAFT, false],
    ]);
    const lines = parsed(exportLines('unpaired', edited())).map((l) => UnpairedLineSchema.parse(l));
    expect(lines.map((l) => l.label)).toEqual([true, false]);
    expect(new Set(lines.map((l) => l.prompt)).size).toBe(1);
  });

  it('an edit that changed nothing after normalisation is only desirable', () => {
    const review = finishedReview('edit', ENDED, { draftText: DRAFT, sentText: `${DRAFT}\n` });
    expect(labels(review)).toEqual([[`${DRAFT}\n`, true]]);
  });

  it('rejected drafts, discarded or rewritten, are undesirable; the rewrite is not judged', () => {
    expect(labels(discarded())).toEqual([[DRAFT, false]]);
    const rewritten = finishedReview('reject', ENDED, { draftText: DRAFT, sentText: SENT });
    expect(labels(rewritten)).toEqual([[DRAFT, false]]);
  });

  it('open reviews and empty texts give no lines', () => {
    expect(judgedCompletions(openReview())).toEqual([]);
    expect(judgedCompletions(finishedReview('approve', ENDED, { draftText: ' ' }))).toEqual([]);
    const emptySent = finishedReview('edit', ENDED, { draftText: DRAFT, sentText: '' });
    expect(labels(emptySent)).toEqual([[DRAFT, false]]);
  });

  it('the conversational form carries the same judgements as message lists', () => {
    const lines = parsed(exportLines('unpaired', edited(), 'conversational')).map((l) =>
      UnpairedConversationalLineSchema.parse(l),
    );
    expect(lines.map((l) => [l.completion[0].content, l.label])).toEqual(labels(edited()));
    expect(lines[0]!.prompt[1].content).toContain(ASKED);
  });
});

describe('formats', () => {
  it('native lines are the stored review, context included', () => {
    const review = edited();
    const [line] = exportLines('native', review);
    expect(NativeLineSchema.parse(JSON.parse(line!))).toEqual(review);
    expect(JSON.parse(line!).context).toBe(ASKED);
  });

  it('only TRL formats change with the conversational form', () => {
    const review = edited();
    for (const format of ['csv', 'native', 'chat', 'preference'] as const)
      expect(exportLines(format, review, 'conversational')).toEqual(exportLines(format, review));
    for (const format of ['trl', 'unpaired'] as const) {
      for (const line of parsed(exportLines(format, review, 'conversational')))
        CONVERSATIONAL_LINE_SCHEMAS[format].parse(line);
      for (const line of parsed(exportLines(format, review)))
        EXPORT_LINE_SCHEMAS[format].parse(line);
    }
  });

  it('the schemas refuse a line missing its answer', () => {
    expect(TrlLineSchema.safeParse({ prompt: 'p', chosen: '', rejected: 'r' }).success).toBe(false);
    expect(
      ChatFineTuningLineSchema.safeParse({ messages: [{ role: 'user', content: 'x' }] }).success,
    ).toBe(false);
  });

  it('decides which reviews go into which dataset', () => {
    const approved = finishedReview('approve', ENDED);
    const sentReject = finishedReview('reject', ENDED, { draftText: DRAFT, sentText: SENT });
    const starred = finishedReview('approve', ENDED, { starred: true });
    const unchanged = finishedReview('edit', ENDED, { draftText: DRAFT, sentText: DRAFT });
    const cases = [
      [approved, { csv: true, native: true, pack: false, chat: false, unpaired: true }],
      [edited(), { csv: true, chat: true, preference: true, trl: true, unpaired: true }],
      [sentReject, { chat: true, trl: true, unpaired: true }],
      [discarded(), { chat: false, preference: false, trl: false, unpaired: true }],
      [unchanged, { chat: true, preference: false, trl: false, unpaired: true }],
      [starred, { pack: true, chat: false }],
      [openReview(), { csv: false, native: false, chat: false, unpaired: false }],
    ] as const;
    for (const [review, expected] of cases) {
      for (const [format, eligible] of Object.entries(expected)) {
        expect(tuningEligible(review, format as never), `${review.outcome} ${format}`).toBe(
          eligible,
        );
      }
    }
  });
});
