import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './support/extension-fixture';
import { seedReviews } from './support/raw-seed';
import { yearOfReviews } from './support/year-of-data';
import { classify } from '../../lib/classify';

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

test('popup screenshots: a review whose edit moved a sentence, light and dark', async ({
  context,
  extensionId,
}) => {
  test.setTimeout(90_000);
  mkdirSync(OUT, { recursive: true });
  const draftText =
    'Hi Dana. Thanks for the call today. The renewal quote for 40 seats is attached for your review. ' +
    'Let me know if Friday works for a short follow-up.';
  const sentText =
    'Hi Dana. The renewal quote for 40 seats is attached for your review. Thanks for the call today. ' +
    'Let me know if Monday works for a short follow-up.';
  const { outcome, parts: _parts, ...metrics } = classify(draftText, sentText);
  const [base] = yearOfReviews(1, Date.now());
  const review = {
    ...base!,
    subject: 'Renewal quote: moved sentence',
    draftText,
    sentText,
    currentText: sentText,
    outcome,
    metrics,
  };
  const page = await openPopup(context, extensionId);
  await expect(page.getByTestId('empty-state')).toBeVisible();
  await seedReviews(page, [review]);
  for (const dark of [false, true]) {
    const view = dark ? await openPopup(context, extensionId, true) : page;
    if (!dark) await page.reload();
    await view.getByRole('tab', { name: 'Reviews' }).click();
    await view.locator('.row').first().click();
    const diff = view.getByTestId('diff');
    await expect(diff.locator('del.moved')).toHaveAttribute('title', 'moved from here');
    await expect(diff.locator('ins.moved')).toHaveAttribute('title', 'moved here');
    await expect(diff.locator('ins.moved')).toContainText('Thanks for the call today');
    await expect(view.locator('.diff-legend')).toContainText('moved from');
    // Its own colour, and a double line besides.
    const style = await diff
      .locator('ins.moved')
      .evaluate((el) => [
        getComputedStyle(el).backgroundColor,
        getComputedStyle(el).textDecorationStyle,
      ]);
    expect(style).toEqual([dark ? 'rgb(12, 45, 107)' : 'rgb(221, 244, 255)', 'double']);
    await shot(view, dark ? 'popup-dark-review-moved' : 'popup-review-moved');
  }
});
