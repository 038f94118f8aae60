import type { Page } from '@playwright/test';
import { expect, test } from './support/extension-fixture';
import { CS_DRAFT, insertDraft, openComposer } from './support/generic-page';
import { storedReviews } from './support/stored-reviews';

// The generic composer on Redline's own Gainsight site: the Cockpit "Edit Email" dialog
// (fixture written from Gainsight's documentation), served at a real tenant address.
const TENANT = 'https://acme.gainsightcloud.com';
const FIXTURE = '2026-12-01-gainsight-edit-email.html';
const BODY = '.email-body';

async function open(context: Parameters<typeof openComposer>[0]): Promise<Page> {
  const page = await openComposer(context, TENANT, FIXTURE);
  await expect(page.locator(BODY)).toBeVisible();
  return page;
}

async function typeAtEnd(page: Page, text: string) {
  await page.locator(BODY).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(text);
}

test.describe('Gainsight capture (generic composer)', () => {
  test('approve: an inserted draft sent unchanged', async ({ context, serviceWorker }) => {
    const page = await open(context);
    await insertDraft(page, CS_DRAFT);
    await expect(page.locator('redline-badge')).toHaveCount(1);
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect.poll(async () => (await storedReviews(serviceWorker))[0]?.status).toBe('finished');
    const [review] = await storedReviews(serviceWorker);
    expect(review).toMatchObject({
      site: 'gainsight',
      source: 'insertion',
      outcome: 'approve',
      subject: 'Renewal planning for Globex',
      recipientDomains: ['globex-example.com'],
    });
  });

  test('edit: the CSM adds a sentence by hand', async ({ context, serviceWorker }) => {
    const page = await open(context);
    await insertDraft(page, CS_DRAFT);
    await expect(page.locator('redline-badge')).toHaveCount(1);
    await typeAtEnd(page, ' I will send the updated order form today.');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect.poll(async () => (await storedReviews(serviceWorker))[0]?.outcome).toBe('edit');
    const [review] = await storedReviews(serviceWorker);
    expect(review!.sentText).toContain('updated order form today.');
  });

  test('reject by rewrite: the draft is replaced, then sent', async ({
    context,
    serviceWorker,
  }) => {
    const page = await open(context);
    await insertDraft(page, CS_DRAFT);
    await expect(page.locator('redline-badge')).toHaveCount(1);
    await page.locator(BODY).click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Morgan, quick one: can we talk renewal on Monday? Thanks, Alex');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect.poll(async () => (await storedReviews(serviceWorker))[0]?.outcome).toBe('reject');
    const [review] = await storedReviews(serviceWorker);
    expect(review).toMatchObject({ endReason: 'sent' });
  });

  test('discard: Cancel after a draft → reject, nothing sent', async ({
    context,
    serviceWorker,
  }) => {
    const page = await open(context);
    await insertDraft(page, CS_DRAFT);
    await expect(page.locator('redline-badge')).toHaveCount(1);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(async () => (await storedReviews(serviceWorker))[0]?.status).toBe('finished');
    const [review] = await storedReviews(serviceWorker);
    expect(review).toMatchObject({ outcome: 'reject', sentText: null });
  });

  test('typed by hand: no review; "Send Test Email" is not a send', async ({
    context,
    serviceWorker,
  }) => {
    const page = await open(context);
    await page.locator(BODY).click();
    await page.keyboard.type(
      'Hi Morgan, following up on our call: here are the three items we agreed on for the launch.',
    );
    await page.getByRole('button', { name: 'Send Test Email' }).click();
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect(page.locator(BODY)).toHaveCount(0);
    await expect(page.locator('redline-badge')).toHaveCount(0);
    expect(await storedReviews(serviceWorker)).toEqual([]);
  });

  test('refused send (no recipient), then edited and sent', async ({ context, serviceWorker }) => {
    const page = await open(context);
    await page.locator('input[name=to]').fill('');
    await insertDraft(page, CS_DRAFT);
    await expect(page.locator('redline-badge')).toHaveCount(1);
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect(page.getByRole('alert')).toHaveText('Please add a recipient.');
    await typeAtEnd(page, ' Best, Alex');
    await page.locator('input[name=to]').fill('morgan@globex-example.com');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect.poll(async () => (await storedReviews(serviceWorker))[0]?.status).toBe('finished');
    const [review] = await storedReviews(serviceWorker);
    expect(review).toMatchObject({ outcome: 'edit' });
    expect(review!.sentText).toContain('Best, Alex');
  });
});
