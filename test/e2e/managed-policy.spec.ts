import { expect, test as base } from '@playwright/test';
import { EXTENSION_DIR, test as withExtension } from './support/extension-fixture';
import { unpackedExtensionId, writeExtensionPolicy, type PolicyFile } from './support/policy-file';

// Chromium reads machine-wide policy files at start-up, so this spec writes its file before its
// own browser starts and removes it after, whatever happens; specs run one at a time.
const POLICY = {
  endpoint: 'https://redline.example.com',
  token: 'policy-token-123',
  csmId: 'ana',
  redactionPatterns: ['ACME-\\d+', '(?i)project falcon'],
  // Not one of the schema's values: Chromium must drop it and keep the rest.
  syncMode: 'everything',
  // Not an array of strings: dropped as well.
  enabledSites: 'https://support.example.com',
};

let policy: PolicyFile | undefined;
base.beforeAll(() => {
  policy = writeExtensionPolicy(unpackedExtensionId(EXTENSION_DIR), POLICY);
});
base.afterAll(() => {
  policy?.remove();
});

withExtension.describe('team roll-out by browser policy', () => {
  withExtension(
    'policy values reach the extension, wrong ones are dropped, and the options page locks them',
    async ({ context, serviceWorker, extensionId }) => {
      expect(extensionId).toBe(unpackedExtensionId(EXTENSION_DIR));
      await expect
        .poll(() => serviceWorker.evaluate(() => chrome.storage.managed.get()), { timeout: 20_000 })
        .toEqual({
          endpoint: POLICY.endpoint,
          token: POLICY.token,
          csmId: POLICY.csmId,
          redactionPatterns: POLICY.redactionPatterns,
        });

      // Every context reads the policy from the background's mirror in storage.local.
      await expect
        .poll(() => serviceWorker.evaluate(() => chrome.storage.local.get('managedPolicy')), {
          timeout: 20_000,
        })
        .toMatchObject({ managedPolicy: { csmId: POLICY.csmId, endpoint: POLICY.endpoint } });

      const options = await context.newPage();
      await options.goto(`chrome-extension://${extensionId}/options.html`);
      await expect(options.getByTestId('managed-notice')).toContainText(
        'sync endpoint, access token, CSM id, redaction patterns',
      );
      const patterns = options.getByLabel('Team redaction patterns');
      await expect(patterns).toBeDisabled();
      await expect(patterns).toHaveValue('ACME-\\d+\n(?i)project falcon');
      await expect(options.getByText('Set by your organisation').first()).toBeVisible();
      // The dropped sync mode is the CSM's to choose.
      await expect(options.getByLabel('What sync sends')).toBeEnabled();
      // The policy's endpoint is what sync uses (the CSM's identity comes from /v1/me).
      await expect(options.getByLabel('Sync endpoint')).toHaveValue(POLICY.endpoint);
      await expect(options.getByLabel('Sync endpoint')).toBeDisabled();
      // The policy's token is used, locked and never shown in the page.
      await expect(options.getByLabel('Access token')).toBeDisabled();
      await expect(options.getByLabel('Access token')).toHaveValue('');
      expect(await options.content()).not.toContain(POLICY.token);

      // Saving the page never copies policy values into the CSM's own settings.
      await options.getByLabel('Mask phone numbers').uncheck();
      await options.getByRole('button', { name: 'Apply settings' }).click();
      await expect(options.getByTestId('settings-notice')).toHaveText(/^Saved/);
      const stored = await serviceWorker.evaluate(() => chrome.storage.local.get('settings'));
      expect(stored.settings).toMatchObject({
        redaction: { emails: true, phones: false, patterns: [] },
      });
    },
  );
});
