import type { WireDelete, WireUpsert } from '../../../lib/sync/wire-format';
import { WireUpsertSchema } from '../../../lib/sync/wire-format';
import type { reviews } from './schema';

export type ReviewRow = typeof reviews.$inferSelect;
export type ReviewInsert = typeof reviews.$inferInsert;

/**
 * PostgreSQL text and jsonb hold neither U+0000 nor half a surrogate pair (an emoji cut in two),
 * both of which valid JSON can carry: each becomes U+FFFD rather than failing the whole batch.
 */
const clean = (text: string) => {
  const whole = text.toWellFormed();
  return whole.includes('\0') ? whole.replaceAll('\0', '\uFFFD') : whole;
};
const cleanOrNull = (text: string | null) => (text === null ? null : clean(text));

export function upsertToRow(review: WireUpsert, receivedAt: number): ReviewInsert {
  const { op: _op, ...rest } = review;
  return {
    ...rest,
    subject: clean(review.subject),
    draftText: clean(review.draftText),
    sentText: cleanOrNull(review.sentText),
    context: review.context === undefined ? null : clean(review.context),
    note: clean(review.note),
    recipientAddresses: review.recipientAddresses.map(clean),
    editLabels: review.editLabels ?? null,
    deleted: false,
    editRate: review.metrics?.editRate ?? null,
    retention: review.metrics?.retention ?? null,
    customerRepliedAt: review.customerRepliedAt ?? null,
    replyTracked: review.replyTracked ?? null,
    receivedAt,
  };
}

/** A tombstone keeps id, owner and revision so an older upsert arriving late cannot revive it. */
export function deleteToRow(review: WireDelete, receivedAt: number): ReviewInsert {
  const empty = {
    site: null,
    source: null,
    outcome: null,
    outcomeSource: null,
    endReason: null,
    taskType: null,
    taskTypeSource: null,
    subject: null,
    draftText: null,
    sentText: null,
    context: null,
    recipientDomains: null,
    recipientAddresses: null,
    draftSeenAt: null,
    endedAt: null,
    updatedAt: null,
    taskMs: null,
    activeMs: null,
    keystrokes: null,
    metrics: null,
    editLabels: null,
    editRate: null,
    retention: null,
    starred: false,
    note: null,
    rejectReason: null,
    day: null,
    week: null,
    customerRepliedAt: null,
    replyTracked: null,
  };
  return {
    id: review.id,
    csmId: review.csmId,
    revision: review.revision,
    deleted: true,
    ...empty,
    receivedAt,
  };
}

/**
 * A stored row back in the shared wire shape, validated by the shared schema: exports and the
 * manager's view read reviews exactly as the extension sent them. Tombstones give null.
 */
export function rowToWire(row: ReviewRow): WireUpsert | null {
  if (row.deleted) return null;
  const parsed = WireUpsertSchema.safeParse({
    op: 'upsert',
    id: row.id,
    revision: row.revision,
    csmId: row.csmId,
    site: row.site,
    source: row.source,
    outcome: row.outcome,
    outcomeSource: row.outcomeSource,
    endReason: row.endReason,
    taskType: row.taskType,
    taskTypeSource: row.taskTypeSource,
    subject: row.subject,
    draftText: row.draftText,
    sentText: row.sentText,
    ...(row.context === null ? {} : { context: row.context }),
    recipientDomains: row.recipientDomains,
    recipientAddresses: row.recipientAddresses,
    draftSeenAt: row.draftSeenAt,
    endedAt: row.endedAt,
    updatedAt: row.updatedAt,
    taskMs: row.taskMs,
    activeMs: row.activeMs,
    keystrokes: row.keystrokes,
    metrics: row.metrics,
    ...(row.editLabels ? { editLabels: row.editLabels } : {}),
    starred: row.starred,
    note: row.note,
    rejectReason: row.rejectReason,
    day: row.day,
    week: row.week,
    // Absent, as on the client, until a reply was seen: the same review gives the same lines.
    ...(row.customerRepliedAt === null ? {} : { customerRepliedAt: row.customerRepliedAt }),
    ...(row.replyTracked === null ? {} : { replyTracked: row.replyTracked }),
  });
  return parsed.success ? parsed.data : null;
}
