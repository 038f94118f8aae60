import { defineContentScript } from 'wxt/utils/define-content-script';
import { setupSiteCapture } from '@/lib/capture/setup-site-capture';
import { createOutlookAdapter } from '@/lib/sites/outlook/outlook-adapter';
import { SITE_MATCHES } from '@/lib/sites/site-matches';

export default defineContentScript({
  matches: [...SITE_MATCHES.outlook],
  runAt: 'document_idle',
  main(ctx) {
    setupSiteCapture({ adapter: createOutlookAdapter(), win: window, signal: ctx.signal });
  },
});
