import type { RedlineDb } from '../db/redline-db';
import type { StoredReview } from '../db/records';
import type { Outcome } from '../review/vocabulary';

// Running aggregates kept beside the reviews, changed in the same transaction as the review, so
// the popup's windows read a few dozen small rows instead of scanning years of reviews.

function counted(review: StoredReview | undefined): { day: string; outcome: Outcome } | null {
  if (!review || review.status !== 'finished' || !review.outcome || !review.day) return null;
  return { day: review.day, outcome: review.outcome };
}

function wentOut(review: StoredReview | undefined): boolean {
  return review?.status === 'finished' && review.sentText !== null;
}

async function bumpDay(db: RedlineDb, day: string, outcome: Outcome, by: 1 | -1): Promise<void> {
  const row = (await db.dayStats.get(day)) ?? { day, approve: 0, edit: 0, reject: 0 };
  row[outcome] = Math.max(0, row[outcome] + by);
  if (row.approve + row.edit + row.reject === 0) await db.dayStats.delete(day);
  else await db.dayStats.put(row);
}

/** Recomputes a domain's last AI-assisted send from the reviews that remain. */
async function refreshAccount(db: RedlineDb, domain: string): Promise<void> {
  let lastAt = -1;
  await db.reviews
    .where('recipientDomains')
    .equals(domain)
    .each((review) => {
      if (wentOut(review) && review.endedAt !== null) lastAt = Math.max(lastAt, review.endedAt);
    });
  if (lastAt < 0) await db.accounts.delete(domain);
  else await db.accounts.put({ domain, lastAt });
}

/** Must run inside a read-write transaction over reviews, dayStats and accounts. */
export async function updateAggregates(
  db: RedlineDb,
  prev: StoredReview | undefined,
  next: StoredReview | undefined,
): Promise<void> {
  const before = counted(prev);
  const after = counted(next);
  if (before?.day !== after?.day || before?.outcome !== after?.outcome) {
    if (before) await bumpDay(db, before.day, before.outcome, -1);
    if (after) await bumpDay(db, after.day, after.outcome, 1);
  }

  const prevDomains = wentOut(prev) ? prev!.recipientDomains : [];
  const nextDomains = wentOut(next) ? next!.recipientDomains : [];
  if (prev?.endedAt === next?.endedAt && prevDomains.join() === nextDomains.join()) return;
  if (next && wentOut(next) && prevDomains.length === 0) {
    // The common case, a fresh send: only moves lastAt forward.
    for (const domain of nextDomains) {
      const current = await db.accounts.get(domain);
      if (!current || current.lastAt < next.endedAt!) {
        await db.accounts.put({ domain, lastAt: next.endedAt! });
      }
    }
    return;
  }
  for (const domain of new Set([...prevDomains, ...nextDomains])) await refreshAccount(db, domain);
}
