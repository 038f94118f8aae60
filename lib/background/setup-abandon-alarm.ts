import { browser } from 'wxt/browser';
import type { RedlineDb } from '../db/redline-db';
import { createLogger } from '../log';
import { abandonStaleReviews } from '../reviews/abandon-stale';
import { readSettings } from '../settings/settings-item';

const ALARM = 'redline.abandon-stale';
const log = createLogger('abandon');

async function sweep(db: RedlineDb): Promise<void> {
  try {
    const ended = await abandonStaleReviews(db, await readSettings());
    if (ended > 0) log.info('ended abandoned reviews', { ended });
  } catch (error) {
    log.error('abandon sweep failed', { name: (error as Error).name });
  }
}

/** Hourly sweep of open reviews nobody came back to; also once at every start. */
export function setupAbandonAlarm(db: RedlineDb): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void sweep(db);
  });
  void browser.alarms.create(ALARM, { periodInMinutes: 60 });
  void sweep(db);
}
