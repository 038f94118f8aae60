import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createDeleteEverythingHandler } from '@/lib/background/delete-everything';
import type { RedlineDb } from '@/lib/db/redline-db';
import { putReview, reviewTables } from '@/lib/reviews/review-writes';
import { syncStatusItem } from '@/lib/sync/sync-status';
import { generateReviews } from '../support/review-factory';
import { dropDb, freshDb } from '../support/test-db';

const OWN_ID = 'redline-test-id';
const ORIGIN = 'chrome-extension://redline-test-id';
const OPTIONS_PAGE = { id: OWN_ID, url: `${ORIGIN}/options.html` };

describe('delete everything', () => {
  let db: RedlineDb;
  beforeEach(async () => {
    db = await freshDb();
    await db.transaction('rw', reviewTables(db), async () => {
      for (const review of generateReviews(50, Date.now(), 30)) {
        await putReview(db, undefined, review, Date.now());
      }
    });
    await fakeBrowser.storage.session.set({ 'redline.queue.page': [{ seq: 1 }] });
    await syncStatusItem.setValue({ ...(await syncStatusItem.getValue()), lastError: 'down' });
  });
  afterEach(() => dropDb(db));

  it('empties reviews, aggregates, the outbox and the pending capture queue', async () => {
    const handle = createDeleteEverythingHandler(db, OWN_ID, ORIGIN);
    const ack = await handle({ confirm: 'delete everything' }, OPTIONS_PAGE);
    expect(ack).toEqual({ reviews: 50, outbox: 50 });
    for (const table of [db.reviews, db.outbox, db.dayStats, db.accounts]) {
      expect(await table.count()).toBe(0);
    }
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect((await syncStatusItem.getValue()).lastError).toBeNull();
  });

  it.each([
    ['a content script', { id: OWN_ID, url: 'https://mail.google.com/mail/u/0/', tab: {} }],
    ['another extension', { id: 'other', url: 'chrome-extension://other/options.html' }],
    ['no sender at all', {}],
  ])('refuses %s and deletes nothing', async (_name, sender) => {
    const handle = createDeleteEverythingHandler(db, OWN_ID, ORIGIN);
    await expect(handle({ confirm: 'delete everything' }, sender)).rejects.toThrow(/refused/);
    expect(await db.reviews.count()).toBe(50);
  });

  it('refuses without the typed confirmation', async () => {
    const handle = createDeleteEverythingHandler(db, OWN_ID, ORIGIN);
    await expect(handle({ confirm: 'yes' }, OPTIONS_PAGE)).rejects.toThrow(/confirmation/);
    await expect(handle(undefined, OPTIONS_PAGE)).rejects.toThrow(/confirmation/);
    expect(await db.outbox.count()).toBe(50);
  });
});
