import { TASK_TYPE_LABELS } from '@/lib/export/prompt';
import {
  REPLY_RATE_DEFINITION,
  SENT_OUTCOME_LABELS,
  type ReplyCounts,
  type ReplyRateReport,
} from '@/lib/metrics/reply-rate';
import { percent } from '@/lib/popup/format';
import { OUTCOMES } from '@/lib/review/vocabulary';
import { Definition } from './definition';

function Cell({ counts }: { counts: ReplyCounts }) {
  return (
    <>
      <td>{counts.rate === null ? '—' : percent(counts.rate)}</td>
      <td>
        {counts.replied} of {counts.sent}
      </td>
    </>
  );
}

/** Whether customers answer: reply rate within 7 days per outcome and task type, in words too. */
export function ReplyRateSection({ report }: { report: ReplyRateReport }) {
  return (
    <section className="stat reply-rates" aria-label="Customer replies">
      <h3>Customer replies within 7 days</h3>
      <p className="stat__value" data-testid="reply-verdict">
        {report.total.sent === 0
          ? 'No reply seen yet: reply in a Gmail thread, then open the thread again later.'
          : report.verdict}
      </p>
      {report.total.sent > 0 && (
        <table className="task-times" aria-label="Reply rate by outcome and task type">
          <thead>
            <tr>
              <th scope="col">Sent as</th>
              <th scope="col">Reply rate</th>
              <th scope="col">Replied</th>
            </tr>
          </thead>
          <tbody>
            {OUTCOMES.map((outcome) => (
              <tr key={outcome} data-testid={`reply-rate-${outcome}`}>
                <th scope="row">{SENT_OUTCOME_LABELS[outcome]}</th>
                <Cell counts={report.byOutcome[outcome]} />
              </tr>
            ))}
            {report.byTaskType.map((row) => (
              <tr key={row.taskType}>
                <th scope="row">{TASK_TYPE_LABELS[row.taskType]}</th>
                <Cell counts={row} />
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Definition term="What this counts">{REPLY_RATE_DEFINITION}</Definition>
    </section>
  );
}
