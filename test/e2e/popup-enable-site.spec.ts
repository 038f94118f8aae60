import type { Worker } from '@playwright/test';
import { expect, test } from './support/extension-fixture';
import { CS_DRAFT, insertDraft, openComposer } from './support/generic-page';
import { grantInBrowserSettings } from './support/grant-site';
import { storedReviews } from './support/stored-reviews';
import { openToolbarPopup } from './support/toolbar-popup';

// The popup's "Enable Redline on this site", as a CSM uses it: the popup is opened by the
// toolbar button over a tab of a site Redline does not know (Chromium's Extensions.triggerAction
// runs the action like a click, so activeTab gives the popup the tab's address), and its button
// is clicked with a real mouse event. The one step that is not the real one: Playwright cannot
// answer Chromium's permission prompt, so the browser's own site-access settings hold the grant
// first, and the popup's `permissions.request` then resolves without showing it.
const CRM = 'https://crm.example.test';
const FIXTURE = '2026-12-01-gainsight-edit-email.html';

const registered = (worker: Worker) =>
  worker.evaluate(async () =>
    (await chrome.scripting.getRegisteredContentScripts()).map((s) => [s.id, s.matches]),
  );
const enabledSites = (worker: Worker) =>
  worker.evaluate(
    async () =>
      ((await chrome.storage.local.get('settings')).settings as { enabledSites?: string[] })
        ?.enabledSites ?? [],
  );

test('popup over an unknown site: Enable asks for that origin, registers, and captures in the tab', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  await grantInBrowserSettings(context, extensionId, CRM);
  const page = await openComposer(context, CRM, FIXTURE);
  await page.bringToFront();
  expect(await registered(serviceWorker)).toEqual([]);

  const popup = await openToolbarPopup(context, extensionId, page);
  await expect.poll(() => popup.text()).toContain('Enable Redline on this site');
  expect(await popup.text()).toContain('crm.example.test');
  // Notes what the popup asks the browser for (the request itself still goes through).
  await popup.evaluate(`(() => {
    window.requested = [];
    const request = chrome.permissions.request.bind(chrome.permissions);
    chrome.permissions.request = (p) => (window.requested.push(p.origins ?? []), request(p));
  })()`);

  await popup.clickButton('Enable Redline on this site');
  await expect
    .poll(() => popup.text(), { timeout: 15_000 })
    .toContain('Redline is on for crm.example.test.');
  expect(await popup.evaluate('window.requested')).toEqual([[`${CRM}/*`]]);
  expect(
    await serviceWorker.evaluate(() =>
      chrome.permissions.contains({ origins: ['https://crm.example.test/*'] }),
    ),
  ).toBe(true);
  expect(await registered(serviceWorker)).toEqual([[`redline-generic@${CRM}`, [`${CRM}/*`]]]);
  expect(await enabledSites(serviceWorker)).toEqual([CRM]);
  await popup.close();

  // The popup started Redline in this tab at once (no reload): a draft here is a review.
  await insertDraft(page, CS_DRAFT);
  await expect(page.locator('redline-badge')).toHaveCount(1, { timeout: 15_000 });
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  const sent = async () => (await storedReviews(serviceWorker)).find((r) => r.outcome !== null);
  await expect.poll(async () => (await sent())?.outcome, { timeout: 20_000 }).toBe('approve');
  expect(await sent()).toMatchObject({ site: 'generic', endReason: 'sent' });

  // Opened again over the same site, the popup says Redline is on instead of offering Enable.
  const again = await openToolbarPopup(context, extensionId, page);
  await expect.poll(() => again.text()).toContain('Redline is on for crm.example.test.');
  expect(await again.text()).not.toContain('Enable Redline on this site');
  await again.close();
});
