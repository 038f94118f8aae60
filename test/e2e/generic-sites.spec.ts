import { expect, test } from './support/extension-fixture';
import { CS_DRAFT, insertDraft, openComposer } from './support/generic-page';
import { storedReviews } from './support/stored-reviews';

// Sites a team enables, and a team's selector override. What Playwright cannot do is answer the
// browser's own permission prompt (it is browser UI, not a page), so the grant itself is not
// exercised here: these tests show that nothing runs on a site nobody enabled, that Enable asks
// the browser (the prompt is open, nothing is registered before it is answered), and that an
// override saved in options applies in an open tab without a reload or a rebuild.
const CRM = 'https://crm.example.test';

test('a site nobody enabled gets nothing; Enable asks the browser and registers nothing yet', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  const page = await openComposer(context, CRM, '2026-12-01-lexical.html');
  await insertDraft(page, CS_DRAFT);
  await expect(page.locator('[data-lexical-editor]')).toContainText('renewal comes up');
  const registered = () =>
    serviceWorker.evaluate(async () =>
      (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id),
    );
  expect(await registered()).toEqual([]);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByTestId('no-enabled-sites')).toBeVisible();
  await options.getByLabel('Enable Redline on').fill('ftp://nope');
  await options.getByRole('button', { name: 'Enable', exact: true }).click();
  await expect(options.getByTestId('sites-notice')).toHaveText(/Not a site address/);
  await options.getByLabel('Enable Redline on').fill('crm.example.test');
  await options.getByRole('button', { name: 'Enable', exact: true }).click();
  // The browser's prompt is now open (and unanswered): the request is pending.
  await expect(options.getByTestId('sites-notice')).toHaveText(
    'Asking your browser for access to https://crm.example.test…',
  );
  expect(await registered()).toEqual([]);
  const granted = await serviceWorker.evaluate(() =>
    chrome.permissions.contains({ origins: ['https://crm.example.test/*'] }),
  );
  expect(granted).toBe(false);

  await page.reload();
  await insertDraft(page, CS_DRAFT);
  await expect(page.locator('[data-lexical-editor]')).toContainText('renewal comes up');
  await expect(page.locator('redline-badge')).toHaveCount(0);
  expect(await storedReviews(serviceWorker)).toEqual([]);
});

test("a team's selector override applies in an open tab without a reload; a bad one is refused", async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  const page = await openComposer(
    context,
    'https://acme.gainsightcloud.com',
    '2026-12-01-gainsight-edit-email.html',
  );
  await expect(page.locator('.email-body')).toBeVisible();
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Site', { exact: true }).selectOption('gainsight');
  const json = options.getByLabel('Override (JSON)');

  await json.fill('{ "bodies": ["div[[broken"] }');
  await options.getByRole('button', { name: 'Apply override' }).click();
  await expect(options.getByTestId('override-notice')).toHaveText(
    'Not saved. bodies.0: not a valid CSS selector',
  );
  await json.fill('{ "bodys": [".x"] }');
  await options.getByRole('button', { name: 'Apply override' }).click();
  await expect(options.getByTestId('override-notice')).toContainText('Unknown field bodys');
  const stored = () =>
    serviceWorker.evaluate(
      async () =>
        (await chrome.storage.local.get('settings')).settings as
          { selectorOverrides?: object } | undefined,
    );
  expect((await stored())?.selectorOverrides ?? {}).toEqual({});

  // The team says this site's body is not the one Redline found by default...
  await json.fill('{ "notBodies": [".email-body"] }');
  await options.getByRole('button', { name: 'Apply override' }).click();
  await expect(options.getByTestId('override-notice')).toHaveText('Saved: open tabs use it now.');
  await page.bringToFront();
  await insertDraft(page, CS_DRAFT);
  await expect(page.locator('.email-body')).toContainText('renewal comes up');
  await expect(page.locator('redline-badge')).toHaveCount(0);

  // ...then takes the override back: the same open tab tracks the next draft.
  await options.bringToFront();
  await json.fill('');
  await options.getByRole('button', { name: 'Apply override' }).click();
  await expect(options.getByTestId('override-notice')).toHaveText('Override removed.');
  await page.bringToFront();
  await page.locator('.email-body').evaluate((body) => body.replaceChildren());
  await insertDraft(page, CS_DRAFT);
  await expect(page.locator('redline-badge')).toHaveCount(1);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect.poll(async () => (await storedReviews(serviceWorker))[0]?.outcome).toBe('approve');
});
