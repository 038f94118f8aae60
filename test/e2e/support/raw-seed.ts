import type { Page } from '@playwright/test';
import type { AccountActivity, DayStats } from '../../../lib/db/records';
import type { Review } from '../../../lib/review/review-schema';

/** The running aggregates the background keeps, computed for a bulk-seeded set of reviews. */
export function aggregatesOf(reviews: readonly Review[]): {
  days: DayStats[];
  accounts: AccountActivity[];
} {
  const days = new Map<string, DayStats>();
  const accounts = new Map<string, AccountActivity>();
  for (const review of reviews) {
    if (review.status !== 'finished') continue;
    if (review.outcome && review.day) {
      const row = days.get(review.day) ?? { day: review.day, approve: 0, edit: 0, reject: 0 };
      row[review.outcome] += 1;
      days.set(review.day, row);
    }
    if (review.sentText !== null && review.endedAt !== null) {
      for (const domain of review.recipientDomains) {
        const lastAt = Math.max(accounts.get(domain)?.lastAt ?? 0, review.endedAt);
        accounts.set(domain, { domain, lastAt });
      }
    }
  }
  return { days: [...days.values()], accounts: [...accounts.values()] };
}

/**
 * Test-only bulk seeding of the extension's real IndexedDB, from an extension page with the raw
 * IndexedDB API (nothing of it ships in the build). The page must have opened the database first
 * so its schema exists. Thousands of reviews a call; call in chunks.
 */
export async function putRaw(page: Page, store: string, rows: readonly unknown[]): Promise<void> {
  // A JSON string crosses the protocol far faster than an array of objects.
  await page.evaluate(
    ([store, json]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('redline');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          // Relaxed: a test seed need not wait for each chunk to reach the disk.
          const tx = db.transaction(store, 'readwrite', { durability: 'relaxed' });
          const os = tx.objectStore(store);
          for (const row of JSON.parse(json) as unknown[]) os.put(row);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [store, JSON.stringify(rows)] as const,
  );
}

export async function seedReviews(
  page: Page,
  reviews: readonly Review[],
  chunk = 5_000,
): Promise<void> {
  for (let i = 0; i < reviews.length; i += chunk)
    await putRaw(page, 'reviews', reviews.slice(i, i + chunk));
  const { days, accounts } = aggregatesOf(reviews);
  await putRaw(page, 'dayStats', days);
  await putRaw(page, 'accounts', accounts);
}
