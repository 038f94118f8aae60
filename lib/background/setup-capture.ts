import { browser } from 'wxt/browser';
import { captureMessenger } from '../messaging/capture-messenger';
import type { ReviewService } from '../reviews/review-service';
import { readSettings } from '../settings/settings-item';
import { createCaptureHandler } from './capture-handlers';

/** Registers the capture message handlers. Listeners are added synchronously at start-up so a
 * message that wakes the service worker finds them. */
export function setupCapture(service: ReviewService): void {
  const handle = createCaptureHandler({
    service,
    ownId: browser.runtime.id,
    extensionOrigin: new URL(browser.runtime.getURL('/')).origin,
    enabledOrigins: async () => (await readSettings()).enabledSites,
  });
  captureMessenger.onMessage('capture.draftSeen', ({ data, sender }) =>
    handle('draftSeen', data, sender),
  );
  captureMessenger.onMessage('capture.textChanged', ({ data, sender }) =>
    handle('textChanged', data, sender),
  );
  captureMessenger.onMessage('capture.sent', ({ data, sender }) => handle('sent', data, sender));
  captureMessenger.onMessage('capture.discarded', ({ data, sender }) =>
    handle('discarded', data, sender),
  );
  captureMessenger.onMessage('capture.reason', ({ data, sender }) =>
    handle('reason', data, sender),
  );
  captureMessenger.onMessage('capture.untracked', ({ data, sender }) =>
    handle('untracked', data, sender),
  );
}
