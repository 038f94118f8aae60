import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import { openRedlineDb, type RedlineDb } from '../lib/db/redline-db';
import { popupNumbers } from '../lib/metrics/popup-numbers';
import { rebuildAggregates } from '../lib/reviews/rebuild-aggregates';
import { generateReviews } from '../test/support/review-factory';

const NOW = new Date(2026, 10, 23, 15).getTime();
const SETTINGS = { ownDomains: [] };
// Seeding fake-indexeddb is slow (its indexes are sorted arrays): a smaller run can be asked for.
const LARGE = Number(process.env.REDLINE_BENCH_REVIEWS ?? 100_000);

async function seeded(count: number): Promise<RedlineDb> {
  const db = openRedlineDb(`bench-${randomUUID()}`);
  await db.open();
  const reviews = generateReviews(count, NOW, 365, 11);
  for (let i = 0; i < reviews.length; i += 5_000)
    await db.reviews.bulkPut(reviews.slice(i, i + 5_000));
  await rebuildAggregates(db);
  return db;
}

async function timePopupNumbers(db: RedlineDb, runs = 7): Promise<number> {
  await popupNumbers(db, NOW, SETTINGS); // warm
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await popupNumbers(db, NOW, SETTINGS);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export async function runMetricsBench(): Promise<void> {
  const small = await seeded(1_000);
  const smallMs = await timePopupNumbers(small);
  small.close();
  const seedStart = performance.now();
  const large = await seeded(LARGE);
  const seedMs = performance.now() - seedStart;
  const largeMs = await timePopupNumbers(large);
  large.close();
  console.log(`metrics (fake-indexeddb, a year of reviews, median of 7 runs)`);
  console.log(`  1,000 reviews:   ${smallMs.toFixed(1)} ms to the popup's numbers`);
  console.log(
    `  ${LARGE.toLocaleString('en')} reviews: ${largeMs.toFixed(1)} ms (target < 100 ms at 100,000); seeding took ${(seedMs / 1000).toFixed(1)} s`,
  );
  console.log(
    `  ratio ${LARGE.toLocaleString('en')} / 1,000: ${(largeMs / smallMs).toFixed(2)} (target < 3)`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await runMetricsBench();
