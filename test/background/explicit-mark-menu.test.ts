import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  demoPagePattern,
  markMenuPatterns,
  setupExplicitMark,
} from '@/lib/background/setup-explicit-mark';
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

  it('shows on the demo composer, an extension page with no content script', () => {
    expect(demoPagePattern()).toMatch(/^chrome-extension:\/\/[^/]+\/demo\.html\*$/);
  });

  it('is created for the demo page too when the extension is installed', async () => {
    const create = vi.fn();
    Object.assign(fakeBrowser, {
      contextMenus: { create, update: vi.fn(), onClicked: { addListener: vi.fn() } },
      commands: { onCommand: { addListener: vi.fn() } },
    });
    setupExplicitMark(ALL_CAPTURE_MATCHES);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await vi.waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    expect(create.mock.calls[0]![0]).toMatchObject({
      id: 'redline.mark-draft',
      contexts: ['editable'],
      documentUrlPatterns: [...ALL_CAPTURE_MATCHES, demoPagePattern()],
    });
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
      documentUrlPatterns: [...ALL_CAPTURE_MATCHES, demoPagePattern(), 'https://crm.example.com/*'],
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
      documentUrlPatterns: [...ALL_CAPTURE_MATCHES, demoPagePattern()],
    });
  });
});
