// Redline's exports: one pure function from a stored review to one line (or row) of each format,
// and one zod/mini schema per line format. The popup builds downloads from these; the team
// backend imports the same module for its tuning exports.
export { CSV_COLUMNS, CSV_HEADER, CsvRowSchema, csvCell, toCsvRow } from './csv';
export { parseCsv } from './csv-parse';
export { EXPORT_FORMATS, PAIRED_FORMATS, tuningEligible, type ExportFormat } from './eligibility';
export { NativeLineSchema, toNativeLine } from './native';
export { OneOnOnePackSchema, PACK_TITLE, toOneOnOnePack } from './one-on-one-pack';
export { buildPrompt, EXPORT_SYSTEM_PROMPT, TASK_TYPE_LABELS } from './prompt';
export {
  ChatFineTuningLineSchema,
  PreferenceLineSchema,
  TrlLineSchema,
  UnpairedLineSchema,
  chatFineTuningRecord,
  preferenceRecord,
  toChatFineTuningLine,
  toPreferenceLine,
  toTrlLine,
  toUnpairedLine,
  trlRecord,
  unpairedRecord,
  type ChatFineTuningLine,
  type PreferenceLine,
  type TrlLine,
  type UnpairedLine,
} from './tuning-lines';
export { EXPORT_LINE_SCHEMAS, toExportLine, type LineFormat } from './line-formats';
