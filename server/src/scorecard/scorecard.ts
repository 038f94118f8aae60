import { sql } from 'drizzle-orm';
import { TASK_TYPE_LABELS } from '../../../lib/export/prompt';
import { MIN_REVIEWS_FOR_RATE, OVERRIDE_BAND } from '../../../lib/metrics/override-rate';
import { TASK_TIME_BENCHMARKS_MIN } from '../../../lib/metrics/task-times';
import { TUNING_TARGET } from '../../../lib/metrics/tuning-progress';
import type { CoverageCounts } from '../../../lib/book/coverage-format';
import { coverageCounts, coverageFor } from '../book/coverage';
import type { Db } from '../db/open-db';
import { COACHING, distanceFromBand, positionOf, type Position } from './coaching';
import { utcWeekStart } from './scorecard-weeks';
import * as q from './scorecard-queries';

/** Weeks the CSMs are sorted and coached on: a month smooths one odd week. */
export const WINDOW_WEEKS = 4;
export const DEFAULT_WEEKS = 12;
export const MAX_WEEKS = 104;

export interface WeekCounts {
  week: string;
  reviews: number;
  approved: number;
  edited: number;
  rejected: number;
  overrideRate: number | null;
  /**
   * AI-assisted account coverage at the end of the week (30 days to its last millisecond),
   * against the current book; null without a book for the CSM (for the team: no book at all).
   */
  coverage: CoverageCounts | null;
}

export interface CsmScorecard {
  csmId: string;
  name: string | null;
  /** The last WINDOW_WEEKS weeks together: what the sort and the coaching action use. */
  window: Omit<WeekCounts, 'week' | 'coverage'>;
  position: Position;
  /** Distance of the window's rate from the band (0 inside); null with too few reviews. */
  distance: number | null;
  coaching: string;
  rejectedToDate: number;
  weeks: WeekCounts[];
  /** AI-assisted account coverage over the trailing 30 days; null without a book for the CSM. */
  coverage: CoverageCounts | null;
}

export interface Scorecard {
  generatedAt: number;
  band: typeof OVERRIDE_BAND;
  minReviews: number;
  tuningTarget: number;
  windowWeeks: number;
  /** Monday (UTC) of every week shown, oldest first. */
  weeks: string[];
  labels: typeof TASK_TYPE_LABELS;
  targetsMin: typeof TASK_TIME_BENCHMARKS_MIN;
  team: {
    weeks: (WeekCounts & { csms: number })[];
    rejectedToDate: number;
    /** Against the book of business; null while no book is imported. */
    coverage: CoverageCounts | null;
    coverageBenchmark: number;
    taskTimes: {
      week: string;
      taskType: string;
      label: string;
      sent: number;
      medianTaskMin: number | null;
      medianActiveMin: number | null;
      targetMin: number | null;
    }[];
  };
  /** Every CSM, farthest from the band first. */
  csms: CsmScorecard[];
}

const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function lastUtcWeeks(now: number, count: number): string[] {
  const start = utcWeekStart(now);
  return Array.from({ length: count }, (_, i) => dayOf(start - (count - 1 - i) * 7 * 86_400_000));
}

function counts(
  week: string,
  row: q.CsmWeekRow | q.TeamWeekRow | undefined,
  coverage: CoverageCounts | null,
): WeekCounts {
  const r = row ?? { reviews: 0, approved: 0, edited: 0, rejected: 0 };
  const total = r.reviews;
  return {
    week,
    reviews: total,
    approved: r.approved,
    edited: r.edited,
    rejected: r.rejected,
    overrideRate: total === 0 ? null : (r.edited + r.rejected) / total,
    coverage,
  };
}

/** A week's coverage: the stored row, else 0 covered of the book's accounts (null: no book). */
function weekCoverage(
  row: q.CoverageWeekRow | undefined,
  bookAccounts: number | undefined,
): CoverageCounts | null {
  if (row) return coverageCounts(row.accounts, row.covered);
  return bookAccounts ? coverageCounts(bookAccounts, 0) : null;
}

