import { browser } from 'wxt/browser';
import { setupDemoComposer } from '@/lib/demo/demo-composer';
import { setupGenericCapture } from '@/lib/sites/generic/setup-generic-capture';
import { DEFAULT_GENERIC_SELECTORS } from '@/lib/sites/generic/selectors';

setupDemoComposer(document, { popupUrl: browser.runtime.getURL('/popup.html?view=tab') });
setupGenericCapture({
  site: 'demo',
  siteKey: 'demo',
  defaults: DEFAULT_GENERIC_SELECTORS,
  win: window,
  signal: new AbortController().signal,
});
