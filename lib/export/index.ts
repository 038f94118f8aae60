// Redline's exports: one pure function from a stored review to one line (or row) of each format,
// and one zod/mini schema per line format. The popup builds downloads from these; the team
// backend imports the same module for its tuning exports.
export { CSV_COLUMNS, CSV_HEADER, CsvRowSchema, csvCell, toCsvRow } from './csv';
export { parseCsv } from './csv-parse';
export { EXPORT_FORMATS, PAIRED_FORMATS, tuningEligible, type ExportFormat } from './eligibility';
export { NativeLineSchema, toNativeLine } from './native';
export { OneOnOnePackSchema, PACK_TITLE, toOneOnOnePack } from './one-on-one-pack';
export { buildPrompt, EXPORT_SYSTEM_PROMPT, TASK_TYPE_LABELS } from './prompt';
export { sameAfterNormalisation } from './same-text';
export {
  chatFineTuningRecord,
  judgedCompletions,
  preferenceRecord,
  trlConversationalRecord,
  trlRecord,
  unpairedConversationalRecords,
  unpairedRecords,
  type JudgedCompletion,
} from './tuning-lines';
export {
  ChatFineTuningLineSchema,
  PreferenceLineSchema,
  TrlConversationalLineSchema,
  TrlLineSchema,
  UnpairedConversationalLineSchema,
  UnpairedLineSchema,
  type ChatFineTuningLine,
  type PreferenceLine,
  type TrlConversationalLine,
  type TrlLine,
  type UnpairedConversationalLine,
  type UnpairedLine,
} from './tuning-schemas';
export {
  CONVERSATIONAL_FORMATS,
  CONVERSATIONAL_LINE_SCHEMAS,
  EXPORT_LINE_SCHEMAS,
  LINE_FORMS,
  exportLines,
  hasConversationalForm,
  type ConversationalFormat,
  type LineForm,
  type LineFormat,
} from './line-formats';
