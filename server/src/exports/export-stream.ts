import { Readable } from 'node:stream';
import { and, asc, eq, gte, lt, not, sql, type SQL } from 'drizzle-orm';
import { exportLines, type LineForm } from '../../../lib/export';
import type { Db } from '../db/open-db';
import { rowToWire, type ReviewRow } from '../db/review-rows';
import { reviews } from '../db/schema';
import { wireToReview } from './wire-to-review';

export const JSONL_FORMATS = ['native', 'chat', 'preference', 'trl', 'unpaired'] as const;
export type JsonlFormat = (typeof JSONL_FORMATS)[number];

export interface ExportFilter {
  csmId: string | null;
  /** Epoch ms, endedAt in [from, to). */
  from: number | null;
  to: number | null;
}

/**
 * The export as a stream of JSONL chunks, one page of reviews at a time by keyset pagination on
 * (ended_at, id): memory stays at one page whatever the size of the team's history, and the
 * next page is read only when the client has taken the previous one (Readable.from pulls).
 */
export function exportStream(
  db: Db,
  format: JsonlFormat,
  filter: ExportFilter,
  { form = 'standard', pageSize = 1000 }: { form?: LineForm; pageSize?: number } = {},
): Readable {
  const base: SQL[] = [not(reviews.deleted)];
  if (filter.csmId) base.push(eq(reviews.csmId, filter.csmId));
  if (filter.from !== null) base.push(gte(reviews.endedAt, filter.from));
  if (filter.to !== null) base.push(lt(reviews.endedAt, filter.to));

  async function* pages(): AsyncGenerator<string> {
    let after: { endedAt: number; id: string } | null = null;
    for (;;) {
      const where: SQL[] = after
        ? [...base, sql`(${reviews.endedAt}, ${reviews.id}) > (${after.endedAt}, ${after.id})`]
        : base;
      const rows: ReviewRow[] = await db
        .select()
        .from(reviews)
        .where(and(...where))
        .orderBy(asc(reviews.endedAt), asc(reviews.id))
        .limit(pageSize);
      if (rows.length === 0) return;
      let chunk = '';
      for (const row of rows) {
        const wire = rowToWire(row);
        if (!wire) continue;
        const review = wireToReview(wire);
        for (const line of exportLines(format, review, form)) chunk += `${line}\n`;
      }
      if (chunk) yield chunk;
      const last: ReviewRow = rows[rows.length - 1]!;
      after = { endedAt: last.endedAt!, id: last.id };
    }
  }
  return Readable.from(pages(), { objectMode: false });
}
