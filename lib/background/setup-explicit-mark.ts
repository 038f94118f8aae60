import { browser } from 'wxt/browser';
import { createLogger } from '../log';
import { tabMessenger } from '../messaging/tab-messenger';
import { readSettings, settingsItem } from '../settings/settings-item';
import { patternOf } from '../sites/enabled-sites';

const MENU_ID = 'redline.mark-draft';
export const MARK_COMMAND = 'mark-ai-draft';
const log = createLogger('explicit-mark');

async function markIn(tabId: number | undefined, frameId?: number): Promise<void> {
  if (tabId === undefined) return;
  try {
    await tabMessenger.sendMessage('tab.markDraft', undefined, { tabId, frameId: frameId ?? 0 });
  } catch (error) {
    // No Redline content script in that tab (a site Redline does not run on): nothing to mark.
    log.warn('mark as AI draft not delivered', { error: (error as Error).name });
  }
}

/**
 * The demo composer (an extension page, so no content script): it runs the same capture code as
 * a site's script and answers the same tab message, so the item must show there too.
 */
export const demoPagePattern = () => `${browser.runtime.getURL('/demo.html')}*`;

/** Where the menu item shows: Redline's own sites and every site the CSM or IT enabled. */
export function markMenuPatterns(ownPatterns: readonly string[], enabled: readonly string[]) {
  return [...new Set([...ownPatterns, ...enabled.map(patternOf)])];
}

/**
 * "Mark as AI draft": a context-menu item on editable fields and a keyboard command. The item
 * follows the enabled sites (a site enabled or removed later updates it), so it shows wherever
 * Redline's capture runs (a content script, or the demo page) and nowhere else.
 */
export function setupExplicitMark(ownPatterns: string[]): void {
  const own = [...ownPatterns, demoPagePattern()];
  const patterns = async () => markMenuPatterns(own, (await readSettings()).enabledSites);
  browser.runtime.onInstalled.addListener(async () => {
    browser.contextMenus.create({
      id: MENU_ID,
      title: 'Mark as AI draft',
      contexts: ['editable'],
      documentUrlPatterns: await patterns(),
    });
  });
  settingsItem.watch(async (next, previous) => {
    if (next?.enabledSites?.join('\n') === previous?.enabledSites?.join('\n')) return;
    try {
      await browser.contextMenus.update(MENU_ID, { documentUrlPatterns: await patterns() });
    } catch (error) {
      log.warn('mark menu not updated', { error: (error as Error).name });
    }
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID) void markIn(tab?.id, info.frameId);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === MARK_COMMAND) void markIn(tab?.id);
  });
}
