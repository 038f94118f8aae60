import type { RedlineDb } from '../db/redline-db';
import type { Outcome, SiteId, TaskType } from '../review/vocabulary';

type ReviewCollection = ReturnType<RedlineDb['reviews']['toCollection']>;

export interface ReviewFilters {
  outcome: Outcome | null;
  site: SiteId | null;
  taskType: TaskType | null;
  /** Local day keys (YYYY-MM-DD), inclusive; null for open-ended. */
  from: string | null;
  to: string | null;
}

export const NO_FILTERS: ReviewFilters = {
  outcome: null,
  site: null,
  taskType: null,
  from: null,
  to: null,
};

function dayStart(day: string): number {
  return new Date(`${day}T00:00:00`).getTime();
}

/** Epoch range of the filter's days: from the first day's midnight to the last day's end. */
export function endedRange(filters: ReviewFilters): [number, number] {
  const lo = filters.from ? dayStart(filters.from) : 0;
  const hi = filters.to ? dayStart(filters.to) + 86_400_000 - 1 : Number.MAX_SAFE_INTEGER;
  return [lo, hi];
}

/**
 * Ids of the finished reviews matching the filters, newest first. The outcome or site filter
 * (with the dates) is answered by a compound index on keys alone; only the task type, and a
 * site filter combined with an outcome one, need the records read.
 */
export async function reviewIds(db: RedlineDb, filters: ReviewFilters): Promise<string[]> {
  const [lo, hi] = endedRange(filters);
  if (lo > hi) return [];
  let collection: ReviewCollection;
  let siteDone = false;
  if (filters.outcome) {
    collection = db.reviews
      .where('[outcome+endedAt]')
      .between([filters.outcome, lo], [filters.outcome, hi], true, true);
  } else if (filters.site) {
    siteDone = true;
    collection = db.reviews
      .where('[site+endedAt]')
      .between([filters.site, lo], [filters.site, hi], true, true);
  } else {
    collection = db.reviews.where('endedAt').between(lo, hi, true, true);
  }
  collection = collection.reverse();
  const { site, taskType } = filters;
  if ((site && !siteDone) || taskType) {
    collection = collection.filter(
      (review) =>
        (siteDone || !site || review.site === site) && (!taskType || review.taskType === taskType),
    );
  }
  return (await collection.primaryKeys()) as string[];
}
