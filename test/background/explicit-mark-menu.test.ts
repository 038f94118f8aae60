import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { markMenuPatterns, setupExplicitMark } from '@/lib/background/setup-explicit-mark';
import { settingsItem } from '@/lib/settings/settings-item';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings-schema';
import { ALL_CAPTURE_MATCHES } from '@/lib/sites/site-matches';

describe('"Mark as AI draft" menu', () => {
  beforeEach(() => fakeBrowser.reset());

  it("shows on Redline's own sites and on every enabled site", () => {
    expect(markMenuPatterns(['https://mail.google.com/*'], ['https://crm.example.com'])).toEqual([
      'https://mail.google.com/*',
      'https://crm.example.com/*',
    ]);
  });

  it('follows the enabled sites when one is enabled or removed', async () => {
    const update = vi.fn(async () => {});
    const create = vi.fn();
    Object.assign(fakeBrowser, {
      contextMenus: { create, update, onClicked: { addListener: vi.fn() } },
      commands: { onCommand: { addListener: vi.fn() } },
    });
    setupExplicitMark(ALL_CAPTURE_MATCHES);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, enabledSites: ['https://crm.example.com'] });
    await vi.waitFor(() => expect(update).toHaveBeenCalledTimes(1));
    expect(update).toHaveBeenLastCalledWith('redline.mark-draft', {
      documentUrlPatterns: [...ALL_CAPTURE_MATCHES, 'https://crm.example.com/*'],
    });
    // A change to anything else leaves the menu alone.
    await settingsItem.setValue({
      ...DEFAULT_SETTINGS,
      enabledSites: ['https://crm.example.com'],
      paused: true,
    });
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, enabledSites: [] });
    await vi.waitFor(() => expect(update).toHaveBeenCalledTimes(2));
    expect(update).toHaveBeenLastCalledWith('redline.mark-draft', {
      documentUrlPatterns: ALL_CAPTURE_MATCHES,
    });
  });
});
