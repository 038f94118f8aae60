import * as z from 'zod/mini';
import { EditMetricsSchema } from './metrics-schema';
import {
  DOMAIN_PATTERN,
  DRAFT_SOURCES,
  EDIT_LABELS,
  END_REASONS,
  MAX_DOMAIN_LENGTH,
  OUTCOMES,
  REJECT_REASONS,
  REVIEW_STATUSES,
  SITE_IDS,
  TASK_TYPES,
} from './vocabulary';

/** Epoch milliseconds. */
const timestamp = z.int().check(z.nonnegative());
const duration = z.int().check(z.nonnegative());
const count = z.int().check(z.nonnegative());

/** Largest text Redline keeps per side of a review (characters). A 1 MB e-mail fits. */
export const MAX_REVIEW_TEXT = 2_000_000;
const reviewText = z.string().check(z.maxLength(MAX_REVIEW_TEXT));

/** Largest part of the answered message a review keeps (UTF-16 units, cut between characters). */
export const MAX_REVIEW_CONTEXT = 8_000;

/** A recipient's domain, never an address. */
export const DomainSchema = z
  .string()
  .check(z.maxLength(MAX_DOMAIN_LENGTH), z.regex(DOMAIN_PATTERN));

/** A site's conversation id (Gmail: "thread-f:1790…"): an identifier, never text. */
export const ThreadIdSchema = z
  .string()
  .check(z.minLength(1), z.maxLength(200), z.regex(/^[A-Za-z0-9:_#.-]+$/));

/**
 * One AI draft followed from the moment it appeared in a composer to its end. The id is made
 * when the draft is first seen and never changes; `revision` grows with every stored change so
 * a sync receiver can keep only the newest.
 */
export const ReviewSchema = z.object({
  id: z.uuid(),
  site: z.enum(SITE_IDS),
  source: z.enum(DRAFT_SOURCES),
  status: z.enum(REVIEW_STATUSES),
  draftSeenAt: timestamp,
  updatedAt: timestamp,
  endedAt: z.nullable(timestamp),
  endReason: z.nullable(z.enum(END_REASONS)),
  /** Focused, typing time; idle gaps are capped by the capture side. */
  activeMs: duration,
  keystrokes: count,
  /** endedAt − draftSeenAt, kept as a field so an index can order by it. */
  taskMs: z.nullable(duration),
  subject: z.string().check(z.maxLength(2000)),
  recipientDomains: z.array(DomainSchema).check(z.maxLength(500)),
  /** Full addresses only when the CSM's settings allow it; empty otherwise. */
  recipientAddresses: z.array(z.string().check(z.maxLength(320))).check(z.maxLength(500)),
  taskType: z.enum(TASK_TYPES),
  taskTypeSource: z.enum(['guessed', 'user']),
  outcome: z.nullable(z.enum(OUTCOMES)),
  outcomeSource: z.enum(['computed', 'user']),
  metrics: z.nullable(EditMetricsSchema),
  /**
   * What kind of edit it was (lib/classify/edit-labels), set when the review finishes. Optional:
   * reviews stored before labels existed have none, and nothing indexes it.
   */
  editLabels: z.optional(z.array(z.enum(EDIT_LABELS)).check(z.maxLength(EDIT_LABELS.length))),
  draftText: reviewText,
  /** What the composer holds now, while the review is open; what was sent once it ended. */
  currentText: reviewText,
  /** Null while open and when discarded or abandoned. */
  sentText: z.nullable(reviewText),
  /**
   * The message this e-mail replies to, from the quoted history capture set aside (the newest
   * one only). Absent on new e-mails and on reviews stored before Redline kept it. Customer
   * text: it travels only where draftText and sentText do.
   */
  context: z.optional(z.string().check(z.maxLength(MAX_REVIEW_CONTEXT))),
  rejectReason: z.nullable(z.enum(REJECT_REASONS)),
  starred: z.boolean(),
  note: z.string().check(z.maxLength(5000)),
  revision: z.int().check(z.positive()),
  /** Highest capture sequence number applied; older or repeated capture messages are ignored. */
  captureSeq: count,
  /** Local calendar day (YYYY-MM-DD) and ISO week start (Monday) of endedAt, for the indexes. */
  day: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  week: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  /** `week`, but only for sent drafts: task-time medians count drafts that went out. */
  sentWeek: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  /**
   * The conversation the sent mail belongs to, when the site showed it. Optional: reviews
   * stored before outcome tracking have none.
   */
  threadId: z.optional(z.nullable(ThreadIdSchema)),
  /** When a customer (a recipient's domain) first answered in that conversation. */
  customerRepliedAt: z.optional(z.nullable(timestamp)),
});
export type Review = z.infer<typeof ReviewSchema>;
