import type { RedlineDb } from '../db/redline-db';
import type { DayStats } from '../db/records';
import { daysOfWeek, lastDays, lastWeeks } from '../time/calendar';

/** Below this many finished reviews a rate says more about chance than about the CSM. */
export const MIN_REVIEWS_FOR_RATE = 5;
export const OVERRIDE_BAND = { low: 0.18, high: 0.32 } as const;

export interface OutcomeCounts {
  approved: number;
  edited: number;
  rejected: number;
  total: number;
  /** (edited + rejected) / total; null when there is nothing to divide. */
  rate: number | null;
  /** False while total < MIN_REVIEWS_FOR_RATE: show the counts, not a percentage. */
  enough: boolean;
}

export function countsOf(rows: readonly (DayStats | undefined)[]): OutcomeCounts {
  let approved = 0;
  let edited = 0;
  let rejected = 0;
  for (const row of rows) {
    if (!row) continue;
    approved += row.approve;
    edited += row.edit;
    rejected += row.reject;
  }
  const total = approved + edited + rejected;
  return {
    approved,
    edited,
    rejected,
    total,
    rate: total === 0 ? null : (edited + rejected) / total,
    enough: total >= MIN_REVIEWS_FOR_RATE,
  };
}

/** Override rate over the last `days` local days, today included. */
export async function overrideRate(
  db: RedlineDb,
  now: number,
  days: number,
): Promise<OutcomeCounts> {
  return countsOf(await db.dayStats.bulkGet(lastDays(now, days)));
}

export interface WeekCounts extends OutcomeCounts {
  week: string;
}

/** Weekly override rate for the last `weeks` weeks, oldest first. */
export async function weeklyOverrideTrend(
  db: RedlineDb,
  now: number,
  weeks: number,
): Promise<WeekCounts[]> {
  const weekKeys = lastWeeks(now, weeks);
  const rows = await db.dayStats.bulkGet(weekKeys.flatMap(daysOfWeek));
  return weekKeys.map((week, i) => ({ week, ...countsOf(rows.slice(i * 7, i * 7 + 7)) }));
}
