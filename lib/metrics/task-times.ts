import { Dexie } from 'dexie';
import type { RedlineDb } from '../db/redline-db';
import { TASK_TYPES, type TaskType } from '../review/vocabulary';
import { lastWeeks } from '../time/calendar';

export interface TaskTimeCell {
  week: string;
  taskType: TaskType;
  /** Sent drafts of this type that week. */
  count: number;
  /** Median elapsed time from draft arrival to send, ms. */
  medianTaskMs: number | null;
  /** Median focused, typing time, ms. */
  medianActiveMs: number | null;
}

/** Published task times with AI, in minutes, for the types that have one. */
export const TASK_TIME_BENCHMARKS_MIN: Partial<Record<TaskType, number>> = {
  qbr: 22,
  renewal: 14,
  risk: 8,
};

type TimeIndex = '[taskType+sentWeek+taskMs]' | '[taskType+sentWeek+activeMs]';

/**
 * The median read straight off an ordered index: count the range, then step to its middle. Only
 * one or two keys are materialised, however many reviews the week holds.
 */
async function indexMedian(
  db: RedlineDb,
  index: TimeIndex,
  taskType: TaskType,
  week: string,
  count: number,
): Promise<number | null> {
  if (count === 0) return null;
  const range = db.reviews
    .where(index)
    .between([taskType, week, Dexie.minKey], [taskType, week, Dexie.maxKey]);
  const keys = (await range
    .offset(Math.floor((count - 1) / 2))
    .limit(2 - (count % 2))
    .keys()) as unknown as [string, string, number][];
  const values = keys.map((key) => key[2]);
  if (values.length === 0) return null;
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** Weekly median task time and active time per task type, for the last `weeks` weeks. */
export async function taskTimes(
  db: RedlineDb,
  now: number,
  weeks: number,
): Promise<TaskTimeCell[]> {
  const cells: Promise<TaskTimeCell>[] = [];
  for (const week of lastWeeks(now, weeks)) {
    for (const taskType of TASK_TYPES) {
      cells.push(
        (async () => {
          const count = await db.reviews
            .where('[taskType+sentWeek+taskMs]')
            .between([taskType, week, Dexie.minKey], [taskType, week, Dexie.maxKey])
            .count();
          const [medianTaskMs, medianActiveMs] = await Promise.all([
            indexMedian(db, '[taskType+sentWeek+taskMs]', taskType, week, count),
            indexMedian(db, '[taskType+sentWeek+activeMs]', taskType, week, count),
          ]);
          return { week, taskType, count, medianTaskMs, medianActiveMs };
        })(),
      );
    }
  }
  return Promise.all(cells);
}
