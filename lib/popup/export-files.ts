import type { RedlineDb } from '../db/redline-db';
import type { StoredReview } from '../db/records';
import { CSV_HEADER } from '../export/csv';
import { tuningEligible, type ExportFormat } from '../export/eligibility';
import { exportLines, hasConversationalForm, type LineForm } from '../export/line-formats';
import { toOneOnOnePack } from '../export/one-on-one-pack';
import { dayKey } from '../time/calendar';

export interface ExportFile {
  filename: string;
  blob: Blob;
  /** Lines (CSV records, starred examples) in the file: an edit gives two unpaired lines. */
  count: number;
}

const NAMES: Record<ExportFormat, [string, string, string]> = {
  csv: ['reviews', 'csv', 'text/csv'],
  native: ['reviews', 'jsonl', 'application/jsonl'],
  pack: ['1on1-examples', 'md', 'text/markdown'],
  chat: ['openai-chat-finetune', 'jsonl', 'application/jsonl'],
  preference: ['openai-preference', 'jsonl', 'application/jsonl'],
  trl: ['trl-preference', 'jsonl', 'application/jsonl'],
  unpaired: ['trl-unpaired', 'jsonl', 'application/jsonl'],
};

/** Excel reads a CSV without a byte-order mark as a legacy code page and garbles accents. */
const UTF8_BOM = '\uFEFF';

/**
 * Builds one export file from every finished review the format takes, oldest first. Lines go into
 * the Blob as separate parts, so a year of reviews is never one giant string. `form` picks TRL's
 * conversational form for the formats that have one; the others ignore it.
 */
export async function buildExport(
  db: RedlineDb,
  format: ExportFormat,
  now: number,
  form: LineForm = 'standard',
): Promise<ExportFile> {
  const picked: StoredReview[] = [];
  const parts: string[] = [];
  const end = format === 'csv' ? '\r\n' : '\n';
  await db.reviews.orderBy('endedAt').each((review) => {
    if (format === 'pack') {
      if (tuningEligible(review, format)) picked.push(review);
      return;
    }
    for (const line of exportLines(format, review, form)) parts.push(`${line}${end}`);
  });
  if (format === 'csv') parts.unshift(`${UTF8_BOM}${CSV_HEADER}\r\n`);
  if (format === 'pack') parts.push(toOneOnOnePack(picked, now));
  const [name, extension, type] = NAMES[format];
  const formName =
    form === 'conversational' && hasConversationalForm(format) ? '-conversational' : '';
  return {
    filename: `redline-${name}${formName}-${dayKey(now)}.${extension}`,
    blob: new Blob(parts, { type: `${type};charset=utf-8` }),
    count: format === 'pack' ? picked.length : parts.length - (format === 'csv' ? 1 : 0),
  };
}
