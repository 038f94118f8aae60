/**
 * The permissions Redline documents (README, "What Redline keeps, and where"), in one place.
 * Adding a site or a permission means changing this list on purpose, with the README.
 */
export const EXPECTED_MANIFEST = {
  permissions: ['alarms', 'contextMenus', 'storage'],
  host_permissions: [] as string[],
  optional_permissions: [] as string[],
  optional_host_permissions: [] as string[],
  /** Where content scripts run: the only pages Redline reads. */
  contentScriptMatches: ['https://mail.google.com/*'],
};
