import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, CSV_HEADER, CsvRowSchema, csvCell, parseCsv, toCsvRow } from '@/lib/export';
import { finishedReview } from '../support/review-factory';

const ENDED = new Date(2026, 10, 20, 15).getTime();

describe('CSV export', () => {
  it('neutralises cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-- Sam')).toBe("'-- Sam");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell(null)).toBe('');
    expect(csvCell(0.5)).toBe('0.5');
  });

  it('round-trips hostile text through quoting, one record per review', () => {
    const hostile =
      'Hi, "Ana"\r\nline two,\n=cmd|\' /C calc\'!A0\n<script>alert(1)</script> مرحبا 👋';
    const review = finishedReview('edit', ENDED, {
      subject: '=1+1, "quoted"',
      sentText: hostile,
      note: '@note',
    });
    const records = parseCsv(`${CSV_HEADER}\r\n${toCsvRow(review)}\r\n`);
    expect(records).toHaveLength(2);
    expect(records[0]).toEqual([...CSV_COLUMNS]);
    const row = records[1]!;
    expect(CsvRowSchema.safeParse(row).success).toBe(true);
    const cell = (name: string) => row[CSV_COLUMNS.indexOf(name)];
    expect(cell('sent_text')).toBe(hostile);
    expect(cell('subject')).toBe(`'=1+1, "quoted"`);
    expect(cell('note')).toBe("'@note");
    expect(cell('outcome')).toBe('edit');
    expect(cell('id')).toBe(review.id);
  });

  it('the row schema refuses a short record, a formula cell and a bad outcome', () => {
    const row = parseCsv(toCsvRow(finishedReview('approve', ENDED)))[0]!;
    expect(CsvRowSchema.safeParse(row).success).toBe(true);
    expect(CsvRowSchema.safeParse(row.slice(1)).success).toBe(false);
    const formula = [...row];
    formula[CSV_COLUMNS.indexOf('subject')] = '=evil()';
    expect(CsvRowSchema.safeParse(formula).success).toBe(false);
    const outcome = [...row];
    outcome[CSV_COLUMNS.indexOf('outcome')] = 'maybe';
    expect(CsvRowSchema.safeParse(outcome).success).toBe(false);
  });
});
