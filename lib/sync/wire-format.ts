import * as z from 'zod/mini';
import { EditMetricsSchema } from '../review/metrics-schema';
import { MAX_REVIEW_TEXT, ReviewSchema } from '../review/review-schema';
import { END_REASONS, OUTCOMES } from '../review/vocabulary';

// Wire format v1: what the extension POSTs to `{endpoint}/v1/reviews` and what the reference
// backend answers. One schema, imported by both sides and published as server/openapi.json.

export const WIRE_SCHEMA_VERSION = 1;
/** The backend refuses bigger batches; the sender's own limits stay well below. */
export const MAX_BATCH_REVIEWS = 1000;

/** A CSM id chosen by the team: short, no spaces, safe in URLs and logs. */
export const CsmIdSchema = z
  .string()
  .check(z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z0-9][A-Za-z0-9._@-]*$/));

const r = ReviewSchema.shape;

const isCalendarDay = (day: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const at = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8)));
  return new Date(at).toISOString().slice(0, 10) === day;
};

const DAY_FORM = 'Expected a calendar day as YYYY-MM-DD, e.g. 2026-11-20.';

/** A calendar day as YYYY-MM-DD (2024-02-29 yes, 2024-13-45 no). */
export const CalendarDaySchema = z.string().check(
  // The pattern is for the published schema; the refinement also refuses 2024-13-45.
  z.regex(/^\d{4}-\d{2}-\d{2}$/, DAY_FORM),
  z.refine((day) => !/^\d{4}-\d{2}-\d{2}$/.test(day) || isCalendarDay(day), DAY_FORM),
);

/**
 * The smallest ratio other than 0 Redline can compute: one word out of the most words a text can
 * hold. Below it a value is garbage (and PostgreSQL's `real` cannot hold 5e-324).
 */
export const MIN_RATIO = 1e-7;
/** Tokens added + removed per draft token: at most every character of both texts, per one. */
export const MAX_EDIT_RATE = 2 * MAX_REVIEW_TEXT + 1;

const ratio = (max: number) =>
  z.number().check(
    z.minimum(0, `Expected 0 or a ratio from ${MIN_RATIO} to ${max}.`),
    z.maximum(max, `Expected 0 or a ratio from ${MIN_RATIO} to ${max}.`),
    z.refine(
      (value) => value <= 0 || value >= MIN_RATIO,
      `Expected 0 or a ratio from ${MIN_RATIO} to ${max}.`,
    ),
  );

/** Edit metrics with ratios bounded to what Redline can compute (and the database can store). */
export const WireMetricsSchema = z.extend(EditMetricsSchema, {
  editRate: ratio(MAX_EDIT_RATE),
  retention: ratio(1),
});

/** A finished review as the team sees it. Open reviews are private and never leave the browser. */
export const WireUpsertSchema = z.object({
  op: z.literal('upsert'),
  id: r.id,
  revision: r.revision,
  csmId: CsmIdSchema,
  site: r.site,
  source: r.source,
  /** Never null here: only finished reviews travel. */
  outcome: z.enum(OUTCOMES),
  outcomeSource: r.outcomeSource,
  endReason: z.enum(END_REASONS),
  taskType: r.taskType,
  taskTypeSource: r.taskTypeSource,
  subject: r.subject,
  draftText: r.draftText,
  /** Null when the draft was discarded or abandoned. */
  sentText: r.sentText,
  /** The message being answered (optional: new e-mails and older clients have none). */
  context: r.context,
  recipientDomains: r.recipientDomains,
  recipientAddresses: r.recipientAddresses,
  /** Epoch milliseconds, client clock. */
  draftSeenAt: r.draftSeenAt,
  endedAt: z.int().check(z.nonnegative()),
  updatedAt: r.updatedAt,
  taskMs: z.int().check(z.nonnegative()),
  activeMs: r.activeMs,
  keystrokes: r.keystrokes,
  metrics: z.nullable(WireMetricsSchema),
  /** What kind of edit it was. Optional: older clients send none. */
  editLabels: r.editLabels,
  starred: r.starred,
  note: r.note,
  rejectReason: r.rejectReason,
  /** The CSM's local calendar day and ISO week (Monday) of endedAt. */
  day: CalendarDaySchema,
  week: CalendarDaySchema,
  /**
   * Epoch ms when a customer (a recipient's domain) first answered in the sent mail's thread, as
   * seen in the CSM's mail client; null or absent when no reply was seen. Optional: older
   * clients do not send it.
   */
  customerRepliedAt: z.optional(z.nullable(z.int().check(z.nonnegative()))),
  /**
   * Whether the mail client showed the sent mail's thread, so a reply could be seen at all
   * (Gmail inline replies today). Reply rates count only these. Optional, like the above.
   */
  replyTracked: z.optional(z.boolean()),
});
export type WireUpsert = z.infer<typeof WireUpsertSchema>;

/** The CSM deleted the review (or it went back to open): the team copy goes too. */
export const WireDeleteSchema = z.object({
  op: z.literal('delete'),
  id: r.id,
  revision: r.revision,
  csmId: CsmIdSchema,
});
export type WireDelete = z.infer<typeof WireDeleteSchema>;

export const WireReviewSchema = z.discriminatedUnion('op', [WireUpsertSchema, WireDeleteSchema]);
export type WireReview = z.infer<typeof WireReviewSchema>;

export const ReviewBatchSchema = z.object({
  schemaVersion: z.literal(WIRE_SCHEMA_VERSION),
  reviews: z.array(WireReviewSchema).check(z.minLength(1), z.maxLength(MAX_BATCH_REVIEWS)),
});
export type ReviewBatch = z.infer<typeof ReviewBatchSchema>;

export const RESULT_STATUSES = ['accepted', 'duplicate', 'rejected'] as const;

/**
 * Per id: `accepted` (stored, or replaced an older revision), `duplicate` (this revision or a
 * newer one is already stored: nothing changed), `rejected` (not stored; `reason` says why and
 * sending it again will not help).
 */
export const ReviewResultSchema = z.object({
  id: z.string(),
  revision: z.int(),
  status: z.enum(RESULT_STATUSES),
  reason: z.optional(z.string()),
});
export type ReviewResult = z.infer<typeof ReviewResultSchema>;

export const BatchResponseSchema = z.object({
  schemaVersion: z.literal(WIRE_SCHEMA_VERSION),
  results: z.array(ReviewResultSchema),
});
export type BatchResponse = z.infer<typeof BatchResponseSchema>;

export const ErrorIssueSchema = z.object({ path: z.string(), message: z.string() });

/** Every error the backend answers: a stable code, words for people, and details when useful. */
export const ErrorResponseSchema = z.object({
  error: z.string(),
  message: z.string(),
  issues: z.optional(z.array(ErrorIssueSchema)),
  ids: z.optional(z.array(z.string())),
});
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;

/**
 * `GET /v1/me`: who the token speaks for. The options page connects with the token alone and
 * learns the CSM id and name from here; both live on the server with the CSM.
 */
export const WhoAmISchema = z.object({
  role: z.enum(['csm', 'manager']),
  /** Set for CSM tokens: the id every synced review carries. */
  csmId: z.nullable(CsmIdSchema),
  displayName: z.nullable(z.string().check(z.maxLength(200))),
  /** The team this backend serves, when its admin named it (REDLINE_TEAM_NAME). */
  team: z.optional(z.nullable(z.string().check(z.maxLength(200)))),
});
export type WhoAmI = z.infer<typeof WhoAmISchema>;
