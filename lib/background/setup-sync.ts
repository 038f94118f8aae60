import { browser } from 'wxt/browser';
import type { RedlineDb } from '../db/redline-db';
import { createLogger } from '../log';
import { readPrivacyPolicy } from '../privacy/read-privacy-policy';
import { readSyncConfig, syncSettingsItem, syncTokenItem } from '../settings/sync-settings-item';
import { createOutboxSender, type FlushResult } from '../sync/outbox-sender';
import { syncMessenger } from '../sync/sync-messenger';
import { patchSyncStatus, readSyncStatus } from '../sync/sync-status';
import { ForbiddenSenderError } from './sender-check';

/** The steady schedule; a packed MV3 build fires alarms at most every 30 s anyway. */
export const SYNC_ALARM = 'redline.sync';
/** One-shot wake-up at the end of a backoff or a Retry-After. */
export const SYNC_RETRY_ALARM = 'redline.sync.retry';
/** Changes arriving together (a burst of sends, a bulk star) go in one batch. */
const CHANGE_DEBOUNCE_MS = 2_000;

const log = createLogger('sync');

/**
 * Team sync in the background: on every outbox change (after its transaction commits), on a
 * one-minute alarm, at the end of a backoff, when the sync settings change, and on "Sync now".
 * Nothing lives only in memory: the outbox and the status are in storage, so a stopped service
 * worker resumes where it was on its next wake-up.
 */
export function setupSync(db: RedlineDb): void {
  const sender = createOutboxSender({
    db,
    getConfig: readSyncConfig,
    getPrivacy: readPrivacyPolicy,
    readStatus: readSyncStatus,
    patchStatus: patchSyncStatus,
    scheduleRetry: (when) => browser.alarms.create(SYNC_RETRY_ALARM, { when }),
  });
  const flush = (force = false): Promise<FlushResult> =>
    sender.flush({ force }).then(
      (result) => {
        if (result.sent || result.refused)
          log.info('synced', { sent: result.sent, refused: result.refused });
        return result;
      },
      (error: unknown) => {
        log.error('sync failed', { name: (error as Error).name });
        throw error;
      },
    );
  const quietly = (force = false) => void flush(force).catch(() => {});

  let timer: ReturnType<typeof setTimeout> | undefined;
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(quietly, CHANGE_DEBOUNCE_MS);
  };
  db.outbox.hook('creating', function (_key, _entry, transaction) {
    transaction.on('complete', soon);
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM || alarm.name === SYNC_RETRY_ALARM) quietly();
  });
  void browser.alarms.get(SYNC_ALARM).then((existing) => {
    if (!existing) void browser.alarms.create(SYNC_ALARM, { periodInMinutes: 1 });
  });
  // A corrected endpoint or token is tried at once, not after the backoff; saving both items
  // together makes one attempt, not two.
  let settingsTimer: ReturnType<typeof setTimeout> | undefined;
  const afterSettings = () => {
    clearTimeout(settingsTimer);
    settingsTimer = setTimeout(() => quietly(true), 100);
  };
  syncSettingsItem.watch(afterSettings);
  syncTokenItem.watch(afterSettings);

  const ownOrigin = new URL(browser.runtime.getURL('/')).origin;
  syncMessenger.onMessage('sync.now', ({ sender: from }) => {
    if (from.id !== browser.runtime.id || !from.url?.startsWith(ownOrigin)) {
      throw new ForbiddenSenderError('Sync now is only for Redline pages.');
    }
    return flush(true);
  });
  quietly();
}
