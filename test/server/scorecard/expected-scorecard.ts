import type { WireUpsert } from '@/lib/sync/wire-format';

// The scorecard computed from scratch in plain TypeScript, from the newest state of each review,
// independently of the SQL that maintains it: the reference the maintained tables must equal.

export interface ScorecardRow {
  week: string;
  csm_id: string | null;
  task_type: string;
  reviews: number;
  approved: number;
  edited: number;
  rejected: number;
  sent: number;
  median_task_ms: number | null;
  median_active_ms: number | null;
}

export function utcMonday(at: number): string {
  const d = new Date(at);
  const midnight = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  return new Date(midnight - ((d.getUTCDay() + 6) % 7) * 86_400_000).toISOString().slice(0, 10);
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function expectedScorecard(live: readonly WireUpsert[], perCsm: boolean): ScorecardRow[] {
  const groups = new Map<string, WireUpsert[]>();
  for (const review of live) {
    const key = [utcMonday(review.endedAt), perCsm ? review.csmId : '', review.taskType].join('|');
    groups.set(key, [...(groups.get(key) ?? []), review]);
  }
  return [...groups.entries()]
    .map(([key, group]) => {
      const [week, csm, taskType] = key.split('|') as [string, string, string];
      const sent = group.filter((r) => r.sentText !== null);
      const count = (outcome: string) => group.filter((r) => r.outcome === outcome).length;
      return {
        week,
        csm_id: perCsm ? csm : null,
        task_type: taskType,
        reviews: group.length,
        approved: count('approve'),
        edited: count('edit'),
        rejected: count('reject'),
        sent: sent.length,
        median_task_ms: median(sent.map((r) => r.taskMs)),
        median_active_ms: median(sent.map((r) => r.activeMs)),
      };
    })
    .sort(byKey);
}

export function byKey(a: ScorecardRow, b: ScorecardRow): number {
  return (
    a.week.localeCompare(b.week) ||
    (a.csm_id ?? '').localeCompare(b.csm_id ?? '') ||
    a.task_type.localeCompare(b.task_type)
  );
}
