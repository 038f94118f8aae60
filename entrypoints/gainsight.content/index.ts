import { defineContentScript } from 'wxt/utils/define-content-script';
import { GAINSIGHT_SELECTORS } from '@/lib/sites/gainsight/selectors';
import { setupGenericCapture } from '@/lib/sites/generic/setup-generic-capture';
import { SITE_MATCHES } from '@/lib/sites/site-matches';

export default defineContentScript({
  matches: [...SITE_MATCHES.gainsight],
  runAt: 'document_idle',
  main(ctx) {
    setupGenericCapture({
      site: 'gainsight',
      siteKey: 'gainsight',
      defaults: GAINSIGHT_SELECTORS,
      win: window,
      signal: ctx.signal,
    });
  },
});
