import type { Page, Worker } from '@playwright/test';
import { expect, test } from './support/extension-fixture';
import {
  addressTo,
  BODY,
  DRAFT,
  insertWithoutKeys,
  openGmail,
  pasteInto,
} from './support/gmail-page';
import { storedReviews } from './support/stored-reviews';

const FIXTURE = 'gmail-compose-2020.html';

const send = (page: Page) => page.locator('div[role=button][data-tooltip^="Send"]').click();

async function finishedReviews(worker: Worker, count = 1) {
  await expect
    .poll(async () => (await storedReviews(worker)).filter((r) => r.status === 'finished').length)
    .toBe(count);
  return storedReviews(worker);
}

test.describe('Gmail capture', () => {
  test('paste → send unchanged is approve, with the texts and metrics stored', async ({
    context,
    serviceWorker,
  }) => {
    const page = await openGmail(context, FIXTURE);
    await addressTo(page);
    await page.locator('input[name=subjectbox]').fill('Renewal terms');
    await pasteInto(page, BODY, DRAFT);
    await expect(page.locator('redline-badge')).toHaveCount(1);
    await send(page);
    const [review] = await finishedReviews(serviceWorker);
    expect(review).toMatchObject({
      site: 'gmail',
      source: 'paste',
      outcome: 'approve',
      endReason: 'sent',
      draftText: DRAFT,
      sentText: DRAFT,
      subject: 'Renewal terms',
      recipientDomains: ['acme.com'],
      recipientAddresses: [],
      taskType: 'renewal',
    });
    expect(review!.metrics).toMatchObject({ wordsAdded: 0, wordsRemoved: 0, retention: 1 });
  });

  test('paste → light edit → send is edit; the toast takes a reason in one click', async ({
    context,
    serviceWorker,
  }) => {
    const page = await openGmail(context, FIXTURE);
    await addressTo(page);
    await pasteInto(page, BODY, DRAFT);
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type(' Thanks, Sam');
    await send(page);
    const [review] = await finishedReviews(serviceWorker);
    expect(review).toMatchObject({ outcome: 'edit', sentText: `${DRAFT} Thanks, Sam` });
    expect(review!.metrics).toMatchObject({ wordsAdded: 3, wordsRemoved: 0 });
    expect(review!.keystrokes).toBeGreaterThanOrEqual(12);
    const toast = page.locator('redline-toast');
    await expect(toast).toHaveCount(1);
    await toast.getByRole('button', { name: 'Wrong tone' }).click();
    await expect
      .poll(async () => (await storedReviews(serviceWorker))[0]?.rejectReason)
      .toBe('wrong-tone');
    await expect(toast).toHaveCount(0);
  });

  test('paste → rewrite → send is reject', async ({ context, serviceWorker }) => {
    const page = await openGmail(context, FIXTURE);
    await addressTo(page);
    await pasteInto(page, BODY, DRAFT);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Ana, pricing stays as is. Contract attached; call me Thursday?');
    await send(page);
    const [review] = await finishedReviews(serviceWorker);
    expect(review).toMatchObject({ outcome: 'reject', endReason: 'sent', draftText: DRAFT });
    expect(review!.metrics!.retention).toBeLessThan(0.3);
  });

  test('AI insert → discard is reject, with nothing sent', async ({ context, serviceWorker }) => {
    const page = await openGmail(context, FIXTURE);
    await insertWithoutKeys(page, BODY, DRAFT);
    await expect(page.locator('redline-badge')).toHaveCount(1);
    await page.locator('div[role=button][data-tooltip^="Discard"]').click();
    const [review] = await finishedReviews(serviceWorker);
    expect(review).toMatchObject({
      source: 'insertion',
      outcome: 'reject',
      endReason: 'discarded',
      sentText: null,
      draftText: DRAFT,
    });
  });

  test('typed by hand: nothing is logged', async ({ context, serviceWorker }) => {
    const page = await openGmail(context, FIXTURE);
    await addressTo(page);
    await page.locator(BODY).click();
    await page.keyboard.type(
      'Hi Ana, quick one: can we move our call to Thursday at ten? Thanks, Sam. '.repeat(2),
    );
    await send(page);
    await expect(page.locator('#fake-gmail-status')).toContainText('Message sent.');
    await page.waitForTimeout(500);
    expect(await storedReviews(serviceWorker)).toEqual([]);
    await expect(page.locator('redline-badge')).toHaveCount(0);
  });

  test('Ctrl+Enter sends', async ({ context, serviceWorker }) => {
    const page = await openGmail(context, FIXTURE);
    await addressTo(page);
    await pasteInto(page, BODY, DRAFT);
    await page.keyboard.press('ControlOrMeta+Enter');
    const [review] = await finishedReviews(serviceWorker);
    expect(review).toMatchObject({ outcome: 'approve', endReason: 'sent', sentText: DRAFT });
  });

  test('a refused send (no recipient) is not a send; the review goes on to the real one', async ({
    context,
    serviceWorker,
  }) => {
    const page = await openGmail(context, FIXTURE);
    await pasteInto(page, BODY, DRAFT);
    await send(page);
    await expect(page.locator('#fake-gmail-status')).toHaveText(/specify at least one recipient/);
    await page.locator(BODY).click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type(' Sam');
    await addressTo(page);
    await send(page);
    const reviews = await finishedReviews(serviceWorker);
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({ outcome: 'edit', sentText: `${DRAFT} Sam` });
  });

  test('undo send reopens the same review; the second send finishes it once', async ({
    context,
    serviceWorker,
  }) => {
    const page = await openGmail(context, FIXTURE);
    await addressTo(page);
    await pasteInto(page, BODY, DRAFT);
    await send(page);
    await finishedReviews(serviceWorker);
    await page.locator('#fake-gmail-undo').click();
    await expect.poll(async () => (await storedReviews(serviceWorker))[0]?.status).toBe('open');
    await page.locator(BODY).click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type(' Best, Sam');
    await send(page);
    const reviews = await finishedReviews(serviceWorker);
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({ outcome: 'edit', sentText: `${DRAFT} Best, Sam` });
  });
});
