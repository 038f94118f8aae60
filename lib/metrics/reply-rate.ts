import { OUTCOMES, TASK_TYPES, type Outcome, type TaskType } from '../review/vocabulary';

// Reply rate within 7 days: of the AI-drafted e-mails that went out at least 7 days ago, the
// share a customer answered within 7 days of the send (as seen in the CSM's mail client). One
// definition for the popup and the team backend; each side only counts, this file decides.

export const REPLY_WINDOW_DAYS = 7;
export const REPLY_WINDOW_MS = REPLY_WINDOW_DAYS * 24 * 60 * 60 * 1000;
/** Fewer sent reviews than this per outcome and the comparison is not worth a sentence. */
export const MIN_REPLY_SAMPLE = 10;
/** Rates closer than this (percentage points) are "about the same". */
export const REPLY_RATE_TIE_POINTS = 5;

/** How the numbers call each outcome of a review that was sent. */
export const SENT_OUTCOME_LABELS: Record<Outcome, string> = {
  approve: 'Approved as drafted',
  edit: 'Edited',
  reject: 'Rewritten',
};

export const REPLY_RATE_DEFINITION =
  'Of the AI-drafted e-mails sent at least 7 days ago, the share a customer answered within 7 ' +
  'days: a later message in the same thread from one of the recipients’ domains, seen when you ' +
  'opened the thread in Gmail. Only e-mails whose thread Redline saw count (today: replies ' +
  'written in a Gmail thread). Rewritten = sent after most of the draft was thrown away. The ' +
  'reply’s text is never kept.';

export interface ReplyCounts {
  /** Sent reviews old enough to have had the whole window. */
  sent: number;
  /** Of those, answered within the window. */
  replied: number;
  /** replied / sent, or null without any sent. */
  rate: number | null;
}

export interface ReplyCountRow {
  outcome: Outcome;
  taskType: TaskType;
  sent: number;
  replied: number;
}

export interface ReplyRateReport {
  windowDays: number;
  /** Only reviews sent at or before this instant count (now − 7 days). */
  sentBefore: number;
  total: ReplyCounts;
  byOutcome: Record<Outcome, ReplyCounts>;
  byTaskType: ({ taskType: TaskType } & ReplyCounts)[];
  /** Does editing pay off? In words, from the numbers above. */
  verdict: string;
}

/** A sent review as the metric sees it. */
export interface SentFact {
  outcome: Outcome;
  taskType: TaskType;
  endedAt: number;
  customerRepliedAt?: number | null;
  /** The mail client showed the thread, so a reply could be seen; only these count. */
  replyTracked: boolean;
}

export const replyCutoff = (now: number) => now - REPLY_WINDOW_MS;

export function repliedInWindow(fact: SentFact): boolean {
  const at = fact.customerRepliedAt ?? null;
  return at !== null && at > fact.endedAt && at - fact.endedAt <= REPLY_WINDOW_MS;
}

const counts = (sent: number, replied: number): ReplyCounts => ({
  sent,
  replied,
  rate: sent > 0 ? replied / sent : null,
});

const pct = (rate: number) => `${Math.round(rate * 100)} %`;

/** The sentence beside the numbers: whether edited drafts get answered more than approved ones. */
export function replyVerdict(byOutcome: Record<Outcome, ReplyCounts>): string {
  const approve = byOutcome.approve;
  const edit = byOutcome.edit;
  if (approve.sent < MIN_REPLY_SAMPLE || edit.sent < MIN_REPLY_SAMPLE) {
    return (
      `Too early to say whether editing pays off: it takes ${MIN_REPLY_SAMPLE} approved and ` +
      `${MIN_REPLY_SAMPLE} edited e-mails sent over 7 days ago (now ${approve.sent} and ` +
      `${edit.sent}).`
    );
  }
  const diff = (edit.rate! - approve.rate!) * 100;
  const pair = `${pct(edit.rate!)} of edited vs ${pct(approve.rate!)} of approved e-mails got a reply within 7 days`;
  let sentence: string;
  if (Math.abs(diff) < REPLY_RATE_TIE_POINTS) {
    sentence = `Editing does not change replies much: ${pair}.`;
  } else if (diff > 0) {
    sentence = `Editing pays off: ${pair} (${Math.round(diff)} points more).`;
  } else {
    sentence = `Editing does not pay off in replies: ${pair} (${Math.round(-diff)} points fewer).`;
  }
  const rewritten = byOutcome.reject;
  if (rewritten.sent >= MIN_REPLY_SAMPLE) {
    sentence += ` Rewritten e-mails: ${pct(rewritten.rate!)}.`;
  }
  return `${sentence} A reply rate shows what went with a reply, not what caused it.`;
}

/** The report from per-(outcome, task type) counts, however they were counted. */
export function buildReplyReport(rows: readonly ReplyCountRow[], now: number): ReplyRateReport {
  const outcome = new Map<Outcome, [number, number]>(OUTCOMES.map((o) => [o, [0, 0]]));
  const task = new Map<TaskType, [number, number]>();
  let sent = 0;
  let replied = 0;
  for (const row of rows) {
    const o = outcome.get(row.outcome)!;
    o[0] += row.sent;
    o[1] += row.replied;
    const t = task.get(row.taskType) ?? [0, 0];
    t[0] += row.sent;
    t[1] += row.replied;
    task.set(row.taskType, t);
    sent += row.sent;
    replied += row.replied;
  }
  const byOutcome = Object.fromEntries(
    OUTCOMES.map((o) => [o, counts(...outcome.get(o)!)]),
  ) as Record<Outcome, ReplyCounts>;
  const byTaskType = TASK_TYPES.filter((t) => (task.get(t)?.[0] ?? 0) > 0).map((taskType) => ({
    taskType,
    ...counts(...task.get(taskType)!),
  }));
  return {
    windowDays: REPLY_WINDOW_DAYS,
    sentBefore: replyCutoff(now),
    total: counts(sent, replied),
    byOutcome,
    byTaskType,
    verdict: replyVerdict(byOutcome),
  };
}

/** The report from individual sent reviews (the popup's side); newer ones are left out. */
export function replyRateReport(facts: Iterable<SentFact>, now: number): ReplyRateReport {
  const cutoff = replyCutoff(now);
  const rows = new Map<string, ReplyCountRow>();
  for (const fact of facts) {
    if (!fact.replyTracked || fact.endedAt > cutoff) continue;
    const key = `${fact.outcome}|${fact.taskType}`;
    const row = rows.get(key) ?? {
      outcome: fact.outcome,
      taskType: fact.taskType,
      sent: 0,
      replied: 0,
    };
    row.sent += 1;
    if (repliedInWindow(fact)) row.replied += 1;
    rows.set(key, row);
  }
  return buildReplyReport([...rows.values()], now);
}
