import type { Page } from '@playwright/test';
import { expect, test } from './support/extension-fixture';
import {
  currentWorker,
  markAsAiDraft,
  setSettings,
  stopServiceWorkers,
} from './support/extension-control';
import { addressTo, BODY, DRAFT, openGmail, pasteInto } from './support/gmail-page';
import { storedReviews } from './support/stored-reviews';

async function typeAtEnd(page: Page, selector: string, text: string) {
  await page.locator(selector).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(text);
}

test.describe('Gmail capture: marks, protocol, several composes, restarts', () => {
  test('explicit mark → edit → send', async ({ context, serviceWorker }) => {
    const page = await openGmail(context, 'gmail-compose-2020.html');
    await addressTo(page);
    await page.locator(BODY).click();
    await page.keyboard.type('Quick note: the renewal quote is attached, valid until Friday.');
    expect(await storedReviews(serviceWorker)).toEqual([]);
    expect(await markAsAiDraft(serviceWorker)).toBe(true);
    await expect(page.locator('redline-badge')).toHaveCount(1);
    await typeAtEnd(page, BODY, ' Thanks!');
    await page.locator('div[role=button][data-tooltip^="Send"]').click();
    await expect.poll(async () => (await storedReviews(serviceWorker))[0]?.status).toBe('finished');
    const [review] = await storedReviews(serviceWorker);
    expect(review).toMatchObject({
      source: 'explicit',
      outcome: 'edit',
      draftText: 'Quick note: the renewal quote is attached, valid until Friday.',
      sentText: 'Quick note: the renewal quote is attached, valid until Friday. Thanks!',
    });
  });

  test('page protocol: a tool announces its draft, the CSM sends it unchanged', async ({
    context,
    serviceWorker,
  }) => {
    const page = await openGmail(context, 'gmail-compose-2020.html');
    await addressTo(page);
    await page.locator(BODY).click();
    await page.evaluate((text) => {
      window.postMessage({ type: 'redline.draft', version: 1, text }, location.origin);
      // The tool then puts the text in the compose itself.
      setTimeout(() => document.execCommand('insertText', false, text), 50);
    }, DRAFT);
    await expect(page.locator('redline-badge')).toHaveCount(1);
    await expect(page.locator(BODY)).toHaveText(DRAFT);
    await page.locator('div[role=button][data-tooltip^="Send"]').click();
    await expect.poll(async () => (await storedReviews(serviceWorker))[0]?.status).toBe('finished');
    const [review] = await storedReviews(serviceWorker);
    expect(review).toMatchObject({ source: 'page-protocol', outcome: 'approve', draftText: DRAFT });
  });

  test('a forged or oversized page message tracks nothing', async ({ context, serviceWorker }) => {
    const page = await openGmail(context, 'gmail-compose-2020.html');
    await page.locator(BODY).click();
    await page.evaluate(() => {
      window.postMessage({ type: 'redline.draft', version: 1, text: 'x'.repeat(300_000) }, '*');
      window.postMessage({ type: 'redline.draft', version: 9, text: 'hello' }, '*');
      window.postMessage({ type: 'redline.draft', text: { html: '<b>x</b>' } }, '*');
    });
    await page.waitForTimeout(500);
    await expect(page.locator('redline-badge')).toHaveCount(0);
    expect(await storedReviews(serviceWorker)).toEqual([]);
  });

  test('two composes at once keep two reviews apart', async ({ context, serviceWorker }) => {
    const page = await openGmail(context, '2026-11-23-two-composes.html');
    await pasteInto(page, '#ma-body', DRAFT);
    await pasteInto(page, '#mb-body', `${DRAFT} Welcome!`);
    await expect(page.locator('redline-badge')).toHaveCount(2);
    await page
      .locator('[role=dialog]')
      .first()
      .locator('[role=button][data-tooltip^="Send"]')
      .click();
    await page
      .locator('[role=dialog]')
      .last()
      .locator('[role=button][data-tooltip^="Discard"]')
      .click();
    await expect
      .poll(
        async () =>
          (await storedReviews(serviceWorker)).filter((r) => r.status === 'finished').length,
      )
      .toBe(2);
    const reviews = await storedReviews(serviceWorker);
    const sent = reviews.find((r) => r.endReason === 'sent')!;
    const discarded = reviews.find((r) => r.endReason === 'discarded')!;
    expect(sent.draftText).toBe(DRAFT);
    expect(sent.sentText).toContain(DRAFT);
    expect(sent.recipientDomains.length).toBeGreaterThan(0);
    expect(discarded).toMatchObject({
      draftText: `${DRAFT} Welcome!`,
      outcome: 'reject',
      sentText: null,
    });
    expect(sent.id).not.toBe(discarded.id);
  });

  test('an inline reply: quoted history and signature stay out of the sent text', async ({
    context,
    serviceWorker,
  }) => {
    const page = await openGmail(context, '2026-11-23-inline-reply-quote-signature.html');
    await pasteInto(page, BODY, DRAFT, 'start');
    await page.locator('[role=button][data-tooltip^="Send"]').click();
    await expect.poll(async () => (await storedReviews(serviceWorker))[0]?.status).toBe('finished');
    const [review] = await storedReviews(serviceWorker);
    expect(review!.sentText).toContain(DRAFT);
    expect(review!.sentText).not.toContain('Sam Ortiz');
    expect(review!.sentText).not.toContain('could you send the renewal plan');
    expect(review!.recipientDomains).toEqual(['example.com']);
    // The message being answered is kept apart, for tuning prompts.
    expect(review!.context).toBe('Hi Sam, could you send the renewal plan before Friday?');
  });

  test('a Gmail reload mid-review loses nothing: the same review goes on', async ({
    context,
    serviceWorker,
  }) => {
    const page = await openGmail(context, 'gmail-compose-2020.html');
    await pasteInto(page, BODY, DRAFT);
    await typeAtEnd(page, BODY, ' Best, Sam');
    await page.waitForTimeout(400); // Gmail's autosave (the stand-in saves every 200 ms)
    await page.reload();
    await expect(page.locator(BODY)).toContainText('Best, Sam');
    await expect(page.locator('redline-badge')).toHaveCount(1);
    await addressTo(page);
    await page.locator('div[role=button][data-tooltip^="Send"]').click();
    await expect.poll(async () => (await storedReviews(serviceWorker))[0]?.status).toBe('finished');
    const reviews = await storedReviews(serviceWorker);
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({
      draftText: DRAFT,
      sentText: `${DRAFT} Best, Sam`,
      outcome: 'edit',
    });
  });

  test('the service worker stopped mid-review: the send still lands, once', async ({ context }) => {
    const page = await openGmail(context, 'gmail-compose-2020.html');
    const first = await currentWorker(context);
    await addressTo(page);
    await pasteInto(page, BODY, DRAFT);
    await expect.poll(async () => (await storedReviews(first)).length).toBe(1);
    await stopServiceWorkers(page);
    await typeAtEnd(page, BODY, ' Sam');
    await page.locator('div[role=button][data-tooltip^="Send"]').click();
    await expect
      .poll(async () => {
        const worker = await currentWorker(context);
        return (await storedReviews(worker).catch(() => []))[0]?.status;
      })
      .toBe('finished');
    const reviews = await storedReviews(await currentWorker(context));
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({ outcome: 'edit', sentText: `${DRAFT} Sam` });
  });

  test('pause and the site switch are honoured at once', async ({ context, serviceWorker }) => {
    const page = await openGmail(context, 'gmail-compose-2020.html');
    await setSettings(serviceWorker, { paused: true });
    await pasteInto(page, BODY, DRAFT);
    await page.waitForTimeout(300);
    await expect(page.locator('redline-badge')).toHaveCount(0);
    expect(await storedReviews(serviceWorker)).toEqual([]);

    await setSettings(serviceWorker, { paused: false, sites: { gmail: false } });
    await page.locator(BODY).evaluate((body) => (body.innerHTML = ''));
    await pasteInto(page, BODY, DRAFT);
    await page.waitForTimeout(300);
    expect(await storedReviews(serviceWorker)).toEqual([]);

    await setSettings(serviceWorker, { sites: { gmail: true } });
    await page.locator(BODY).evaluate((body) => (body.innerHTML = ''));
    await pasteInto(page, BODY, DRAFT);
    await expect(page.locator('redline-badge')).toHaveCount(1);
    await expect.poll(async () => (await storedReviews(serviceWorker)).length).toBe(1);
  });

  test('untrack from the badge: nothing about the draft is kept', async ({
    context,
    serviceWorker,
  }) => {
    const page = await openGmail(context, 'gmail-compose-2020.html');
    await pasteInto(page, BODY, DRAFT);
    await expect.poll(async () => (await storedReviews(serviceWorker)).length).toBe(1);
    await page.locator('redline-badge').getByRole('button', { name: 'Untrack' }).click();
    await expect(page.locator('redline-badge')).toHaveCount(0);
    await expect.poll(async () => (await storedReviews(serviceWorker)).length).toBe(0);
  });
});
