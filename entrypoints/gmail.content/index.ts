import { defineContentScript } from 'wxt/utils/define-content-script';
import { setupSiteCapture } from '@/lib/capture/setup-site-capture';
import { createGmailAdapter } from '@/lib/sites/gmail/gmail-adapter';
import { SITE_MATCHES } from '@/lib/sites/site-matches';

export default defineContentScript({
  matches: [...SITE_MATCHES.gmail],
  runAt: 'document_idle',
  main(ctx) {
    setupSiteCapture({ adapter: createGmailAdapter(), win: window, signal: ctx.signal });
  },
});
