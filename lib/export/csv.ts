import * as z from 'zod/mini';
import type { Review } from '../review/review-schema';

// One row per review. Spreadsheets run a cell starting with = + - @ (or a tab / carriage return,
// which some strip first) as a formula: such cells get a leading apostrophe, the OWASP advice.

type Cell = string | number | boolean | null;

const iso = (at: number | null) => (at === null ? '' : new Date(at).toISOString());
const minutes = (ms: number | null) => (ms === null ? '' : (ms / 60_000).toFixed(2));
const ratio = (value: number | undefined) => (value === undefined ? '' : value.toFixed(4));

const COLUMNS: readonly (readonly [string, (review: Review) => Cell])[] = [
  ['id', (r) => r.id],
  ['site', (r) => r.site],
  ['source', (r) => r.source],
  ['status', (r) => r.status],
  ['draft_seen_at', (r) => iso(r.draftSeenAt)],
  ['ended_at', (r) => iso(r.endedAt)],
  ['end_reason', (r) => r.endReason],
  ['task_type', (r) => r.taskType],
  ['task_type_source', (r) => r.taskTypeSource],
  ['outcome', (r) => r.outcome],
  ['outcome_source', (r) => r.outcomeSource],
  ['reject_reason', (r) => r.rejectReason],
  ['draft_words', (r) => r.metrics?.draftWords ?? null],
  ['sent_words', (r) => r.metrics?.sentWords ?? null],
  ['words_added', (r) => r.metrics?.wordsAdded ?? null],
  ['words_removed', (r) => r.metrics?.wordsRemoved ?? null],
  ['words_kept', (r) => r.metrics?.wordsKept ?? null],
  ['edit_rate', (r) => ratio(r.metrics?.editRate)],
  ['retention', (r) => ratio(r.metrics?.retention)],
  ['task_minutes', (r) => minutes(r.taskMs)],
  ['active_minutes', (r) => minutes(r.activeMs)],
  ['subject', (r) => r.subject],
  ['recipient_domains', (r) => r.recipientDomains.join(' ')],
  ['starred', (r) => r.starred],
  ['note', (r) => r.note],
  ['draft_text', (r) => r.draftText],
  ['sent_text', (r) => r.sentText],
];

export const CSV_COLUMNS: readonly string[] = COLUMNS.map(([name]) => name);
/** The header line (no line break). */
export const CSV_HEADER = CSV_COLUMNS.join(',');

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell as written: formula-safe, quoted when it holds a comma, quote or line break. */
export function csvCell(value: Cell): string {
  let text = value === null ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One review as one CSV record (no line break; records are joined with CRLF, RFC 4180). */
export function toCsvRow(review: Review): string {
  return COLUMNS.map(([, read]) => csvCell(read(review))).join(',');
}

const NUMBER_CELL = /^(\d+(\.\d+)?)?$/;
const NUMBER_COLUMNS = [
  'draft_words',
  'sent_words',
  'words_added',
  'words_removed',
  'words_kept',
  'edit_rate',
  'retention',
  'task_minutes',
  'active_minutes',
].map((name) => CSV_COLUMNS.indexOf(name));
const at = (name: string) => CSV_COLUMNS.indexOf(name);

/**
 * A parsed CSV record: the right number of cells, typed columns where the value is closed, and
 * no cell a spreadsheet would run as a formula.
 */
export const CsvRowSchema = z.array(z.string()).check(
  z.length(CSV_COLUMNS.length),
  z.refine((cells) => cells.every((text) => !FORMULA_START.test(text)), 'formula-like cell'),
  z.refine((cells) => z.uuid().safeParse(cells[at('id')]).success, 'id is not a uuid'),
  z.refine((cells) => /^(approve|edit|reject|)$/.test(cells[at('outcome')] ?? '-'), 'outcome'),
  z.refine((cells) => /^(true|false)$/.test(cells[at('starred')] ?? ''), 'starred'),
  z.refine((cells) => NUMBER_COLUMNS.every((i) => NUMBER_CELL.test(cells[i] ?? '-')), 'numbers'),
);
