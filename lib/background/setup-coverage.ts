import { browser } from 'wxt/browser';
import { readSyncConfig } from '../settings/sync-settings-item';
import { fetchMyCoverage } from '../sync/my-coverage';
import { syncMessenger } from '../sync/sync-messenger';
import { ForbiddenSenderError } from './sender-check';

/** Answers the popup's `sync.coverage`: the token stays in the background. */
export function setupCoverage(): void {
  const ownOrigin = new URL(browser.runtime.getURL('/')).origin;
  syncMessenger.onMessage('sync.coverage', async ({ sender: from }) => {
    if (from.id !== browser.runtime.id || !from.url?.startsWith(ownOrigin)) {
      throw new ForbiddenSenderError('Coverage is only for Redline pages.');
    }
    return fetchMyCoverage(await readSyncConfig());
  });
}
