import type { RedlineDb } from '../db/redline-db';
import type { StoredReview } from '../db/records';
import { CSV_HEADER } from '../export/csv';
import { tuningEligible, type ExportFormat } from '../export/eligibility';
import { toExportLine } from '../export/line-formats';
import { toOneOnOnePack } from '../export/one-on-one-pack';
import { dayKey } from '../time/calendar';

export interface ExportFile {
  filename: string;
  blob: Blob;
  /** Reviews in the file. */
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
 * the Blob as separate parts, so a year of reviews is never one giant string.
 */
export async function buildExport(
  db: RedlineDb,
  format: ExportFormat,
  now: number,
): Promise<ExportFile> {
  const picked: StoredReview[] = [];
  const parts: string[] = [];
  await db.reviews.orderBy('endedAt').each((review) => {
    if (!tuningEligible(review, format)) return;
    if (format === 'pack') picked.push(review);
    else parts.push(`${toExportLine(format, review)}${format === 'csv' ? '\r\n' : '\n'}`);
  });
  if (format === 'csv') parts.unshift(`${UTF8_BOM}${CSV_HEADER}\r\n`);
  if (format === 'pack') parts.push(toOneOnOnePack(picked, now));
  const [name, extension, type] = NAMES[format];
  return {
    filename: `redline-${name}-${dayKey(now)}.${extension}`,
    blob: new Blob(parts, { type: `${type};charset=utf-8` }),
    count: format === 'pack' ? picked.length : parts.length - (format === 'csv' ? 1 : 0),
  };
}
