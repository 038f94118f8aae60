import { expect, test } from './support/extension-fixture';
import { markAsAiDraft } from './support/extension-control';
import { storedReviews } from './support/stored-reviews';

// A newcomer's first minute: the empty popup points at the demo composer; there the pretend AI
// drafts, the CSM edits and sends, and the popup shows the review with its word diff. The demo
// page runs the same capture code as the real sites (the generic adapter, site `demo`).

test('demo composer: draft with AI → edit → send → review and diff in the popup', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?view=tab`);
  const [demo] = await Promise.all([
    context.waitForEvent('page'),
    popup.getByRole('link', { name: 'Try it in the demo composer' }).click(),
  ]);
  await demo.waitForLoadState();
  expect(new URL(demo.url()).pathname).toBe('/demo.html');

  await demo.getByLabel('What the AI should draft').selectOption('renewal');
  await demo.getByRole('button', { name: 'Draft with AI' }).click();
  const body = demo.getByRole('textbox', { name: 'Message body' });
  await expect(body).toContainText('Your current subscription term ends on January 31st');
  await expect(demo.locator('redline-badge')).toHaveCount(1);
  // The badge shows at once; the worker stores the review a moment later.
  await expect.poll(() => storedReviews(serviceWorker)).toHaveLength(1);

  // The CSM corrects a fact, by hand, then sends.
  await body.getByText('about forty seats').click();
  await demo.keyboard.press('End');
  await demo.keyboard.type(' We also honour the 2025 discount.');
  await demo.getByRole('button', { name: 'Send' }).click();
  await expect(demo.getByRole('status').filter({ hasText: 'Sent to' })).toBeVisible();

  await expect.poll(async () => (await storedReviews(serviceWorker))[0]?.status).toBe('finished');
  const [review] = await storedReviews(serviceWorker);
  expect(review).toMatchObject({
    site: 'demo',
    source: 'insertion',
    outcome: 'edit',
    taskType: 'renewal',
    subject: 'Planning your renewal ahead of the January term',
    recipientDomains: ['brightpath-health.org'],
  });
  expect(review!.sentText).toContain('We also honour the 2025 discount.');

  await popup.bringToFront();
  await popup.getByRole('tab', { name: 'Reviews' }).click();
  await popup.getByRole('button', { name: /Planning your renewal/ }).click();
  await expect(popup.getByTestId('diff').locator('ins')).toContainText(['discount']);
});

test('demo composer: a send without recipient is refused, then the draft is discarded', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  const demo = await context.newPage();
  await demo.goto(`chrome-extension://${extensionId}/demo.html`);
  await demo.getByRole('button', { name: 'Draft with AI' }).click();
  await expect(demo.locator('redline-badge')).toHaveCount(1);
  await demo.getByRole('textbox', { name: 'To' }).fill('');
  await demo.getByRole('button', { name: 'Send' }).click();
  await expect(demo.getByRole('alert')).toHaveText('Add a valid recipient before sending.');
  // Refused: still open; the review stays open too.
  await expect.poll(async () => (await storedReviews(serviceWorker))[0]?.status).toBe('open');
  await demo.getByRole('button', { name: 'Discard' }).click();
  await expect.poll(async () => (await storedReviews(serviceWorker))[0]?.status).toBe('finished');
  const [review] = await storedReviews(serviceWorker);
  expect(review).toMatchObject({ site: 'demo', outcome: 'reject', sentText: null });
});

test('demo composer: "Mark as AI draft" on typed text → the review follows to Send', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  const demo = await context.newPage();
  await demo.goto(`chrome-extension://${extensionId}/demo.html`);
  const body = demo.getByRole('textbox', { name: 'Message body' });
  await body.click();
  await demo.keyboard.type(
    'Hi Dana, here is the summary of the quarter that our assistant prepared for you: ' +
      'adoption grew in every team and the support backlog is down to two tickets.',
  );
  // Typed by hand: nothing is tracked until the CSM says it is an AI draft.
  await expect(demo.locator('redline-badge')).toHaveCount(0);
  expect(await storedReviews(serviceWorker)).toEqual([]);

  // The worker created the item (Playwright cannot open Chromium's native menu; the unit test
  // checks the item's patterns include this page). The right-click tells the page which field
  // it was on; then the message the item's click sends the tab arrives in this extension page.
  const itemExists = () =>
    serviceWorker.evaluate(() =>
      chrome.contextMenus.update('redline.mark-draft', {}).then(
        () => true,
        () => false,
      ),
    );
  await expect.poll(itemExists).toBe(true);
  await body.click({ button: 'right' });
  expect(await markAsAiDraft(serviceWorker)).toBe(true);
  await expect(demo.locator('redline-badge')).toHaveCount(1);
  await expect.poll(() => storedReviews(serviceWorker)).toHaveLength(1);
  expect((await storedReviews(serviceWorker))[0]).toMatchObject({
    site: 'demo',
    source: 'explicit',
  });

  // The CSM finishes the sentence and sends: the marked draft is the baseline of the review.
  await demo.getByRole('textbox', { name: 'To' }).fill('dana@brightpath-health.org');
  await demo.getByRole('textbox', { name: 'Subject' }).fill('Your quarter in review');
  await body.click();
  await demo.keyboard.press('End');
  await demo.keyboard.type(' Shall we meet on Thursday?');
  await demo.getByRole('button', { name: 'Send' }).click();
  await expect(demo.getByRole('status').filter({ hasText: 'Sent to' })).toBeVisible();
  await expect.poll(async () => (await storedReviews(serviceWorker))[0]?.status).toBe('finished');
  const [review] = await storedReviews(serviceWorker);
  expect(review).toMatchObject({ site: 'demo', source: 'explicit', outcome: 'edit' });
  expect(review!.sentText).toContain('Shall we meet on Thursday?');
  expect(review!.draftText).not.toContain('Thursday');
});
