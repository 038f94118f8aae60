import { defineContentScript } from 'wxt/utils/define-content-script';
import { setupGenericCapture } from '@/lib/sites/generic/setup-generic-capture';
import { DEFAULT_GENERIC_SELECTORS } from '@/lib/sites/generic/selectors';

// Not in the manifest: registered at run time for each origin the CSM or IT enables
// (lib/background/setup-enabled-sites.ts), so nothing runs on a site nobody enabled.
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  runAt: 'document_idle',
  main(ctx) {
    setupGenericCapture({
      site: 'generic',
      siteKey: location.origin,
      defaults: DEFAULT_GENERIC_SELECTORS,
      win: window,
      signal: ctx.signal,
    });
  },
});
