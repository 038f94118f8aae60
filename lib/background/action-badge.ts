import { browser } from 'wxt/browser';
import type { Settings } from '../settings/settings-schema';
import type { SyncStatus } from '../sync/sync-status';

export interface BadgeState {
  text: string;
  color: string;
  title: string;
  /** Toolbar icon set, under public/ (paused: grey mark; trouble: amber corner). */
  icon: 'icon' | 'icon/paused' | 'icon/trouble';
}

const iconPaths = (dir: BadgeState['icon']) => ({ 16: `/${dir}/16.png`, 32: `/${dir}/32.png` });

/**
 * What the toolbar icon says at a glance: nothing when all is well, "II" and a grey mark while
 * capture is paused, "!" and an amber corner when sync keeps failing. Pause wins: a paused Redline has nothing new to sync.
 */
export function badgeFor(
  settings: Pick<Settings, 'paused'>,
  status: SyncStatus | null,
): BadgeState {
  if (settings.paused) {
    return {
      text: 'II',
      color: '#59636e',
      title: 'Redline — paused: nothing is being recorded',
      icon: 'icon/paused',
    };
  }
  if (status?.lastError) {
    return {
      text: '!',
      color: '#b3261e',
      title: `Redline — sync trouble: ${status.lastError.slice(0, 200)}`,
      icon: 'icon/trouble',
    };
  }
  return { text: '', color: '#1a7f37', title: 'Redline', icon: 'icon' };
}

export async function showBadge(state: BadgeState): Promise<void> {
  // Firefox MV2 names it browserAction; Chrome MV3 action.
  const action =
    browser.action ??
    (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  if (!action) return;
  await Promise.all([
    action.setBadgeText({ text: state.text }),
    action.setBadgeBackgroundColor({ color: state.color }),
    action.setTitle({ title: state.title }),
    // The badge text alone is easy to miss; the icon itself changes too.
    action.setIcon({ path: iconPaths(state.icon) }),
  ]);
}
