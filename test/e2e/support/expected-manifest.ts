/**
 * The permissions Redline documents (README, "What Redline keeps, and where"), in one place.
 * Adding a site or a permission means changing this list on purpose, with the README.
 */
export const EXPECTED_MANIFEST = {
  permissions: ['activeTab', 'alarms', 'contextMenus', 'scripting', 'storage'],
  host_permissions: [] as string[],
  optional_permissions: [] as string[],
  optional_host_permissions: ['http://127.0.0.1/*', 'http://localhost/*', 'https://*/*'],
  /** Where content scripts run: the only pages Redline reads. */
  contentScriptMatches: [
    'https://*.gainsightcloud.com/*',
    'https://mail.google.com/*',
    'https://outlook.cloud.microsoft/*',
    'https://outlook.live.com/*',
    'https://outlook.office.com/*',
    'https://outlook.office365.com/*',
  ],
};
