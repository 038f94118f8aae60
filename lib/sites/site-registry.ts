// Every site Redline captures on, in one table: its adapter factory, its dated selector set
// and where its content script runs. The site meta-test walks this table (every adapter
// registered, every selector matching a fixture of its site, end-to-end flows per site), so a
// new site is one line here plus its fixtures and specs. Content scripts import their own
// adapter directly, never this module, so each bundle carries one site only.
import type { SiteId } from '@/lib/review/vocabulary';
import type { SiteAdapter } from './site-adapter';
import { createGmailAdapter } from './gmail/gmail-adapter';
import * as gmailSelectors from './gmail/selectors';
import { createOutlookAdapter } from './outlook/outlook-adapter';
import * as outlookSelectors from './outlook/selectors';
import { SITE_MATCHES } from './site-matches';

export interface SiteEntry {
  /** `requireTrusted: false` lets tests drive the adapter with synthetic (jsdom) events. */
  createAdapter(options?: { requireTrusted?: boolean }): SiteAdapter;
  /** The site's selector module: its string exports are selectors checked against fixtures. */
  selectors: Readonly<Record<string, unknown>>;
  /** Content-script matches; empty for sites enabled at run time or served by the extension. */
  matches: readonly string[];
}

export const SITE_REGISTRY = {
  gmail: {
    createAdapter: createGmailAdapter,
    selectors: gmailSelectors,
    matches: SITE_MATCHES.gmail,
  },
  outlook: {
    createAdapter: createOutlookAdapter,
    selectors: outlookSelectors,
    matches: SITE_MATCHES.outlook,
  },
} as const satisfies Partial<Record<SiteId, SiteEntry>>;

export type RegisteredSite = keyof typeof SITE_REGISTRY;

export function registeredSites(): Array<[RegisteredSite, SiteEntry]> {
  return Object.entries(SITE_REGISTRY) as Array<[RegisteredSite, SiteEntry]>;
}
