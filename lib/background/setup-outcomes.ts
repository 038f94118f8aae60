import { browser } from 'wxt/browser';
import type { RedlineDb } from '../db/redline-db';
import { outcomeMessenger } from '../messaging/outcome-messenger';
import { createOutcomeService } from '../reviews/outcome-service';
import { readSettings } from '../settings/settings-item';
import { createThreadSeenHandler } from './outcome-handler';

/** Registers the thread-report handler (customer replies to sent reviews). */
export function setupOutcomes(db: RedlineDb): void {
  const handle = createThreadSeenHandler({
    service: createOutcomeService({ db }),
    ownId: browser.runtime.id,
    extensionOrigin: new URL(browser.runtime.getURL('/')).origin,
    enabledOrigins: async () => (await readSettings()).enabledSites,
  });
  outcomeMessenger.onMessage('outcome.threadSeen', ({ data, sender }) => handle(data, sender));
}
