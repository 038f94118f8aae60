import { browser } from 'wxt/browser';
import { createLogger } from '../log';
import { tabMessenger } from '../messaging/tab-messenger';

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

/** "Mark as AI draft": a context-menu item on editable fields and a keyboard command. */
export function setupExplicitMark(documentUrlPatterns: string[]): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: MENU_ID,
      title: 'Mark as AI draft',
      contexts: ['editable'],
      documentUrlPatterns,
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID) void markIn(tab?.id, info.frameId);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === MARK_COMMAND) void markIn(tab?.id);
  });
}
