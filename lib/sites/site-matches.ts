import type { SiteId } from '@/lib/review/vocabulary';

/** Where each site's content script runs: the only host access Redline asks for. */
export const SITE_MATCHES = {
  gmail: ['https://mail.google.com/*'],
  // Outlook on the web answers on four hosts; Microsoft now redirects the first to the last.
  outlook: [
    'https://outlook.office.com/*',
    'https://outlook.office365.com/*',
    'https://outlook.live.com/*',
    'https://outlook.cloud.microsoft/*',
  ],
  gainsight: ['https://*.gainsightcloud.com/*'],
} as const satisfies Partial<Record<SiteId, readonly string[]>>;

export const ALL_CAPTURE_MATCHES: string[] = Object.values(SITE_MATCHES).flat();
