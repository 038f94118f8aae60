import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import type { Review } from '../../../lib/review/review-schema';

/** `count` finished reviews as the review service stores them, unique text per review. */
export function finishedReviews(count: number, now = Date.now()): Review[] {
  return Array.from({ length: count }, (_, i) => {
    const endedAt = now - 3_600_000 + i * 1000;
    const draft = `Hi team ${i}, here is the renewal summary we discussed on the call.`;
    const day = new Date(endedAt).toISOString().slice(0, 10);
    return {
      id: randomUUID(),
      site: 'gmail',
      source: 'paste',
      status: 'finished',
      draftSeenAt: endedAt - 600_000,
      updatedAt: endedAt,
      endedAt,
      endReason: 'sent',
      activeMs: 60_000,
      keystrokes: 10,
      taskMs: 600_000,
      subject: `Renewal ${i}`,
      recipientDomains: ['acme.com'],
      recipientAddresses: [],
      taskType: 'renewal',
      taskTypeSource: 'guessed',
      outcome: 'approve',
      outcomeSource: 'computed',
      metrics: {
        draftWords: 12,
        sentWords: 12,
        wordsAdded: 0,
        wordsRemoved: 0,
        wordsKept: 12,
        editRate: 0,
        retention: 1,
        diffMode: 'word',
        spacingOnly: false,
      },
      draftText: draft,
      currentText: draft,
      sentText: draft,
      rejectReason: null,
      starred: false,
      note: '',
      revision: 1,
      captureSeq: 3,
      day,
      week: day,
      sentWeek: day,
    } satisfies Review;
  });
}

/**
 * Stores reviews with their outbox entries in one transaction of the extension's real IndexedDB,
 * from an extension page that has opened the database (so its schema exists).
 */
export async function seedQueued(page: Page, reviews: readonly Review[]): Promise<void> {
  await page.evaluate(
    (rows) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('redline');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['reviews', 'outbox'], 'readwrite');
          for (const review of rows) {
            tx.objectStore('reviews').put(review);
            tx.objectStore('outbox').add({
              reviewId: review.id,
              revision: review.revision,
              op: 'upsert',
              queuedAt: Date.now(),
            });
          }
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    reviews,
  );
}

/** Points the extension at a backend the way the options page saves it. */
export async function configureSync(
  page: Page,
  settings: { endpoint: string; token: string; csmId: string },
): Promise<void> {
  await page.evaluate(
    ({ endpoint, token, csmId }) =>
      chrome.storage.local.set({
        syncSettings: { endpoint, csmId, csmName: csmId },
        syncToken: token,
      }),
    settings,
  );
}
