import type { SiteId } from '../review/vocabulary';

/** Where each site's content script runs. A capture message from anywhere else is refused. */
export const SITE_ORIGINS: Record<SiteId, readonly string[]> = {
  gmail: ['https://mail.google.com'],
  outlook: [
    'https://outlook.office.com',
    'https://outlook.office365.com',
    'https://outlook.live.com',
    'https://outlook.cloud.microsoft',
  ],
  // Gainsight tenants live on subdomains; checked by suffix below.
  gainsight: [],
  // Sites a team enables are in settings (`enabledSites`), passed to the check below.
  generic: [],
  // The demo composer is an extension page: checked by its URL below.
  demo: [],
};

export interface SenderInfo {
  id?: string;
  url?: string;
  origin?: string;
  tab?: unknown;
}

export class ForbiddenSenderError extends Error {
  override readonly name = 'ForbiddenSenderError';
}

function originOf(sender: SenderInfo): string | null {
  if (sender.origin && sender.origin !== 'null') return sender.origin;
  try {
    return sender.url ? new URL(sender.url).origin : null;
  } catch {
    return null;
  }
}

/** The one extension page that may claim the `demo` site: the demo composer. */
export const DEMO_PAGE_PATH = '/demo.html';

function isDemoPage(sender: SenderInfo, extensionOrigin: string): boolean {
  // Compared as text: not every URL parser gives extension URLs an origin.
  const page = `${extensionOrigin}${DEMO_PAGE_PATH}`;
  const url = sender.url ?? '';
  return url === page || url.startsWith(`${page}?`) || url.startsWith(`${page}#`);
}

/**
 * Accepts a capture message only from this extension's own content script, in a tab, on an origin
 * of the site the message claims. The demo composer is an extension page: `demo` is accepted only
 * from that page in a tab (not the popup, not options). `generic` only from an origin the CSM or
 * IT enabled (`enabledOrigins`, from settings).
 */
export function assertCaptureSender(
  sender: SenderInfo,
  site: SiteId,
  ownId: string,
  extensionOrigin: string,
  enabledOrigins: readonly string[] = [],
): void {
  if (sender.id !== ownId) throw new ForbiddenSenderError('Capture refused: not from Redline.');
  if (!sender.tab) throw new ForbiddenSenderError('Capture refused: not from a tab.');
  const origin = originOf(sender);
  if (!origin) throw new ForbiddenSenderError('Capture refused: unknown origin.');
  const allowed =
    site === 'gainsight'
      ? /^https:\/\/[a-z0-9-]+\.gainsightcloud\.com$/.test(origin)
      : site === 'demo'
        ? origin === extensionOrigin && isDemoPage(sender, extensionOrigin)
        : site === 'generic'
          ? origin !== extensionOrigin && enabledOrigins.includes(origin)
          : SITE_ORIGINS[site].includes(origin);
  if (!allowed)
    throw new ForbiddenSenderError(`Capture refused: ${site} does not run on ${origin}.`);
}

/**
 * Accepts a message only from one of Redline's own pages (popup, options, a Redline tab): never
 * from a content script, whose sender URL is the site's page, nor from another extension.
 */
export function assertExtensionPage(
  sender: SenderInfo,
  ownId: string,
  extensionOrigin: string,
  what: string,
): void {
  if (sender.id !== ownId) throw new ForbiddenSenderError(`${what} refused: not from Redline.`);
  if (!sender.url?.startsWith(`${extensionOrigin}/`)) {
    throw new ForbiddenSenderError(`${what} refused: not from a Redline page.`);
  }
}
