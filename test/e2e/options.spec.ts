import type { Page, Worker } from '@playwright/test';
import { expect, test } from './support/extension-fixture';
import { seedReviews } from './support/raw-seed';
import { storedReviews } from './support/stored-reviews';
import { generateReviews } from '../support/review-factory';

const storedSettings = (worker: Worker) =>
  worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings);

async function openOptions(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('heading', { name: 'Redline options' })).toBeVisible();
}

test.describe('the options page', () => {
  test('every setting is labelled, has its default, and saves', async ({
    context,
    serviceWorker,
    extensionId,
  }) => {
    const page = await context.newPage();
    await openOptions(page, extensionId);
    await expect(page.getByLabel('Reject below retention (%)')).toHaveValue('30');
    await expect(page.getByLabel('Abandon after (hours)')).toHaveValue('72');
    await expect(page.getByLabel('Mask e-mail addresses')).toBeChecked();
    await expect(page.getByLabel('Mask phone numbers')).toBeChecked();
    await expect(page.getByLabel('Delete old reviews')).not.toBeChecked();
    await expect(page.getByLabel('QBR')).toHaveValue(/^qbr, ebr, quarterly business review/);
    for (const site of ['Gmail', 'Outlook on the web', 'Gainsight', 'Demo page'])
      await expect(page.getByLabel(site, { exact: true })).toBeChecked();

    // Keyboard only: tab to the pause switch, toggle it with Space.
    await page.getByLabel('Pause Redline').focus();
    await page.keyboard.press('Space');
    await page.getByLabel('Gainsight', { exact: true }).uncheck();
    await page.getByLabel('Reject below retention (%)').fill('25');
    await page.getByLabel("Your organisation's domains").fill('Example.com');
    await page.getByLabel('Team redaction patterns').fill('ACME-\\d+');
    await page.getByLabel('What sync sends').selectOption('metrics-only');
    await page.getByLabel('Delete old reviews').check();
    await page.getByLabel('Delete reviews older than (days)').fill('400');
    await page.getByRole('button', { name: 'Apply settings' }).click();
    await expect(page.getByTestId('settings-notice')).toHaveText(/^Saved/);
    expect(await storedSettings(serviceWorker)).toMatchObject({
      paused: true,
      sites: { gmail: true, gainsight: false },
      thresholds: { rejectBelowRetention: 0.25 },
      ownDomains: ['example.com'],
      redaction: { emails: true, phones: true, patterns: ['ACME-\\d+'] },
      syncMode: 'metrics-only',
      retentionDays: 400,
    });
    // The toolbar badge says Redline is paused.
    await expect
      .poll(() => serviceWorker.evaluate(() => chrome.action.getBadgeText({})))
      .toBe('II');

    await page.reload();
    await expect(page.getByLabel('Pause Redline')).toBeChecked();
    await expect(page.getByLabel('Delete reviews older than (days)')).toHaveValue('400');
  });

  test('a bad field gets its message beside it and nothing is saved', async ({
    context,
    serviceWorker,
    extensionId,
  }) => {
    const page = await context.newPage();
    await openOptions(page, extensionId);
    const before = await storedSettings(serviceWorker);
    await page.getByLabel('Pause Redline').check();
    await page.getByLabel('Reject below retention (%)').fill('150');
    await page.getByLabel('Team redaction patterns').fill('(a+)+\\1');
    await page.getByRole('button', { name: 'Apply settings' }).click();
    await expect(page.getByTestId('settings-notice')).toHaveText(/Nothing was saved/);
    await expect(page.locator('[data-field=rejectBelowRetention] [role=alert]')).toHaveText(
      'Enter a percentage from 0 to 100.',
    );
    await expect(page.getByLabel('Reject below retention (%)')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await expect(page.locator('[data-field=redactionPatterns] [role=alert]')).toHaveText(
      /Pattern 1: .*Backreferences and lookarounds are not supported/,
    );
    expect(await storedSettings(serviceWorker)).toEqual(before);
  });

  test('delete everything empties the database and the outbox after the typed confirmation', async ({
    context,
    serviceWorker,
    extensionId,
  }) => {
    // The popup opens the database (its schema), then takes the seed.
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(popup.getByTestId('override-rate')).toBeVisible();
    const reviews = generateReviews(40, Date.now(), 20);
    await seedReviews(popup, reviews);
    await popup.close();
    const page = await context.newPage();
    await openOptions(page, extensionId);
    // Queue changes the way the background does, through a real edit message.
    await page.evaluate(async (id) => {
      await chrome.runtime.sendMessage({
        id: 1,
        type: 'review.star',
        data: { reviewId: id, starred: true },
        timestamp: Date.now(),
      });
    }, reviews[0]!.id);
    await expect.poll(async () => (await storedReviews(serviceWorker)).length).toBe(40);

    await page.getByRole('button', { name: 'Delete everything…' }).click();
    const confirm = page.getByRole('button', { name: 'Delete everything', exact: true });
    await expect(confirm).toBeDisabled();
    await page.getByRole('textbox', { name: /Type “delete everything”/ }).fill('delete everything');
    await confirm.click();
    await expect(page.getByTestId('data-status')).toHaveText(
      'Deleted 40 reviews and 1 queued sync changes.',
    );
    expect(await storedReviews(serviceWorker)).toEqual([]);
    const counts = await serviceWorker.evaluate(
      () =>
        new Promise<number[]>((resolve) => {
          const open = indexedDB.open('redline');
          open.onsuccess = () => {
            const tx = open.result.transaction(['outbox', 'dayStats', 'accounts']);
            const out: number[] = [];
            for (const name of ['outbox', 'dayStats', 'accounts']) {
              const req = tx.objectStore(name).count();
              req.onsuccess = () => out.push(req.result);
            }
            tx.oncomplete = () => resolve(out);
          };
        }),
    );
    expect(counts).toEqual([0, 0, 0]);
  });
});
