import type { Page } from '@playwright/test';
import { expect, test } from './support/extension-fixture';
import {
  caretAfterFirstParagraph,
  openOutlook,
  OUTLOOK_BODY as BODY,
  OUTLOOK_SEND,
  outlookAddressTo,
} from './support/outlook-page';
import { DRAFT, insertWithoutKeys, pasteInto } from './support/site-page';
import { finishedReviews, storedReviews } from './support/stored-reviews';

const NEW_MAIL = '2026-12-01-new-mail.html';
const send = (page: Page) => page.locator(OUTLOOK_SEND).click();

test.describe('Outlook capture', () => {
  test('paste → send unchanged is approve; the signature stays out', async ({
    context,
    serviceWorker,
  }) => {
    const page = await openOutlook(context, NEW_MAIL);
    await page.locator('input[aria-label="Add a subject"]').fill('Renewal terms');
    await pasteInto(page, BODY, DRAFT, 'start');
    await expect(page.locator('redline-badge')).toHaveCount(1);
    await send(page);
    const [review] = await finishedReviews(serviceWorker);
    expect(review).toMatchObject({
      site: 'outlook',
      source: 'paste',
      outcome: 'approve',
      endReason: 'sent',
      draftText: DRAFT,
      sentText: DRAFT,
      subject: 'Renewal terms',
      recipientDomains: ['example.com'],
      taskType: 'renewal',
    });
  });

  test('Schedule send, chosen in the menu outside the compose, ends the review as scheduled', async ({
    context,
    serviceWorker,
  }) => {
    const page = await openOutlook(context, NEW_MAIL);
    await pasteInto(page, BODY, DRAFT, 'start');
    await expect(page.locator('redline-badge')).toHaveCount(1);
    await page.getByRole('button', { name: 'More send options' }).click();
    await page.getByRole('menuitem', { name: 'Schedule send' }).click();
    const [review] = await finishedReviews(serviceWorker);
    expect(review).toMatchObject({
      site: 'outlook',
      outcome: 'approve',
      endReason: 'scheduled',
      sentText: DRAFT,
    });
  });

  test('paste → light edit → send is edit', async ({ context, serviceWorker }) => {
    const page = await openOutlook(context, NEW_MAIL, 'https://outlook.cloud.microsoft/mail/');
    await pasteInto(page, BODY, DRAFT, 'start');
    await page.keyboard.type(' Thanks, Sam');
    await send(page);
    const [review] = await finishedReviews(serviceWorker);
    expect(review).toMatchObject({ outcome: 'edit', sentText: `${DRAFT} Thanks, Sam` });
    expect(review!.metrics).toMatchObject({ wordsAdded: 3, wordsRemoved: 0 });
    await expect(page.locator('redline-toast')).toHaveCount(1);
  });

  test('paste → rewrite → send is reject', async ({ context, serviceWorker }) => {
    const page = await openOutlook(context, NEW_MAIL, 'https://outlook.live.com/mail/0/');
    await pasteInto(page, BODY, DRAFT, 'start');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Ana, pricing stays as is. Contract attached; call me Thursday?');
    await page.keyboard.press('ControlOrMeta+Enter');
    const [review] = await finishedReviews(serviceWorker);
    expect(review).toMatchObject({ outcome: 'reject', endReason: 'sent', draftText: DRAFT });
    expect(review!.metrics!.retention).toBeLessThan(0.3);
  });

  test('AI insert → discard is reject, with nothing sent', async ({ context, serviceWorker }) => {
    const page = await openOutlook(context, NEW_MAIL, 'https://outlook.office365.com/mail/');
    await insertWithoutKeys(page, BODY, DRAFT);
    await expect(page.locator('redline-badge')).toHaveCount(1);
    await page.locator('button[aria-label="Discard"]').click();
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
    const page = await openOutlook(context, NEW_MAIL);
    await page.locator(BODY).click();
    await page.keyboard.press('ControlOrMeta+Home');
    await page.keyboard.type(
      'Hi Ana, quick one: can we move our call to Thursday at ten? Thanks, Sam. '.repeat(2),
    );
    await send(page);
    await expect(page.locator('#fake-outlook-status')).toContainText('Sending');
    await page.waitForTimeout(500);
    expect(await storedReviews(serviceWorker)).toEqual([]);
    await expect(page.locator('redline-badge')).toHaveCount(0);
  });

  test('a refused send (no recipient) is not a send; edited, then sent, it is one review', async ({
    context,
    serviceWorker,
  }) => {
    const page = await openOutlook(context, '2026-12-01-refused-send.html');
    await page.locator(BODY).evaluate((body) => (body.firstElementChild!.innerHTML = '<br>'));
    await pasteInto(page, BODY, DRAFT, 'start');
    await send(page);
    await expect(page.locator('[role=alert]').first()).toContainText('at least one recipient');
    await caretAfterFirstParagraph(page);
    await page.keyboard.type(' Sam');
    await outlookAddressTo(page);
    await send(page);
    const reviews = await finishedReviews(serviceWorker);
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({
      outcome: 'edit',
      sentText: `${DRAFT} Sam`,
      recipientDomains: ['acme.com'],
    });
  });

  test('undo send remounts the compose as new nodes: the same review reopens and ends once', async ({
    context,
    serviceWorker,
  }) => {
    const page = await openOutlook(context, NEW_MAIL);
    await pasteInto(page, BODY, DRAFT, 'start');
    await send(page);
    const [sent] = await finishedReviews(serviceWorker);
    await page.locator('#fake-outlook-undo').click();
    await expect(page.locator('[id^="editorParent_1"]')).toHaveCount(1); // editorParent_10: new
    await expect.poll(async () => (await storedReviews(serviceWorker))[0]?.status).toBe('open');
    await expect(page.locator('redline-badge')).toHaveCount(1);
    await caretAfterFirstParagraph(page);
    await page.keyboard.type(' Best, Sam');
    await send(page);
    const reviews = await finishedReviews(serviceWorker);
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({
      id: sent!.id,
      outcome: 'edit',
      sentText: `${DRAFT} Best, Sam`,
    });
  });

  test('Copilot "Keep it" is a keystroke-free insertion; sent unchanged, approve', async ({
    context,
    serviceWorker,
  }) => {
    const page = await openOutlook(context, '2026-12-01-copilot-insert.html');
    const card = await page.locator('[data-copilot-card] [aria-live]').textContent();
    await page.getByRole('button', { name: 'Keep it' }).click();
    await expect(page.locator('redline-badge')).toHaveCount(1);
    await send(page);
    const [review] = await finishedReviews(serviceWorker);
    expect(review).toMatchObject({
      source: 'insertion',
      outcome: 'approve',
      draftText: card,
      sentText: card,
      recipientDomains: ['example.org'],
    });
  });

  test('an inline reply: quoted history and signature stay out; the reading pane is no compose', async ({
    context,
    serviceWorker,
  }) => {
    const page = await openOutlook(context, '2026-12-01-inline-reply-quoted-history.html');
    await expect(page.locator('redline-badge')).toHaveCount(0);
    await pasteInto(page, BODY, DRAFT, 'start');
    await send(page);
    const [review] = await finishedReviews(serviceWorker);
    expect(review!.sentText).toBe(DRAFT);
    expect(review!.recipientDomains).toEqual(['example.org']);
    // The newest quoted message, not the older one quoted inside it.
    expect(review!.context).toBe(
      'Hi Sam, could you send the renewal plan before Friday? Thanks, Dana',
    );
  });
});
