import { describe, expect, it } from 'vitest';
import {
  buildPrompt,
  ChatFineTuningLineSchema,
  NativeLineSchema,
  PreferenceLineSchema,
  toChatFineTuningLine,
  toNativeLine,
  toPreferenceLine,
  toTrlLine,
  toUnpairedLine,
  TrlLineSchema,
  tuningEligible,
  UnpairedLineSchema,
} from '@/lib/export';
import { finishedReview, openReview } from '../support/review-factory';

const ENDED = new Date(2026, 10, 20, 15).getTime();
const DRAFT = 'Hi Ana, here is the agenda for our review.';
const SENT = 'Hi Ana, attached is the QBR deck; the agenda is on slide 2.';

const edited = () =>
  finishedReview('edit', ENDED, { subject: 'Q3 QBR', draftText: DRAFT, sentText: SENT });
const discarded = () => finishedReview('reject', ENDED, { draftText: DRAFT, sentText: null });

describe('tuning exports', () => {
  it('builds the prompt from task type and subject only, never recipients', () => {
    const review = { ...edited(), recipientDomains: ['acme.com'] };
    const prompt = buildPrompt(review);
    expect(prompt).toContain('QBR prep');
    expect(prompt).toContain('Subject: Q3 QBR');
    expect(prompt).not.toContain('acme');
    expect(buildPrompt({ taskType: 'risk', subject: ' ', thread: 'Earlier: hello' })).toBe(
      'Write a risk one-pager e-mail.\n\nThread so far:\nEarlier: hello',
    );
  });

  it('chat fine-tuning puts the sent text in the assistant turn', () => {
    const line = JSON.parse(toChatFineTuningLine(edited()));
    expect(ChatFineTuningLineSchema.parse(line).messages[2]).toEqual({
      role: 'assistant',
      content: SENT,
    });
  });

  it('preference lines prefer the sent text over the draft', () => {
    const line = PreferenceLineSchema.parse(JSON.parse(toPreferenceLine(edited())));
    expect(line.preferred_output[0].content).toBe(SENT);
    expect(line.non_preferred_output[0].content).toBe(DRAFT);
    expect(line.input.messages[1].content).toContain('Subject: Q3 QBR');
  });

  it('TRL lines choose the sent text and reject the draft', () => {
    const line = TrlLineSchema.parse(JSON.parse(toTrlLine(edited())));
    expect([line.chosen, line.rejected]).toEqual([SENT, DRAFT]);
  });

  it('unpaired lines label a discarded draft as bad', () => {
    const line = UnpairedLineSchema.parse(JSON.parse(toUnpairedLine(discarded())));
    expect(line).toMatchObject({ completion: DRAFT, label: false });
  });

  it('native lines are the stored review', () => {
    const review = edited();
    expect(NativeLineSchema.parse(JSON.parse(toNativeLine(review)))).toEqual(review);
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
    const cases = [
      [approved, { csv: true, native: true, pack: false, chat: false, unpaired: false }],
      [edited(), { csv: true, chat: true, preference: true, trl: true, unpaired: false }],
      [sentReject, { chat: true, trl: true, unpaired: false }],
      [discarded(), { chat: false, preference: false, trl: false, unpaired: true }],
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
