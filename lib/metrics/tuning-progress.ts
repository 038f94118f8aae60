import { Dexie } from 'dexie';
import type { RedlineDb } from '../db/redline-db';

/** About this many rejected drafts per portfolio materially improve a portfolio-specific model. */
export const TUNING_TARGET = 80;

export interface TuningProgress {
  rejected: number;
  target: number;
}

export async function tuningProgress(db: RedlineDb): Promise<TuningProgress> {
  const rejected = await db.reviews
    .where('[outcome+endedAt]')
    .between(['reject', Dexie.minKey], ['reject', Dexie.maxKey])
    .count();
  return { rejected, target: TUNING_TARGET };
}
