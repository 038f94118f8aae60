import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RedlineDb } from '@/lib/db/redline-db';
import {
  CSV_COLUMNS,
  CsvRowSchema,
  CONVERSATIONAL_LINE_SCHEMAS,
  EXPORT_LINE_SCHEMAS,
  OneOnOnePackSchema,
  parseCsv,
} from '@/lib/export';
import { buildExport } from '@/lib/popup/export-files';
import { finishedReview, openReview } from '../support/review-factory';
import { dropDb, freshDb } from '../support/test-db';

const NOW = new Date(2026, 10, 23, 15).getTime();
const DRAFT = 'Hi Ana, here is the agenda for our review.';
let db: RedlineDb;

beforeEach(async () => {
  db = await freshDb();
  await db.reviews.bulkPut([
    finishedReview('approve', NOW - 5000),
    finishedReview('edit', NOW - 4000, { sentText: `${DRAFT} See you Monday.`, starred: true }),
    finishedReview('reject', NOW - 3000, { sentText: 'Totally different words here.' }),
    finishedReview('reject', NOW - 2000, { sentText: null }),
    openReview(),
  ]);
});
afterEach(() => dropDb(db));

describe('export files', () => {
  it('writes a CSV with a BOM, the header and one valid record per finished review', async () => {
    const file = await buildExport(db, 'csv', NOW);
    const text = await file.blob.text();
    expect(file.filename).toBe('redline-reviews-2026-11-23.csv');
    // Blob.text() drops a byte-order mark when decoding: check the bytes.
    const head = new Uint8Array(await file.blob.slice(0, 5).arrayBuffer());
    expect([...head]).toEqual([0xef, 0xbb, 0xbf, 0x69, 0x64]);
    const records = parseCsv(text);
    expect(records[0]).toEqual([...CSV_COLUMNS]);
    expect(records.slice(1).map((r) => CsvRowSchema.parse(r)[9])).toEqual([
      'approve',
      'edit',
      'reject',
      'reject',
    ]);
    expect(file.count).toBe(4);
  });

  it.each([
    ['native', 4],
    ['chat', 2],
    ['preference', 2],
    ['trl', 2],
    // approve: 1 good; edit: sent good + draft bad; two rejects: 1 bad each.
    ['unpaired', 5],
  ] as const)('writes %s JSONL with %i valid lines', async (format, count) => {
    const file = await buildExport(db, format, NOW);
    const lines = (await file.blob.text()).split('\n').filter(Boolean);
    expect(lines).toHaveLength(count);
    expect(file.count).toBe(count);
    for (const line of lines)
      expect(EXPORT_LINE_SCHEMAS[format].safeParse(JSON.parse(line)).success).toBe(true);
  });

  it.each([
    ['trl', 2],
    ['unpaired', 5],
  ] as const)('writes %s in the conversational form', async (format, count) => {
    const file = await buildExport(db, format, NOW, 'conversational');
    expect(file.filename).toMatch(/-conversational-2026-11-23\.jsonl$/);
    const lines = (await file.blob.text()).split('\n').filter(Boolean);
    expect(lines).toHaveLength(count);
    for (const line of lines) CONVERSATIONAL_LINE_SCHEMAS[format].parse(JSON.parse(line));
    const standard = await buildExport(db, format, NOW);
    expect(standard.filename).not.toContain('conversational');
  });

  it('writes the 1:1 pack of starred examples', async () => {
    const file = await buildExport(db, 'pack', NOW);
    const text = await file.blob.text();
    expect(file.filename).toBe('redline-1on1-examples-2026-11-23.md');
    expect(OneOnOnePackSchema.parse(text)).toContain('{+See you Monday.+}');
    expect(file.count).toBe(1);
  });
});
