import type { Worker } from '@playwright/test';
import { expect, test } from './support/extension-fixture';
import { markAsAiDraft } from './support/extension-control';
import { CS_DRAFT, insertDraft, openComposer } from './support/generic-page';
import { grantInBrowserSettings } from './support/grant-site';
import { storedReviews } from './support/stored-reviews';

// Enabling a site end to end. Playwright cannot answer Chromium's permission prompt, and no
// Chromium switch or DevTools command does (browser UI, not a page). So the grant itself comes
// from the browser's own site-access settings (chrome://extensions, no prompt), and everything
// after it is Redline's, for real: the options page's Enable asks for exactly the origin's
// pattern, the same request then resolves without a prompt, the background registers the
// generic script, capture and "Mark as AI draft" work in a tab of that site, and Remove gives
// the permission back and unregisters. NOT exercised: a person answering the prompt. The
// popup's button has its own spec (popup-enable-site.spec.ts, toolbar click through DevTools).
const CRM = 'https://crm.example.test';
const registered = (worker: Worker) =>
  worker.evaluate(async () =>
    (await chrome.scripting.getRegisteredContentScripts()).map((s) => [s.id, s.matches]),
  );
const granted = (worker: Worker) =>
  worker.evaluate(() => chrome.permissions.contains({ origins: ['https://crm.example.test/*'] }));

test("an enabled site: registered after the browser's grant, captured, then removed for good", async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  await grantInBrowserSettings(context, extensionId, CRM);
  expect(await registered(serviceWorker)).toEqual([]);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const requested: string[][] = [];
  await options.exposeFunction('noteRequest', (origins: string[]) => requested.push(origins));
  await options.evaluate(() => {
    const request = chrome.permissions.request.bind(chrome.permissions);
    (chrome.permissions as { request: unknown }).request = (p: chrome.permissions.Permissions) => {
      void (window as unknown as { noteRequest(o: string[]): void }).noteRequest(p.origins ?? []);
      return request(p);
    };
  });
  await options.getByLabel('Enable Redline on').fill('crm.example.test');
  await options.getByRole('button', { name: 'Enable', exact: true }).click();
  await expect(options.getByText(`Enabled on ${CRM}. Reload its tabs.`)).toBeVisible();
  expect(requested).toEqual([[`${CRM}/*`]]);
  expect(await granted(serviceWorker)).toBe(true);
  await expect
    .poll(() => registered(serviceWorker))
    .toEqual([[`redline-generic@${CRM}`, [`${CRM}/*`]]]);

  // A tab of the site gets the registered script: a draft there is a review, Send ends it.
  const page = await openComposer(context, CRM, '2026-12-01-gainsight-edit-email.html');
  // The registered script starts at document_idle: the AI "Insert" is repeated until it is there.
  await expect(async () => {
    await insertDraft(page, CS_DRAFT);
    await expect(page.locator('redline-badge')).toHaveCount(1, { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  // On a busy machine the insert may have been repeated before the badge showed: the review
  // that Send ended is the one that counts.
  const sentReview = async () =>
    (await storedReviews(serviceWorker)).find((review) => review.outcome !== null);
  await expect.poll(async () => (await sentReview())?.outcome, { timeout: 20_000 }).toBe('approve');
  expect(await sentReview()).toMatchObject({ site: 'generic', endReason: 'sent' });

  // Text typed by hand is nothing until the CSM marks it: "Mark as AI draft" reaches this site.
  await page.close(); // the helper asks every tab: only this site's other tab may answer
  const next = await openComposer(context, CRM, '2026-12-01-gainsight-edit-email.html');
  await next.locator('.email-body').click();
  await next.keyboard.type(' A note the CSM pasted from another tool.');
  await expect(next.locator('redline-badge')).toHaveCount(0);
  await expect.poll(() => markAsAiDraft(serviceWorker), { timeout: 15_000 }).toBe(true);
  await expect(next.locator('redline-badge')).toHaveCount(1);

  // Options → Remove: permission given back, script unregistered, nothing after a reload.
  await options.bringToFront();
  await options.getByRole('button', { name: `Remove ${CRM}` }).click();
  await expect(options.getByTestId('no-enabled-sites')).toBeVisible();
  await expect.poll(() => granted(serviceWorker)).toBe(false);
  await expect.poll(() => registered(serviceWorker)).toEqual([]);
  await next.reload();
  await insertDraft(next, CS_DRAFT);
  await expect(next.locator('.email-body')).toContainText('renewal comes up');
  await expect(next.locator('redline-badge')).toHaveCount(0);
});
