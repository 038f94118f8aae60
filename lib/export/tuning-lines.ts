import * as z from 'zod/mini';
import type { Review } from '../review/review-schema';
import { buildPrompt, EXPORT_SYSTEM_PROMPT } from './prompt';

// One JSON line per review for each fine-tuning format. Each function expects a review that
// `tuningEligible` accepted for its format; the schemas are what a consumer checks a line against.

const text = z.string().check(z.minLength(1));
const turn = <R extends string>(role: R) => z.object({ role: z.literal(role), content: text });

/** OpenAI chat fine-tuning: the sent e-mail is the assistant turn the model should learn. */
export const ChatFineTuningLineSchema = z.object({
  messages: z.tuple([turn('system'), turn('user'), turn('assistant')]),
});
export type ChatFineTuningLine = z.infer<typeof ChatFineTuningLineSchema>;

/** OpenAI preference (DPO) fine-tuning: sent preferred over the AI draft. */
export const PreferenceLineSchema = z.object({
  input: z.object({ messages: z.tuple([turn('system'), turn('user')]) }),
  preferred_output: z.tuple([turn('assistant')]),
  non_preferred_output: z.tuple([turn('assistant')]),
});
export type PreferenceLine = z.infer<typeof PreferenceLineSchema>;

/** Hugging Face TRL preference dataset, standard (string) form. */
export const TrlLineSchema = z.object({ prompt: text, chosen: text, rejected: text });
export type TrlLine = z.infer<typeof TrlLineSchema>;

/** TRL unpaired preference (KTO): a completion with a thumbs-up or -down. */
export const UnpairedLineSchema = z.object({ prompt: text, completion: text, label: z.boolean() });
export type UnpairedLine = z.infer<typeof UnpairedLineSchema>;

function sentOf(review: Review): string {
  if (review.sentText === null) throw new Error(`Review ${review.id} was not sent: not paired.`);
  return review.sentText;
}

export function chatFineTuningRecord(review: Review): ChatFineTuningLine {
  return {
    messages: [
      { role: 'system', content: EXPORT_SYSTEM_PROMPT },
      { role: 'user', content: buildPrompt(review) },
      { role: 'assistant', content: sentOf(review) },
    ],
  };
}

export function preferenceRecord(review: Review): PreferenceLine {
  return {
    input: {
      messages: [
        { role: 'system', content: EXPORT_SYSTEM_PROMPT },
        { role: 'user', content: buildPrompt(review) },
      ],
    },
    preferred_output: [{ role: 'assistant', content: sentOf(review) }],
    non_preferred_output: [{ role: 'assistant', content: review.draftText }],
  };
}

export function trlRecord(review: Review): TrlLine {
  return { prompt: buildPrompt(review), chosen: sentOf(review), rejected: review.draftText };
}

/** A discarded draft: the CSM judged it not worth sending at all. */
export function unpairedRecord(review: Review): UnpairedLine {
  return { prompt: buildPrompt(review), completion: review.draftText, label: false };
}

export const toChatFineTuningLine = (review: Review) =>
  JSON.stringify(chatFineTuningRecord(review));
export const toPreferenceLine = (review: Review) => JSON.stringify(preferenceRecord(review));
export const toTrlLine = (review: Review) => JSON.stringify(trlRecord(review));
export const toUnpairedLine = (review: Review) => JSON.stringify(unpairedRecord(review));
