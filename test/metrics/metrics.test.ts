import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RedlineDb } from '@/lib/db/redline-db';
import type { StoredReview } from '@/lib/db/records';
import {
  accountCoverage,
  overrideRate,
  popupNumbers,
  taskTimes,
  tuningProgress,
  weeklyOverrideTrend,
} from '@/lib/metrics';
import { rebuildAggregates } from '@/lib/reviews/rebuild-aggregates';
import { lastDays, lastWeeks } from '@/lib/time/calendar';
import { finishedReview, generateReviews } from '../support/review-factory';
import { dropDb, freshDb } from '../support/test-db';

const NOW = new Date(2026, 10, 23, 15, 0).getTime();

// The reference: the same numbers computed the slow, obvious way over every review.
function naiveCounts(reviews: StoredReview[], days: Set<string>) {
  const inWindow = reviews.filter((r) => r.status === 'finished' && r.day && days.has(r.day));
  const n = (o: string) => inWindow.filter((r) => r.outcome === o).length;
  return {
    approved: n('approve'),
    edited: n('edit'),
    rejected: n('reject'),
    total: inWindow.length,
  };
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor((sorted.length - 1) / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid]! + sorted[mid + 1]!) / 2;
}

describe('metrics over generated reviews', () => {
  let db: RedlineDb;
  let reviews: StoredReview[];

  // Read-only tests share one seeded database.
  beforeAll(async () => {
    db = await freshDb();
    reviews = generateReviews(3_000, NOW, 120, 7);
    await db.reviews.bulkPut(reviews);
    await rebuildAggregates(db);
  });
  afterAll(() => dropDb(db));

  it('override rate over 7 and 30 days matches a count of every review, with its counts', async () => {
    for (const days of [7, 30]) {
      const got = await overrideRate(db, NOW, days);
      const want = naiveCounts(reviews, new Set(lastDays(NOW, days)));
      expect(got).toMatchObject(want);
      expect(got.total).toBeGreaterThan(0);
      expect(got.rate).toBeCloseTo((want.edited + want.rejected) / want.total, 10);
      expect(got.enough).toBe(true);
    }
  });

  it('weekly trend has 12 weeks, oldest first, each matching the reviews of that week', async () => {
    const trend = await weeklyOverrideTrend(db, NOW, 12);
    expect(trend.map((w) => w.week)).toEqual(lastWeeks(NOW, 12));
    for (const week of trend) {
      const inWeek = reviews.filter((r) => r.week === week.week);
      expect(week.total).toBe(inWeek.length);
      expect(week.rejected).toBe(inWeek.filter((r) => r.outcome === 'reject').length);
    }
  });

  it('median task and active time per task type per week count sent drafts only', async () => {
    const cells = await taskTimes(db, NOW, 12);
    expect(cells).toHaveLength(12 * 8);
    let checked = 0;
    for (const cell of cells) {
      const sent = reviews.filter(
        (r) => r.sentWeek === cell.week && r.taskType === cell.taskType && r.sentText !== null,
      );
      expect(cell.count).toBe(sent.length);
      expect(cell.medianTaskMs).toBe(median(sent.map((r) => r.taskMs!)));
      expect(cell.medianActiveMs).toBe(median(sent.map((r) => r.activeMs)));
      if (sent.length > 1) checked++;
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('coverage counts distinct organisations with a sent AI draft in 30 days, minus own domains', async () => {
    const since = NOW - 30 * 86_400_000;
    const want = new Set(
      reviews
        .filter((r) => r.sentText !== null && r.endedAt! >= since)
        .flatMap((r) => r.recipientDomains),
    );
    const got = await accountCoverage(db, NOW, []);
    expect(got.accounts).toBe(want.size);
    const withoutOwn = await accountCoverage(db, NOW, [[...want][0]!], want.size);
    expect(withoutOwn.accounts).toBe(want.size - 1);
    expect(withoutOwn.share).toBeCloseTo((want.size - 1) / want.size, 10);
  });

  it('tuning progress counts every rejected draft toward 80', async () => {
    const got = await tuningProgress(db);
    expect(got).toEqual({
      rejected: reviews.filter((r) => r.outcome === 'reject').length,
      target: 80,
    });
  });

  it('popup numbers bundle every figure in one read', async () => {
    const numbers = await popupNumbers(db, NOW, { ownDomains: [] });
    expect(numbers.last7).toEqual(await overrideRate(db, NOW, 7));
    expect(numbers.trend).toHaveLength(12);
    expect(numbers.tuning.rejected).toBeGreaterThan(0);
  });
});

describe('metrics on small windows', () => {
  let db: RedlineDb;
  beforeEach(async () => {
    db = await freshDb();
  });
  afterEach(() => dropDb(db));

  it('says there are too few reviews instead of a rate under 5', async () => {
    await db.reviews.bulkPut([
      finishedReview('edit', NOW - 3_600_000),
      finishedReview('approve', NOW - 7_200_000),
    ]);
    await rebuildAggregates(db);
    const got = await overrideRate(db, NOW, 7);
    expect(got).toMatchObject({ approved: 1, edited: 1, rejected: 0, total: 2, enough: false });
    expect(got.rate).toBe(0.5);
  });

  it('an empty database gives zero counts and no rate', async () => {
    expect(await overrideRate(db, NOW, 30)).toEqual({
      approved: 0,
      edited: 0,
      rejected: 0,
      total: 0,
      rate: null,
      enough: false,
    });
    expect((await accountCoverage(db, NOW, [])).accounts).toBe(0);
  });

  it('public mailbox domains are people, not accounts', async () => {
    await db.reviews.bulkPut([
      finishedReview('approve', NOW - 1000, { recipientDomains: ['gmail.com', 'acme.com'] }),
    ]);
    await rebuildAggregates(db);
    expect((await accountCoverage(db, NOW, [])).accounts).toBe(1);
  });
});
