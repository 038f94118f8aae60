import type * as z from 'zod/mini';
import type { Review } from '../review/review-schema';
import { toCsvRow } from './csv';
import { NativeLineSchema, toNativeLine } from './native';
import {
  ChatFineTuningLineSchema,
  PreferenceLineSchema,
  toChatFineTuningLine,
  toPreferenceLine,
  toTrlLine,
  toUnpairedLine,
  TrlLineSchema,
  UnpairedLineSchema,
} from './tuning-lines';

export type LineFormat = 'csv' | 'native' | 'chat' | 'preference' | 'trl' | 'unpaired';

const WRITERS: Record<LineFormat, (review: Review) => string> = {
  csv: toCsvRow,
  native: toNativeLine,
  chat: toChatFineTuningLine,
  preference: toPreferenceLine,
  trl: toTrlLine,
  unpaired: toUnpairedLine,
};

/** One review as one line (or CSV record) of a line-per-review format. */
export function toExportLine(format: LineFormat, review: Review): string {
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
