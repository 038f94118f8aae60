import { browser } from 'wxt/browser';

/** The popup as a full tab: the same page with room for the reviews and their diffs. */
export async function openInTab(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/popup.html?view=tab') });
  window.close();
}

export function isTabView(search: string = location.search): boolean {
  return new URLSearchParams(search).get('view') === 'tab';
}
