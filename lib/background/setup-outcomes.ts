import { browser } from 'wxt/browser';
import type { RedlineDb } from '../db/redline-db';
import { outcomeMessenger } from '../messaging/outcome-messenger';
import { createOutcomeService } from '../reviews/outcome-service';
import { readSettings } from '../settings/settings-item';
import { createThreadLinkedHandler, createThreadSeenHandler } from './outcome-handler';

/** Registers the thread handlers: reports (customer replies) and new mails' thread links. */
export function setupOutcomes(db: RedlineDb): void {
  const deps = {
    service: createOutcomeService({ db }),
    ownId: browser.runtime.id,
    extensionOrigin: new URL(browser.runtime.getURL('/')).origin,
    enabledOrigins: async () => (await readSettings()).enabledSites,
  };
  const seen = createThreadSeenHandler(deps);
  const linked = createThreadLinkedHandler(deps);
  outcomeMessenger.onMessage('outcome.threadSeen', ({ data, sender }) => seen(data, sender));
  outcomeMessenger.onMessage('outcome.threadLinked', ({ data, sender }) => linked(data, sender));
}
