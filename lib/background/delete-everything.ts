import { browser } from 'wxt/browser';
import type { RedlineDb } from '../db/redline-db';
import { createLogger } from '../log';
import {
  dataMessenger,
  DeleteEverythingSchema,
  type DeleteEverythingAck,
} from '../messaging/data-messages';
import { INITIAL_SYNC_STATUS, syncStatusItem } from '../sync/sync-status';
import { InvalidMessageError } from './capture-handlers';
import { PAGE_MESSAGE_BUDGET, withinBudget } from './message-budget';
import { assertExtensionPage, type SenderInfo } from './sender-check';

const log = createLogger('delete-everything');

/**
 * Empties Redline's database (reviews, aggregates, the sync outbox) in one transaction, and the
 * capture messages content scripts keep in session storage, so nothing comes back from a retry.
 * Nothing is sent to the team backend; settings stay.
 */
export async function deleteEverything(db: RedlineDb): Promise<DeleteEverythingAck> {
  const counts = await db.transaction(
    'rw',
    [db.reviews, db.outbox, db.dayStats, db.accounts],
    async () => {
      const [reviews, outbox] = await Promise.all([db.reviews.count(), db.outbox.count()]);
      await Promise.all([
        db.reviews.clear(),
        db.outbox.clear(),
        db.dayStats.clear(),
        db.accounts.clear(),
      ]);
      return { reviews, outbox };
    },
  );
  await browser.storage.session.clear();
  await syncStatusItem.setValue(INITIAL_SYNC_STATUS);
  log.info('deleted everything', counts);
  return counts;
}

export function createDeleteEverythingHandler(
  db: RedlineDb,
  ownId: string,
  extensionOrigin: string,
) {
  return async (data: unknown, sender: SenderInfo): Promise<DeleteEverythingAck> => {
    if (
      !withinBudget(data, PAGE_MESSAGE_BUDGET) ||
      !DeleteEverythingSchema.safeParse(data).success
    ) {
      throw new InvalidMessageError('data.deleteEverything refused: confirmation missing.');
    }
    assertExtensionPage(sender, ownId, extensionOrigin, 'Delete everything');
    return deleteEverything(db);
  };
}

export function setupDeleteEverything(db: RedlineDb): void {
  const handle = createDeleteEverythingHandler(
    db,
    browser.runtime.id,
    new URL(browser.runtime.getURL('/')).origin,
  );
  dataMessenger.onMessage('data.deleteEverything', ({ data, sender }) => handle(data, sender));
}
