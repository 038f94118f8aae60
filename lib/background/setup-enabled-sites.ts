import { browser } from 'wxt/browser';
import { createLogger } from '../log';
import {
  originOfPattern,
  reconcileEnabledSites,
  siteGranted,
  siteRevoked,
} from '../sites/enabled-sites';

const log = createLogger('enabled-sites');

const originsOf = (permissions: { origins?: string[] }) =>
  (permissions.origins ?? []).map(originOfPattern).filter((o): o is string => o !== null);

const report = (step: string) => (error: unknown) =>
  log.warn('enabled sites step failed', { step, error: (error as Error)?.name ?? 'unknown' });

/**
 * Keeps enabled sites consistent whoever changes a permission: the popup's prompt (which may
 * close the popup before it hears the answer), the options page, or the browser's own
 * site-access settings. Re-checks everything at each start (browser start, update, wake-up).
 */
export function setupEnabledSites(): void {
  browser.permissions.onAdded.addListener(
    (p) => void siteGranted(originsOf(p)).catch(report('added')),
  );
  browser.permissions.onRemoved.addListener(
    (p) => void siteRevoked(originsOf(p)).catch(report('removed')),
  );
  browser.runtime.onStartup.addListener(
    () => void reconcileEnabledSites().catch(report('startup')),
  );
  browser.runtime.onInstalled.addListener(
    () => void reconcileEnabledSites().catch(report('installed')),
  );
}
