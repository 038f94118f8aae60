import { expect, type Worker } from '@playwright/test';
import type { Review } from '../../../lib/review/review-schema';

/** Every stored review, read from the extension's real IndexedDB inside its service worker. */
export function storedReviews(worker: Worker): Promise<Review[]> {
  return worker.evaluate(
    () =>
      new Promise<Review[]>((resolve, reject) => {
        const open = indexedDB.open('redline');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('reviews')) {
            db.close();
            resolve([]);
            return;
          }
          const request = db.transaction('reviews').objectStore('reviews').getAll();
          request.onsuccess = () => {
            db.close();
            resolve(request.result as Review[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

/** Waits until `count` reviews are finished, then returns every stored review. */
export async function finishedReviews(worker: Worker, count = 1): Promise<Review[]> {
  await expect
    .poll(async () => (await storedReviews(worker)).filter((r) => r.status === 'finished').length)
    .toBe(count);
  return storedReviews(worker);
}
