// Every site Redline captures on, in one table: its adapter factory, its dated selector set
// and where its content script runs. The site meta-test walks this table (every adapter
// registered, every selector matching a fixture of its site, end-to-end flows per site), so a
// new site is one line here plus its fixtures and specs. Content scripts import their own
// adapter directly, never this module, so each bundle carries one site only.
import type { SiteId } from '@/lib/review/vocabulary';
import type { SiteAdapter } from './site-adapter';
import { createGmailAdapter } from './gmail/gmail-adapter';
import * as gmailSelectors from './gmail/selectors';
import * as gainsightSelectors from './gainsight/selectors';
import { GAINSIGHT_SELECTORS } from './gainsight/selectors';
import { createGenericAdapter } from './generic/generic-adapter';
import * as genericSelectors from './generic/selectors';
import { DEFAULT_GENERIC_SELECTORS } from './generic/selectors';
import type { GenericSelectorSet } from './generic/selector-set';
import { createOutlookAdapter } from './outlook/outlook-adapter';
import * as outlookSelectors from './outlook/selectors';
import { SITE_MATCHES } from './site-matches';

export interface SiteEntry {
  /** `requireTrusted: false` lets tests drive the adapter with synthetic (jsdom) events. */
  createAdapter(options?: { requireTrusted?: boolean }): SiteAdapter;
  /**
   * The modules its selector set is built from: their string exports are its selectors, each
   * checked against the site's fixtures (a site built on the generic set lists both modules).
   */
  selectors: ReadonlyArray<Readonly<Record<string, unknown>>>;
  /** Content-script matches; empty for sites enabled at run time or served by the extension. */
  matches: readonly string[];
  /** The folder of `test/fixtures` holding its markup, when it is not the site's own name. */
  fixtures?: string;
  /** Spec-file prefixes (`test/e2e/<prefix>-*.spec.ts`) that walk its flows; default its id. */
  specs?: readonly string[];
  /** Flows the site cannot have, each with the reason; the meta-test requires all others. */
  withoutFlows?: Readonly<Record<string, string>>;
}

const genericAdapter =
  (site: 'generic' | 'gainsight' | 'demo', set: GenericSelectorSet) =>
  (options?: { requireTrusted?: boolean }) =>
    createGenericAdapter({ site, selectors: () => set, ...options });

// Why a generic site has no undo-send flow. The generic composer has no undo of its own: a
// compose the page re-renders after Send starts a new review, and nothing brings a sent one back.
const GENERIC_NO_UNDO = {
  'undo send':
    'a generic composer has no undo-send of its own: an enabled site that re-renders a sent compose starts a new review',
};
const GAINSIGHT_NO_UNDO = {
  'undo send':
    "Gainsight's composers (Cockpit Edit Email, CTA Send Email) have no undo-send; Group Send's two-minute recall is a bulk program's action on its own page after the composer has closed, with no documented DOM to confirm it, so a recalled Group Send stays recorded as sent",
};
const DEMO_NO_UNDO = {
  'undo send': 'the demo composer offers no undo-send: its Send is final, like most CS tools',
};

export const SITE_REGISTRY = {
  gmail: {
    createAdapter: createGmailAdapter,
    selectors: [gmailSelectors],
    matches: SITE_MATCHES.gmail,
  },
  outlook: {
    createAdapter: createOutlookAdapter,
    selectors: [outlookSelectors],
    matches: SITE_MATCHES.outlook,
  },
  gainsight: {
    createAdapter: genericAdapter('gainsight', GAINSIGHT_SELECTORS),
    selectors: [gainsightSelectors, genericSelectors],
    matches: SITE_MATCHES.gainsight,
    fixtures: 'generic',
    withoutFlows: GAINSIGHT_NO_UNDO,
  },
  generic: {
    createAdapter: genericAdapter('generic', DEFAULT_GENERIC_SELECTORS),
    selectors: [genericSelectors],
    matches: [],
    // Gainsight runs the very same adapter; its specs walk the generic flows on saved markup.
    specs: ['generic', 'gainsight'],
    withoutFlows: GENERIC_NO_UNDO,
  },
  demo: {
    createAdapter: genericAdapter('demo', DEFAULT_GENERIC_SELECTORS),
    selectors: [genericSelectors],
    matches: [],
    fixtures: 'generic',
    specs: ['demo', 'gainsight'],
    withoutFlows: DEMO_NO_UNDO,
  },
} as const satisfies Partial<Record<SiteId, SiteEntry>>;

export type RegisteredSite = keyof typeof SITE_REGISTRY;

export function registeredSites(): Array<[RegisteredSite, SiteEntry]> {
  return Object.entries(SITE_REGISTRY) as Array<[RegisteredSite, SiteEntry]>;
}
