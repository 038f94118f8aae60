import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import type uPlot from 'uplot';
import { weeklyOverrideTrend } from '@/lib/metrics/override-rate';
import { TREND_WEEKS } from '@/lib/metrics/popup-numbers';
import { taskTimes, TASK_TIME_BENCHMARKS_MIN } from '@/lib/metrics/task-times';
import { TASK_TYPE_LABELS } from '@/lib/export/prompt';
import { TASK_TYPES, type TaskType } from '@/lib/review/vocabulary';
import { usePopupEnv } from './popup-context';
import { TaskTimeTable } from './task-time-table';
import { overrideTrendOptions, taskTimeOptions } from './trend-charts';
import { TrendTable } from './trend-table';
import { UplotChart } from './uplot-chart';

const weekSeconds = (week: string) => new Date(`${week}T00:00:00`).getTime() / 1000;
const toMinutes = (ms: number | null) => (ms === null ? null : ms / 60_000);

/** Weekly override rate and weekly median task times over the last 12 weeks. */
export function TrendsPanel({ width = 720 }: { width?: number }) {
  const { db, now } = usePopupEnv();
  const [taskType, setTaskType] = useState<TaskType>('qbr');
  const data = useLiveQuery(
    () =>
      db.transaction('r', [db.dayStats, db.reviews], async () => ({
        trend: await weeklyOverrideTrend(db, now(), TREND_WEEKS),
        times: await taskTimes(db, now(), TREND_WEEKS),
      })),
    [db, now],
  );
  const benchmark = TASK_TIME_BENCHMARKS_MIN[taskType] ?? null;
  const rateOpts = useMemo(() => overrideTrendOptions(width), [width]);
  const timeOpts = useMemo(() => taskTimeOptions(width, benchmark), [width, benchmark]);
  const rateData = useMemo<uPlot.AlignedData | null>(
    () =>
      data
        ? [
            data.trend.map((w) => weekSeconds(w.week)),
            // A week with no finished review has no rate: a gap, not a 0 %.
            data.trend.map((w) => (w.rate === null ? null : Math.round(w.rate * 1000) / 10)),
          ]
        : null,
    [data],
  );
  const cells = useMemo(
    () => data?.times.filter((c) => c.taskType === taskType) ?? [],
    [data, taskType],
  );
  const timeData = useMemo<uPlot.AlignedData>(
    () => [
      cells.map((c) => weekSeconds(c.week)),
      cells.map((c) => toMinutes(c.medianTaskMs)),
      cells.map((c) => toMinutes(c.medianActiveMs)),
      ...(benchmark === null ? [] : [cells.map(() => benchmark)]),
    ],
    [cells, benchmark],
  );
  if (!data || !rateData) return <p className="muted">Loading trends…</p>;
  return (
    <div className="trends">
      <section aria-label="Weekly override rate">
        <h3>Weekly override rate, last {TREND_WEEKS} weeks</h3>
        <p className="muted">
          Shaded: the 18-32 % target band. Weeks with no finished review are gaps.
        </p>
        <UplotChart opts={rateOpts} data={rateData} label="Weekly override rate chart" />
        <TrendTable trend={data.trend} />
      </section>
      <section aria-label="Weekly median task time">
        <h3>
          Median task time per week:{' '}
          <select
            aria-label="Task type"
            value={taskType}
            onChange={(event) => setTaskType(event.target.value as TaskType)}
          >
            {TASK_TYPES.map((type) => (
              <option key={type} value={type}>
                {TASK_TYPE_LABELS[type]}
              </option>
            ))}
          </select>
        </h3>
        <p className="muted">
          Elapsed is draft arrival → send; active is focused, typing time.
          {benchmark !== null && ` Dashed: the published time with AI, ${benchmark} min.`}
        </p>
        <UplotChart
          opts={timeOpts}
          data={timeData}
          label={`Median task time chart, ${TASK_TYPE_LABELS[taskType]}`}
        />
        <TaskTimeTable cells={data.times} />
      </section>
    </div>
  );
}
