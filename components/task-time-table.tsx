import { TASK_TIME_BENCHMARKS_MIN, type TaskTimeCell } from '@/lib/metrics/task-times';
import { TASK_TYPE_LABELS } from '@/lib/export/prompt';
import { minutes, weekLabel } from '@/lib/popup/format';
import { TASK_TYPES } from '@/lib/review/vocabulary';

/** Per task type, the latest week with sent drafts: median elapsed and active time, benchmark. */
export function TaskTimeTable({ cells }: { cells: readonly TaskTimeCell[] }) {
  const rows = TASK_TYPES.map((taskType) => {
    const latest = cells.filter((c) => c.taskType === taskType && c.count > 0).at(-1);
    return { taskType, latest, benchmark: TASK_TIME_BENCHMARKS_MIN[taskType] };
  }).filter((row) => row.latest || row.benchmark);
  return (
    <table className="task-times" aria-label="Median task time by task type">
      <thead>
        <tr>
          <th scope="col">Task type</th>
          <th scope="col">Week of</th>
          <th scope="col">Sent</th>
          <th scope="col">Elapsed</th>
          <th scope="col">Active</th>
          <th scope="col">With AI (published)</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ taskType, latest, benchmark }) => (
          <tr key={taskType}>
            <th scope="row">{TASK_TYPE_LABELS[taskType]}</th>
            <td>{latest ? weekLabel(latest.week) : '—'}</td>
            <td>{latest?.count ?? 0}</td>
            <td>{minutes(latest?.medianTaskMs ?? null)}</td>
            <td>{minutes(latest?.medianActiveMs ?? null)}</td>
            <td>{benchmark ? `${benchmark} min` : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
