import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { badgeFor, showBadge } from '@/lib/background/action-badge';
import { INITIAL_SYNC_STATUS } from '@/lib/sync/sync-status';

describe('the toolbar badge', () => {
  it('is empty when all is well, "II" when paused, "!" on sync trouble', () => {
    expect(badgeFor({ paused: false }, INITIAL_SYNC_STATUS).text).toBe('');
    expect(badgeFor({ paused: true }, INITIAL_SYNC_STATUS)).toMatchObject({ text: 'II' });
    const trouble = badgeFor(
      { paused: false },
      { ...INITIAL_SYNC_STATUS, lastError: 'Server down' },
    );
    expect(trouble).toMatchObject({ text: '!' });
    expect(trouble.title).toContain('Server down');
    expect(badgeFor({ paused: true }, { ...INITIAL_SYNC_STATUS, lastError: 'x' }).text).toBe('II');
  });

  it('is written to the browser action', async () => {
    await showBadge(badgeFor({ paused: true }, null));
    expect(await fakeBrowser.action.getBadgeText({})).toBe('II');
    expect(await fakeBrowser.action.getTitle({})).toMatch(/paused/);
  });
});
