import { classify } from '../../../lib/classify';
import type { DiffPart } from '../../../lib/classify/types';
import { countsOf, OVERRIDE_BAND, type OutcomeCounts } from '../../../lib/metrics/override-rate';
import { isPublicMailboxDomain } from '../../../lib/metrics/public-mailbox-domains';
import { TASK_TIME_BENCHMARKS_MIN } from '../../../lib/metrics/task-times';
import { TUNING_TARGET } from '../../../lib/metrics/tuning-progress';
import type { DayStats } from '../../../lib/db/records';
import { EDIT_LABELS, type EditLabel } from '../../../lib/review/vocabulary';
import { lastDays, lastWeeks } from '../../../lib/time/calendar';
import type { Db } from '../db/open-db';
import * as q from './summary-queries';

export const TREND_WEEKS = 12;
export const STARRED_PER_CSM = 20;
/** CSMs per page of the summary: the page stays small and quick however big the team. */
export const DEFAULT_PAGE_CSMS = 25;
export const MAX_PAGE_CSMS = 100;
const DAY = 86_400_000;

export interface CsmSummary {
  csmId: string;
  displayName: string | null;
  last7: OutcomeCounts;
  last30: OutcomeCounts;
  trend: (OutcomeCounts & { week: string })[];
  taskTimes: {
    taskType: string;
    count: number;
    medianTaskMin: number | null;
    medianActiveMin: number | null;
    benchmarkMin: number | null;
  }[];
  coverageAccounts: number;
  rejected: number;
  /** Reviews of the last 30 days per kind of edit; every label present, 0 when none. */
  editLabels30: Record<EditLabel, number>;
  /** The texts and the diff come from /v1/manager/examples/{id} when one is opened. */
  starred: {
    id: string;
    subject: string;
    outcome: string;
    taskType: string;
    endedAt: number;
    note: string;
    draftChars: number;
    sentChars: number | null;
  }[];
}

export interface StarredExample {
  id: string;
  csmId: string;
  subject: string;
  outcome: string;
  taskType: string;
  endedAt: number;
  note: string;
  parts: DiffPart[];
}

export interface TeamSummary {
  generatedAt: number;
  band: typeof OVERRIDE_BAND;
  tuningTarget: number;
  csms: CsmSummary[];
  /** Pass as `after` for the next page; null on the last page. */
  nextAfter: string | null;
}

/** Per-key DayStats-shaped rows, so the popup's own `countsOf` computes every rate here too. */
function statsBy(rows: q.OutcomeRow[]): Map<string, Map<string, DayStats>> {
  const byCsm = new Map<string, Map<string, DayStats>>();
  for (const row of rows) {
    const keys = byCsm.get(row.csm_id) ?? new Map<string, DayStats>();
    const stats = keys.get(row.key) ?? { day: row.key, approve: 0, edit: 0, reject: 0 };
    stats[row.outcome] += row.n;
    keys.set(row.key, stats);
    byCsm.set(row.csm_id, keys);
  }
  return byCsm;
}

/** Counts per label, zero-filled; a label this version does not know is left out. */
function labelCounts(rows: readonly { label: string; n: number }[]): Record<EditLabel, number> {
  const counts = Object.fromEntries(EDIT_LABELS.map((label) => [label, 0])) as Record<
    EditLabel,
    number
  >;
  for (const row of rows) {
    if ((EDIT_LABELS as readonly string[]).includes(row.label)) {
      counts[row.label as EditLabel] += row.n;
    }
  }
  return counts;
}

const minutes = (ms: number | null) => (ms === null ? null : Math.round((ms / 60_000) * 10) / 10);

/**
 * One page of what the manager's page shows, with the same definitions as the CSM's popup: the
 * CSMs after `after` (by id), at most `limit`. Starred examples come without their texts.
 */
export async function teamSummary(
  db: Db,
  now: number,
  { after = null, limit = DEFAULT_PAGE_CSMS }: { after?: string | null; limit?: number } = {},
): Promise<TeamSummary> {
  const days30 = lastDays(now, 30);
  const days7 = new Set(lastDays(now, 7));
  const weeks = lastWeeks(now, TREND_WEEKS);
  // One more than the page, to know whether there is a next one.
  const page = await q.csmPage(db, after, limit + 1);
  const csms = page.slice(0, limit);
  const ids = csms.map((csm) => csm.csm_id);
  const head = { generatedAt: now, band: OVERRIDE_BAND, tuningTarget: TUNING_TARGET };
  if (ids.length === 0) return { ...head, csms: [], nextAfter: null };
  const [dayRows, weekRows, times, domains, stars, labelRows] = await Promise.all([
    q.outcomesBy(db, ids, 'day', days30[0]!),
    q.outcomesBy(db, ids, 'week', weeks[0]!),
    q.taskTimesSince(db, ids, now - 30 * DAY),
    q.domainsSince(db, ids, now - 30 * DAY),
    q.starred(db, ids, STARRED_PER_CSM),
    q.editLabelsSince(db, ids, now - 30 * DAY),
  ]);
  const daily = statsBy(dayRows);
  const weekly = statsBy(weekRows);
  return {
    ...head,
    nextAfter: page.length > limit ? ids.at(-1)! : null,
    csms: csms.map((csm) => {
      const own = daily.get(csm.csm_id) ?? new Map<string, DayStats>();
      const ownWeeks = weekly.get(csm.csm_id) ?? new Map<string, DayStats>();
      return {
        csmId: csm.csm_id,
        displayName: csm.display_name,
        last7: countsOf([...own.values()].filter((row) => days7.has(row.day))),
        last30: countsOf([...own.values()]),
        trend: weeks.map((week) => ({ week, ...countsOf([ownWeeks.get(week)]) })),
        taskTimes: times
          .filter((t) => t.csm_id === csm.csm_id)
          .map((t) => ({
            taskType: t.task_type,
            count: t.n,
            medianTaskMin: minutes(t.median_task_ms),
            medianActiveMin: minutes(t.median_active_ms),
            benchmarkMin:
              TASK_TIME_BENCHMARKS_MIN[t.task_type as keyof typeof TASK_TIME_BENCHMARKS_MIN] ??
              null,
          }))
          .sort((a, b) => a.taskType.localeCompare(b.taskType)),
        coverageAccounts: domains.filter(
          (d) => d.csm_id === csm.csm_id && !isPublicMailboxDomain(d.domain),
        ).length,
        rejected: csm.rejected,
        editLabels30: labelCounts(labelRows.filter((row) => row.csm_id === csm.csm_id)),
        starred: stars
          .filter((s) => s.csm_id === csm.csm_id)
          .map((s) => ({
            id: s.id,
            subject: s.subject,
            outcome: s.outcome,
            taskType: s.task_type,
            endedAt: s.ended_at,
            note: s.note,
            draftChars: s.draft_chars,
            sentChars: s.sent_chars,
          })),
      };
    }),
  };
}

/** A starred example with its word diff, computed only when the manager opens it. */
export async function starredExample(db: Db, id: string): Promise<StarredExample | null> {
  const row = await q.starredExample(db, id);
  if (!row) return null;
  return {
    id: row.id,
    csmId: row.csm_id,
    subject: row.subject,
    outcome: row.outcome,
    taskType: row.task_type,
    endedAt: row.ended_at,
    note: row.note,
    parts: classify(row.draft_text, row.sent_text).parts,
  };
}
