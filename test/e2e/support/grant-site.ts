// Granting an enabled site in Chromium without the permission prompt, which Playwright cannot
// answer (browser UI, not a page; no Chromium switch or DevTools command answers it). The grant
// goes through the browser's own Extensions page (its "Site access" list, reached through the
// page's own developerPrivate API, which asks nothing), and then Redline's own options page
// enables the site as a CSM would: the browser already holds the grant, so
// `permissions.request` resolves at once, with no prompt, and every step after it is Redline's.
import type { BrowserContext } from '@playwright/test';

/** The browser's site-access grant for `origin` (chrome://extensions), without a prompt. */
export async function grantInBrowserSettings(
  context: BrowserContext,
  extensionId: string,
  origin: string,
): Promise<void> {
  const page = await context.newPage();
  await page.goto('chrome://extensions/');
  await page.evaluate(
    ([id, pattern]) =>
      (
        globalThis as unknown as {
          chrome: {
            developerPrivate: { addHostPermission(id: string, host: string): Promise<void> };
          };
        }
      ).chrome.developerPrivate.addHostPermission(id!, pattern!),
    [extensionId, `${origin}/*`],
  );
  await page.close();
}

/** Enables `origin` through the options page's Enable, after a prompt-free browser grant. */
export async function enableSiteWithoutPrompt(
  context: BrowserContext,
  extensionId: string,
  origin: string,
): Promise<void> {
  await grantInBrowserSettings(context, extensionId, origin);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Enable Redline on').fill(origin);
  await options.getByRole('button', { name: 'Enable', exact: true }).click();
  await options.getByText(`Enabled on ${origin}. Reload its tabs.`).waitFor({ timeout: 15_000 });
  await options.close();
}
