import type { WeekCounts } from '@/lib/metrics/override-rate';
import { percent, weekLabel } from '@/lib/popup/format';

/** The weekly override rate as numbers, with counts: the chart's accessible twin. */
export function TrendTable({ trend }: { trend: readonly WeekCounts[] }) {
  return (
    <details className="table-details">
      <summary>Show as a table</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">Week of</th>
            <th scope="col">Override rate</th>
            <th scope="col">Approved</th>
            <th scope="col">Edited</th>
            <th scope="col">Rejected</th>
          </tr>
        </thead>
        <tbody>
          {trend.map((week) => (
            <tr key={week.week}>
              <th scope="row">{weekLabel(week.week)}</th>
              <td>{week.enough && week.rate !== null ? percent(week.rate) : 'too few'}</td>
              <td>{week.approved}</td>
              <td>{week.edited}</td>
              <td>{week.rejected}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
