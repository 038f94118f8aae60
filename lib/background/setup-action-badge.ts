import { createLogger } from '../log';
import { readSettings, settingsItem } from '../settings/settings-item';
import { readSyncStatus, syncStatusItem } from '../sync/sync-status';
import { badgeFor, showBadge } from './action-badge';

const log = createLogger('badge');

/** Keeps the toolbar badge in step with the pause switch and the sync status. */
export function setupActionBadge(): void {
  const refresh = () =>
    void Promise.all([readSettings(), readSyncStatus()])
      .then(([settings, status]) => showBadge(badgeFor(settings, status)))
      .catch((error: Error) => log.warn('badge not updated', { error: error.name }));
  settingsItem.watch(refresh);
  syncStatusItem.watch(refresh);
  refresh();
}
