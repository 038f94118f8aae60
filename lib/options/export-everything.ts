import type { RedlineDb } from '../db/redline-db';
import { toNativeLine } from '../export/native';
import { dayKey } from '../time/calendar';

/**
 * Every stored review, open ones included, as native JSONL (the record Redline keeps), oldest
 * first: the CSM's full copy before a "delete everything" or a move to another browser.
 */
export async function exportEverything(
  db: RedlineDb,
  now: number,
): Promise<{ filename: string; blob: Blob; count: number }> {
  const parts: string[] = [];
  await db.reviews.orderBy('draftSeenAt').each((review) => {
    parts.push(`${toNativeLine(review)}\n`);
  });
  return {
    filename: `redline-everything-${dayKey(now)}.jsonl`,
    blob: new Blob(parts, { type: 'application/jsonl;charset=utf-8' }),
    count: parts.length,
  };
}
