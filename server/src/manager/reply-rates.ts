import { sql } from 'drizzle-orm';
import type { Db } from '../db/open-db';
import {
  buildReplyReport,
  REPLY_WINDOW_MS,
  replyCutoff,
  type ReplyCountRow,
  type ReplyRateReport,
} from '../../../lib/metrics/reply-rate';

interface CountRow {
  outcome: ReplyCountRow['outcome'];
  task_type: ReplyCountRow['taskType'];
  sent: number;
  replied: number;
}

/**
 * `GET /v1/manager/outcomes`: reply rate within 7 days per outcome and task type, for the team
 * or one CSM, over sent reviews whose thread the client saw and that are at least 7 days old.
 * The database counts; the shared module (as in the popup) words the verdict.
 */
export async function replyRatesReport(
  db: Db,
  now: number,
  csmId: string | null,
): Promise<ReplyRateReport & { csmId: string | null }> {
  const cutoff = replyCutoff(now);
  const ofCsm = csmId === null ? sql`true` : sql`csm_id = ${csmId}`;
  const result = await db.execute(
    sql`select outcome, task_type, count(*)::int as sent,
          (count(*) filter (where customer_replied_at is not null
            and customer_replied_at > ended_at
            and customer_replied_at - ended_at <= ${REPLY_WINDOW_MS}))::int as replied
        from reviews
        where not deleted and sent_text is not null and reply_tracked
          and ended_at <= ${cutoff} and ${ofCsm}
        group by outcome, task_type`,
  );
  const rows = (result as unknown as { rows: CountRow[] }).rows;
  const report = buildReplyReport(
    rows.map((row) => ({
      outcome: row.outcome,
      taskType: row.task_type,
      sent: Number(row.sent),
      replied: Number(row.replied),
    })),
    now,
  );
  return { ...report, csmId };
}
