import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './support/extension-fixture';
import { seedReviews } from './support/raw-seed';
import { yearOfReviews } from './support/year-of-data';

// Screenshots of the popup for the README and for a person to look at. They go to
// docs/screenshots when REDLINE_SCREENSHOTS=docs (to refresh the committed ones), otherwise to
// test-results so an ordinary test run changes no tracked file.
const OUT =
  process.env.REDLINE_SCREENSHOTS === 'docs' ? 'docs/screenshots' : 'test-results/screenshots';
const POPUP = { width: 780, height: 580 };

async function openPopup(
  context: BrowserContext,
  extensionId: string,
  dark = false,
): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(POPUP);
  await page.emulateMedia({ colorScheme: dark ? 'dark' : 'light' });
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  return page;
}

const shot = (page: Page, name: string) => page.screenshot({ path: join(OUT, `${name}.png`) });

test('popup screenshots: empty, a year of data in light and dark', async ({
  context,
  extensionId,
}) => {
  // A year of seeded reviews, drawn twice: heavy on a shared machine.
  test.setTimeout(180_000);
  mkdirSync(OUT, { recursive: true });
  const page = await openPopup(context, extensionId);
  await expect(page.getByTestId('empty-state')).toBeVisible();
  await shot(page, 'popup-empty');

  await seedReviews(page, yearOfReviews(2_500, Date.now()));
  await page.reload();
  await expect(page.getByTestId('override-rate')).toHaveText(/^\d+ %$/);
  await shot(page, 'popup-light');

  await page.getByRole('tab', { name: 'Trends' }).click();
  await expect(page.locator('.chart canvas')).toHaveCount(2);
  await shot(page, 'popup-trends');

  await page.getByRole('tab', { name: 'Reviews' }).click();
  await page.getByLabel('Outcome').selectOption('edit');
  await page.locator('.row').first().click();
  await expect(page.getByTestId('diff').locator('ins').first()).toBeVisible();
  await shot(page, 'popup-review');

  const tab = await context.newPage();
  await tab.setViewportSize({ width: 1280, height: 800 });
  await tab.goto(`chrome-extension://${extensionId}/popup.html?view=tab`);
  await tab.getByRole('tab', { name: 'Reviews' }).click();
  await tab.locator('.row').nth(2).click();
  await expect(tab.getByTestId('diff')).toBeVisible();
  await expect(tab.getByRole('button', { name: 'Open in a tab ↗' })).toHaveCount(0);
  await shot(tab, 'popup-tab-reviews');

  const dark = await openPopup(context, extensionId, true);
  await expect(dark.getByTestId('override-rate')).toHaveText(/^\d+ %$/);
  const background = await dark.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(22, 25, 29)');
  await shot(dark, 'popup-dark');
  await dark.getByRole('tab', { name: 'Reviews' }).click();
  await dark.locator('.row').first().click();
  await shot(dark, 'popup-dark-review');
});
