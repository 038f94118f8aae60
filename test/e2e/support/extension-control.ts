import type { BrowserContext, Page, Worker } from '@playwright/test';

/** The extension's service worker as it is now (a stopped one is replaced on the next wake). */
export async function currentWorker(context: BrowserContext): Promise<Worker> {
  const live = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  return live ?? context.waitForEvent('serviceworker', { timeout: 15_000 });
}

/** Stops every service worker, as Chrome does to an idle one. */
export async function stopServiceWorkers(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

/** What the background sends a tab for "Mark as AI draft" (context menu or keyboard command). */
export async function markAsAiDraft(worker: Worker): Promise<boolean> {
  return worker.evaluate(async () => {
    // Without the "tabs" permission a tab's URL is hidden: ask every tab; only Gmail's answers.
    const message = { id: 1, type: 'tab.markDraft', data: undefined, timestamp: Date.now() };
    for (const tab of await chrome.tabs.query({})) {
      const reply = (await chrome.tabs.sendMessage(tab.id!, message).catch(() => null)) as {
        res?: boolean;
      } | null;
      if (reply?.res !== undefined) return reply.res;
    }
    return false;
  });
}

/** Writes the CSM's settings as the options page would. */
export async function setSettings(worker: Worker, patch: Record<string, unknown>): Promise<void> {
  await worker.evaluate(async (changes) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings ?? {}), ...changes } });
  }, patch);
}
