import type * as z from 'zod/mini';
import type { Review } from '../review/review-schema';
import { toCsvRow } from './csv';
import { tuningEligible } from './eligibility';
import { NativeLineSchema, toNativeLine } from './native';
import {
  chatFineTuningRecord,
  preferenceRecord,
  trlConversationalRecord,
  trlRecord,
  unpairedConversationalRecords,
  unpairedRecords,
} from './tuning-lines';
import {
  ChatFineTuningLineSchema,
  PreferenceLineSchema,
  TrlConversationalLineSchema,
  TrlLineSchema,
  UnpairedConversationalLineSchema,
  UnpairedLineSchema,
} from './tuning-schemas';

export type LineFormat = 'csv' | 'native' | 'chat' | 'preference' | 'trl' | 'unpaired';

/**
 * TRL takes each dataset type as plain strings (`standard`) or as lists of `{role, content}`
 * messages (`conversational`, chat-templated by the trainer). The OpenAI sets are messages only.
 */
export const LINE_FORMS = ['standard', 'conversational'] as const;
export type LineForm = (typeof LINE_FORMS)[number];
export const CONVERSATIONAL_FORMATS = ['trl', 'unpaired'] as const;
export type ConversationalFormat = (typeof CONVERSATIONAL_FORMATS)[number];

export function hasConversationalForm(format: string): format is ConversationalFormat {
  return (CONVERSATIONAL_FORMATS as readonly string[]).includes(format);
}

const json =
  <T>(build: (review: Review) => T) =>
  (review: Review) => [JSON.stringify(build(review))];
const jsonEach =
  <T>(build: (review: Review) => T[]) =>
  (review: Review) =>
    build(review).map((line) => JSON.stringify(line));

const WRITERS: Record<LineFormat, (review: Review) => string[]> = {
  csv: (review) => [toCsvRow(review)],
  native: (review) => [toNativeLine(review)],
  chat: json(chatFineTuningRecord),
  preference: json(preferenceRecord),
  trl: json(trlRecord),
  unpaired: jsonEach(unpairedRecords),
};

const CONVERSATIONAL_WRITERS: Record<ConversationalFormat, (review: Review) => string[]> = {
  trl: json(trlConversationalRecord),
  unpaired: jsonEach(unpairedConversationalRecords),
};

/**
 * Every line (or CSV record) one review gives in a format: none when the format does not take it,
 * two for an edit in the unpaired set. The popup and the team backend both write with this, so
 * the same reviews give the same lines on both sides.
 */
export function exportLines(
  format: LineFormat,
  review: Review,
  form: LineForm = 'standard',
): string[] {
  if (!tuningEligible(review, format)) return [];
  if (form === 'conversational' && hasConversationalForm(format))
    return CONVERSATIONAL_WRITERS[format](review);
  return WRITERS[format](review);
}

/** The schema each JSONL line parses against (CSV records: `CsvRowSchema` after `parseCsv`). */
export const EXPORT_LINE_SCHEMAS = {
  native: NativeLineSchema,
  chat: ChatFineTuningLineSchema,
  preference: PreferenceLineSchema,
  trl: TrlLineSchema,
  unpaired: UnpairedLineSchema,
} as const satisfies Record<Exclude<LineFormat, 'csv'>, z.ZodMiniType>;

export const CONVERSATIONAL_LINE_SCHEMAS = {
  trl: TrlConversationalLineSchema,
  unpaired: UnpairedConversationalLineSchema,
} as const satisfies Record<ConversationalFormat, z.ZodMiniType>;
