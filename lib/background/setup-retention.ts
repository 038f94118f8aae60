import { browser } from 'wxt/browser';
import type { RedlineDb } from '../db/redline-db';
import { createLogger } from '../log';
import { deleteExpiredReviews } from '../reviews/retention';
import { readSettings } from '../settings/settings-item';

const ALARM = 'redline.retention';
const log = createLogger('retention');

async function sweep(db: RedlineDb): Promise<void> {
  try {
    const { retentionDays } = await readSettings();
    if (retentionDays === null) return;
    const deleted = await deleteExpiredReviews(db, retentionDays);
    if (deleted > 0) log.info('deleted expired reviews', { deleted, retentionDays });
  } catch (error) {
    log.error('retention sweep failed', { name: (error as Error).name });
  }
}

/** Retention (off by default): hourly, at every start, and when the setting changes. */
export function setupRetention(db: RedlineDb, watchSettings: (cb: () => void) => void): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void sweep(db);
  });
  void browser.alarms.create(ALARM, { periodInMinutes: 60 });
  watchSettings(() => void sweep(db));
  void sweep(db);
}
