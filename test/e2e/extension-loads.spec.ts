import { expect, test } from './support/extension-fixture';

test('the built extension loads: service worker starts and the popup renders', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  expect(serviceWorker.url()).toBe(`chrome-extension://${extensionId}/background.js`);
  const manifest = await serviceWorker.evaluate(() => chrome.runtime.getManifest());
  expect(manifest.manifest_version).toBe(3);
  expect(manifest.name).toBe('Redline');

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByRole('heading', { name: 'Redline' })).toBeVisible();
  await expect(popup.getByTestId('override-rate')).toHaveText('Too few reviews');
  await expect(popup.getByText('0 approved · 0 edited · 0 rejected')).toBeVisible();
});
