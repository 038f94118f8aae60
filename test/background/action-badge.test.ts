import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { badgeFor, showBadge } from '@/lib/background/action-badge';
import { INITIAL_SYNC_STATUS } from '@/lib/sync/sync-status';

describe('the toolbar badge', () => {
  it('is empty when all is well, "II" when paused, "!" on sync trouble', () => {
    expect(badgeFor({ paused: false }, INITIAL_SYNC_STATUS).text).toBe('');
    expect(badgeFor({ paused: false }, INITIAL_SYNC_STATUS).icon).toBe('icon');
    expect(badgeFor({ paused: true }, INITIAL_SYNC_STATUS)).toMatchObject({
      text: 'II',
      icon: 'icon/paused',
    });
    const trouble = badgeFor(
      { paused: false },
      { ...INITIAL_SYNC_STATUS, lastError: 'Server down' },
    );
    expect(trouble).toMatchObject({ text: '!', icon: 'icon/trouble' });
    expect(trouble.title).toContain('Server down');
    expect(badgeFor({ paused: true }, { ...INITIAL_SYNC_STATUS, lastError: 'x' }).text).toBe('II');
  });

  it('names icon files the build ships', async () => {
    const { existsSync } = await import('node:fs');
    for (const state of [
      badgeFor({ paused: false }, null),
      badgeFor({ paused: true }, null),
      badgeFor({ paused: false }, { ...INITIAL_SYNC_STATUS, lastError: 'x' }),
    ]) {
      for (const size of [16, 32])
        expect(existsSync(`public/${state.icon}/${size}.png`)).toBe(true);
    }
  });

  it('is written to the browser action', async () => {
    // The fake browser has no setIcon; record what the worker asks for.
    const setIcon = vi.fn(() => Promise.resolve());
    fakeBrowser.action.setIcon = setIcon;
    await showBadge(badgeFor({ paused: true }, null));
    expect(setIcon).toHaveBeenCalledWith({
      path: { 16: '/icon/paused/16.png', 32: '/icon/paused/32.png' },
    });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('II');
    expect(await fakeBrowser.action.getTitle({})).toMatch(/paused/);
  });
});
