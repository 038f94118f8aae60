import { expect, test } from './support/extension-fixture';
import { markAsAiDraft, setSettings } from './support/extension-control';
import {
  caretAfterFirstParagraph,
  openOutlook,
  OUTLOOK_BODY as BODY,
  OUTLOOK_SEND,
} from './support/outlook-page';
import { DRAFT, pasteInto } from './support/site-page';
import { finishedReviews, storedReviews } from './support/stored-reviews';

const NEW_MAIL = '2026-12-01-new-mail.html';

test.describe('Outlook capture: switch, explicit mark', () => {
  test('the Outlook switch off: nothing is tracked; back on, it is', async ({
    context,
    serviceWorker,
  }) => {
    const page = await openOutlook(context, NEW_MAIL);
    await setSettings(serviceWorker, { sites: { gmail: true, outlook: false } });
    await pasteInto(page, BODY, DRAFT, 'start');
    await page.waitForTimeout(300);
    await expect(page.locator('redline-badge')).toHaveCount(0);
    expect(await storedReviews(serviceWorker)).toEqual([]);

    await setSettings(serviceWorker, { sites: { gmail: true, outlook: true } });
    await page.locator(BODY).evaluate((body) => (body.firstElementChild!.innerHTML = '<br>'));
    await pasteInto(page, BODY, DRAFT, 'start');
    await expect(page.locator('redline-badge')).toHaveCount(1);
    await expect.poll(async () => (await storedReviews(serviceWorker)).length).toBe(1);
  });

  test('explicit mark on typed text → edit → send', async ({ context, serviceWorker }) => {
    const page = await openOutlook(context, NEW_MAIL);
    await caretAfterFirstParagraph(page);
    await page.keyboard.type('Quick note: the renewal quote is attached, valid until Friday.');
    expect(await markAsAiDraft(serviceWorker)).toBe(true);
    await expect(page.locator('redline-badge')).toHaveCount(1);
    await caretAfterFirstParagraph(page);
    await page.keyboard.type(' Thanks!');
    await page.locator(OUTLOOK_SEND).click();
    const [review] = await finishedReviews(serviceWorker);
    expect(review).toMatchObject({
      site: 'outlook',
      source: 'explicit',
      outcome: 'edit',
      draftText: 'Quick note: the renewal quote is attached, valid until Friday.',
      sentText: 'Quick note: the renewal quote is attached, valid until Friday. Thanks!',
    });
  });
});
