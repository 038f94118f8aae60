import { browser } from 'wxt/browser';
import { createLogger } from '../log';

const log = createLogger('session-access');

/**
 * Content scripts keep their unacknowledged capture messages in the extension's session storage
 * so a Gmail reload or a service-worker restart loses nothing; Chrome opens it to them only when
 * asked. Firefox has no such switch and its content scripts already have access.
 */
export function setupSessionAccess(): void {
  const session = browser.storage.session as typeof browser.storage.session & {
    setAccessLevel?: (options: { accessLevel: string }) => Promise<void>;
  };
  session
    .setAccessLevel?.({ accessLevel: 'TRUSTED_AND_UNTRUSTED_CONTEXTS' })
    .catch((error: Error) => log.warn('session storage stays private', { error: error.name }));
}