export async function scorecard(db: Db, now: number, weekCount: number): Promise<Scorecard> {
  const weeks = lastUtcWeeks(now, weekCount);
  const from = weeks[0]!;
  const to = weeks.at(-1)!;
  const [csmRows, teamRows, taskRows, rejected, names, book, coverageRows] = await Promise.all([
    q.csmWeeks(db, from, to),
    q.teamWeeks(db, from, to),
    q.teamTaskWeeks(db, from, to),
    q.rejectedToDate(db),
    db.execute(sql`select csm_id, display_name from csms`) as unknown as Promise<{
      rows: { csm_id: string; display_name: string | null }[];
    }>,
    coverageFor(db, { asOf: now, uncoveredLimit: 0 }),
    q.coverageWeeks(db, from, to),
  ]);
  const bookAccounts = new Map(book.csms.map((c) => [c.csmId, c.accounts]));
  const storedCoverage = new Map(coverageRows.map((r) => [`${r.csm_id}:${r.week}`, r]));
  const teamCovered = new Map<string, number>();
  for (const r of coverageRows) teamCovered.set(r.week, (teamCovered.get(r.week) ?? 0) + r.covered);
  const coverageOf = new Map(
    book.csms.map((c): [string, CoverageCounts] => [
      c.csmId,
      { accounts: c.accounts, covered: c.covered, share: c.share, verdict: c.verdict },
    ]),
  );

  const byCsm = new Map<string, Map<string, q.CsmWeekRow>>();
  const nameOf = new Map(names.rows.map((r) => [r.csm_id, r.display_name]));
  for (const row of csmRows) {
    const own = byCsm.get(row.csm_id) ?? new Map<string, q.CsmWeekRow>();
    own.set(row.week, row);
    byCsm.set(row.csm_id, own);
    if (!nameOf.has(row.csm_id)) nameOf.set(row.csm_id, null);
  }
  const rejectedOf = new Map(rejected.map((r) => [r.csm_id, r.rejected]));
  for (const id of rejectedOf.keys()) if (!nameOf.has(id)) nameOf.set(id, null);
  for (const id of coverageOf.keys()) if (!nameOf.has(id)) nameOf.set(id, null);
  const windowWeeks = weeks.slice(-WINDOW_WEEKS);
  const csms = [...nameOf.entries()].map(([csmId, name]): CsmScorecard => {
    const own = byCsm.get(csmId) ?? new Map<string, q.CsmWeekRow>();
    const ownWeeks = weeks.map((week) =>
      counts(
        week,
        own.get(week),
        weekCoverage(storedCoverage.get(`${csmId}:${week}`), bookAccounts.get(csmId)),
      ),
    );
    const last = ownWeeks.filter((w) => windowWeeks.includes(w.week));
    const sum = (key: 'reviews' | 'approved' | 'edited' | 'rejected') =>
      last.reduce((n, w) => n + w[key], 0);
    const reviews = sum('reviews');
    const changed = sum('edited') + sum('rejected');
    const position = positionOf(reviews, changed);
    const distance = distanceFromBand(reviews, changed);
    return {
      csmId,
      name,
      window: {
        reviews,
        approved: sum('approved'),
        edited: sum('edited'),
        rejected: sum('rejected'),
        overrideRate: reviews === 0 ? null : changed / reviews,
      },
      position,
      distance: Number.isFinite(distance) ? distance : null,
      coaching: COACHING[position],
      rejectedToDate: rejectedOf.get(csmId) ?? 0,
      weeks: ownWeeks,
      coverage: coverageOf.get(csmId) ?? null,
    };
  });
  csms.sort(
    (a, b) =>
      (b.distance ?? -1) - (a.distance ?? -1) ||
      (a.name ?? a.csmId).localeCompare(b.name ?? b.csmId),
  );
  const teamBy = new Map(teamRows.map((r) => [r.week, r]));
  return {
    generatedAt: now,
    band: OVERRIDE_BAND,
    minReviews: MIN_REVIEWS_FOR_RATE,
    tuningTarget: TUNING_TARGET,
    windowWeeks: WINDOW_WEEKS,
    weeks,
    labels: TASK_TYPE_LABELS,
    targetsMin: TASK_TIME_BENCHMARKS_MIN,
    team: {
      weeks: weeks.map((week) => ({
        ...counts(
          week,
          teamBy.get(week),
          book.team.accounts > 0
            ? coverageCounts(book.team.accounts, teamCovered.get(week) ?? 0)
            : null,
        ),
        csms: teamBy.get(week)?.csms ?? 0,
      })),
      rejectedToDate: [...rejectedOf.values()].reduce((n, r) => n + r, 0),
      coverage: book.team.accounts > 0 ? book.team : null,
      coverageBenchmark: book.benchmark,
      taskTimes: taskRows.map((r) => ({
        week: r.week,
        taskType: r.task_type,
        label: r.task_type_label,
        sent: r.sent,
        medianTaskMin: r.median_task_min,
        medianActiveMin: r.median_active_min,
        targetMin: r.target_min,
      })),
    },
    csms,
  };
}
