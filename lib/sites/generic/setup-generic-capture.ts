import { setupSiteCapture } from '@/lib/capture/setup-site-capture';
import type { SiteId } from '@/lib/review/vocabulary';
import { createGenericAdapter } from './generic-adapter';
import type { GenericSelectorSet } from './selector-set';
import { createSelectorSource } from './selector-source';

export interface GenericCaptureOptions {
  site: SiteId;
  /** Where the team's override is kept: the site id, or an enabled site's origin. */
  siteKey: string;
  defaults: GenericSelectorSet;
  win: Window;
  signal: AbortSignal;
}

/** A generic composer's whole capture: the shared site capture with the generic adapter. */
export function setupGenericCapture(options: GenericCaptureOptions): void {
  const selectors = createSelectorSource(options.siteKey, options.defaults);
  setupSiteCapture({
    adapter: createGenericAdapter({ site: options.site, selectors: selectors.current }),
    win: options.win,
    signal: options.signal,
    configure: selectors.update,
  });
}
