import * as z from 'zod/mini';

// What each fine-tuning line looks like, as Redline writes it. Tests check the lines against
// schemas written independently from the OpenAI and TRL documentation as well.

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

/** TRL preference, conversational form: the prompt's turns, then one assistant turn each. */
export const TrlConversationalLineSchema = z.object({
  prompt: z.tuple([turn('system'), turn('user')]),
  chosen: z.tuple([turn('assistant')]),
  rejected: z.tuple([turn('assistant')]),
});
export type TrlConversationalLine = z.infer<typeof TrlConversationalLineSchema>;

/** TRL unpaired preference (KTO): a completion with a thumbs-up or -down. */
export const UnpairedLineSchema = z.object({ prompt: text, completion: text, label: z.boolean() });
export type UnpairedLine = z.infer<typeof UnpairedLineSchema>;

/** TRL unpaired preference, conversational form. */
export const UnpairedConversationalLineSchema = z.object({
  prompt: z.tuple([turn('system'), turn('user')]),
  completion: z.tuple([turn('assistant')]),
  label: z.boolean(),
});
export type UnpairedConversationalLine = z.infer<typeof UnpairedConversationalLineSchema>;
