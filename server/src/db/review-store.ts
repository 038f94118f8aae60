import { getTableColumns, inArray, sql } from 'drizzle-orm';
import type { ReviewResult, WireReview } from '../../../lib/sync/wire-format';
import type { Db } from './open-db';
import { deleteToRow, upsertToRow, type ReviewInsert } from './review-rows';
import { reviews } from './schema';
import { refreshScorecard, type Moved } from '../scorecard/scorecard-refresh';

const COLUMNS = Object.entries(getTableColumns(reviews)).map(([key, column]) => ({
  key: key as keyof ReviewInsert,
  name: column.name,
}));

/** Every column a newer revision replaces: all but the key and the owner. */
const REPLACED = sql.raw(
  COLUMNS.filter(({ name }) => name !== 'id' && name !== 'csm_id')
    .map(({ name }) => `"${name}" = excluded."${name}"`)
    .join(', '),
);

/**
 * Rows as one JSON parameter expanded by jsonb_populate_recordset: one parameter instead of 31 per
 * review, which keeps building a 500-review statement cheap (a generated multi-row VALUES costs
 * more in the query builder than in the database).
 */
function asJson(rows: ReviewInsert[]): string {
  return JSON.stringify(
    rows.map((row) => Object.fromEntries(COLUMNS.map(({ key, name }) => [name, row[key] ?? null]))),
  );
}

/**
 * Stores one batch in one transaction and says what happened to every id. A review is kept once
 * per id: a revision at or below the stored one changes nothing (`duplicate`), so a batch sent
 * again after a lost response is harmless. The conditional upsert re-checks owner and revision in
 * SQL, so two concurrent batches cannot let an older revision win.
 */
export async function storeBatch(
  db: Db,
  batch: readonly WireReview[],
  now = Date.now(),
): Promise<ReviewResult[]> {
  try {
    return await storeTogether(db, batch, now);
  } catch (error) {
    if (!isDataError(error)) throw error;
    // One value the database refuses must not fail the others: each review alone, and the
    // one that still fails is named, for good (sending it again cannot help).
    const results: ReviewResult[] = [];
    for (const review of batch) {
      try {
        results.push(...(await storeTogether(db, [review], now)));
      } catch (alone) {
        if (!isDataError(alone)) throw alone;
        results.push({
          id: review.id,
          revision: review.revision,
          status: 'rejected',
          reason: 'not-storable: the database refused a value of this review',
        });
      }
    }
    return results;
  }
}

/**
 * SQLSTATE class 22 (data exception): a value out of range, bad text and the like. Drizzle wraps
 * the driver's error, so the code may sit on `cause`.
 */
function isDataError(error: unknown): boolean {
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (String((e as { code?: unknown }).code ?? '').startsWith('22')) return true;
  }
  return false;
}

async function storeTogether(
  db: Db,
  batch: readonly WireReview[],
  now: number,
): Promise<ReviewResult[]> {
  // The same id twice in one batch: the highest revision speaks for it.
  const newest = new Map<string, WireReview>();
  for (const review of batch) {
    const seen = newest.get(review.id);
    if (!seen || seen.revision < review.revision) newest.set(review.id, review);
  }
  return db.transaction(async (tx) => {
    const ids = [...newest.keys()];
    const existing = await tx
      .select({
        id: reviews.id,
        csmId: reviews.csmId,
        revision: reviews.revision,
        endedAt: reviews.endedAt,
      })
      .from(reviews)
      .where(inArray(reviews.id, ids));
    const stored = new Map(existing.map((row) => [row.id, row]));

    const rows: ReviewInsert[] = [];
    const results = new Map<WireReview, ReviewResult>();
    for (const review of newest.values()) {
      const prev = stored.get(review.id);
      const base = { id: review.id, revision: review.revision };
      if (prev && prev.csmId !== review.csmId) {
        results.set(review, { ...base, status: 'rejected', reason: 'id-belongs-to-another-csm' });
      } else if (prev && prev.revision >= review.revision) {
        results.set(review, { ...base, status: 'duplicate' });
      } else {
        rows.push(review.op === 'upsert' ? upsertToRow(review, now) : deleteToRow(review, now));
        results.set(review, { ...base, status: 'accepted' });
      }
    }
    const written = new Set<string>();
    for (let i = 0; i < rows.length; i += 500) {
      const result = (await tx.execute(sql`
        insert into reviews
        select * from jsonb_populate_recordset(null::reviews, ${asJson(rows.slice(i, i + 500))}::jsonb)
        on conflict (id) do update set ${REPLACED}
        where reviews.revision < excluded.revision and reviews.csm_id = excluded.csm_id
        returning id`)) as unknown as { rows: { id: string }[] };
      for (const row of result.rows) written.add(row.id);
    }
    // The scorecard moves with the reviews, in this transaction: both weeks of a review whose
    // new revision changed its end, from the reviews themselves.
    const moved: Moved[] = [];
    for (const row of rows) {
      if (!written.has(row.id)) continue;
      moved.push({ csmId: row.csmId, endedAt: row.endedAt ?? null });
      const prev = stored.get(row.id);
      if (prev) moved.push({ csmId: prev.csmId, endedAt: prev.endedAt });
    }
    await refreshScorecard(tx, moved);
    return batch.map((review) => {
      const result = results.get(review);
      if (!result) return { id: review.id, revision: review.revision, status: 'duplicate' };
      // Lost a race with a concurrent newer revision: stored state is newer, nothing changed.
      if (result.status === 'accepted' && !written.has(review.id)) {
        return { ...result, status: 'duplicate' };
      }
      return result;
    });
  });
}
