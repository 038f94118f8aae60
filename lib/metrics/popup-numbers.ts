import type { RedlineDb } from '../db/redline-db';
import type { Settings } from '../settings/settings-schema';
import { accountCoverage, type AccountCoverage } from './account-coverage';
import {
  overrideRate,
  weeklyOverrideTrend,
  type OutcomeCounts,
  type WeekCounts,
} from './override-rate';
import { taskTimes, type TaskTimeCell } from './task-times';
import { tuningProgress, type TuningProgress } from './tuning-progress';

export const TREND_WEEKS = 12;

export interface PopupNumbers {
  last7: OutcomeCounts;
  last30: OutcomeCounts;
  trend: WeekCounts[];
  taskTimes: TaskTimeCell[];
  coverage: AccountCoverage;
  tuning: TuningProgress;
}

/** Everything the popup's dashboard shows, read in one read-only transaction. */
export async function popupNumbers(
  db: RedlineDb,
  now: number,
  settings: Pick<Settings, 'ownDomains'>,
): Promise<PopupNumbers> {
  return db.transaction('r', [db.dayStats, db.reviews, db.accounts], async () => {
    const [last7, last30, trend, times, coverage, tuning] = await Promise.all([
      overrideRate(db, now, 7),
      overrideRate(db, now, 30),
      weeklyOverrideTrend(db, now, TREND_WEEKS),
      taskTimes(db, now, TREND_WEEKS),
      accountCoverage(db, now, settings.ownDomains),
      tuningProgress(db),
    ]);
    return { last7, last30, trend, taskTimes: times, coverage, tuning };
  });
}
