import * as z from 'zod/mini';
import { DomainSchema, MAX_REVIEW_TEXT, ThreadIdSchema } from '../review/review-schema';
import { DRAFT_SOURCES, OUTCOMES, REJECT_REASONS, SITE_IDS } from '../review/vocabulary';

// Messages a content script sends the background about one review. Every message carries the
// review id made when the draft was first seen and a sequence number that grows per review, so
// the background can apply each at most once and in order, however often a retry repeats it.

const text = z.string().check(z.maxLength(MAX_REVIEW_TEXT));
const hints = z.optional(
  z.object({
    signature: z.optional(z.string().check(z.maxLength(20_000))),
    quoted: z.optional(text),
  }),
);

const base = {
  reviewId: z.uuid(),
  seq: z.int().check(z.positive()),
  site: z.enum(SITE_IDS),
  /** Client clock, epoch ms. */
  at: z.int().check(z.nonnegative()),
};

/** Cumulative counters since the draft arrived (not deltas: a repeat must change nothing). */
const activity = {
  activeMs: z.int().check(z.nonnegative()),
  keystrokes: z.int().check(z.nonnegative()),
};

const envelope = {
  subject: z.string().check(z.maxLength(2000)),
  recipientDomains: z.array(DomainSchema).check(z.maxLength(500)),
  /** Sent only when the CSM allowed addresses in settings; the background re-checks. */
  recipientAddresses: z.optional(
    z.array(z.string().check(z.maxLength(320))).check(z.maxLength(500)),
  ),
  /** The conversation an inline reply answers, when the site shows one. */
  threadId: z.optional(ThreadIdSchema),
};

export const DraftSeenSchema = z.object({
  ...base,
  ...envelope,
  source: z.enum(DRAFT_SOURCES),
  draftText: text,
  hints,
});

export const TextChangedSchema = z.object({
  ...base,
  ...activity,
  ...z.partial(z.object(envelope)).shape,
  text,
});

export const SentSchema = z.object({
  ...base,
  ...activity,
  ...envelope,
  sentText: text,
  scheduled: z.boolean(),
  hints,
});

export const DiscardedSchema = z.object({ ...base, ...activity });

/** The CSM removed tracking from a compose: the open review is deleted, not counted. */
export const UntrackedSchema = z.object({ ...base });

/** The CSM's one-click reason after an edit or reject (the in-page toast). */
export const ReasonGivenSchema = z.object({ ...base, reason: z.enum(REJECT_REASONS) });

export type DraftSeen = z.infer<typeof DraftSeenSchema>;
export type TextChanged = z.infer<typeof TextChangedSchema>;
export type Sent = z.infer<typeof SentSchema>;
export type Discarded = z.infer<typeof DiscardedSchema>;
export type Untracked = z.infer<typeof UntrackedSchema>;
export type ReasonGiven = z.infer<typeof ReasonGivenSchema>;

/** What the background answers once the change is durably stored. */
export const CaptureAckSchema = z.object({
  reviewId: z.uuid(),
  revision: z.int().check(z.nonnegative()),
  status: z.enum(['open', 'finished', 'deleted']),
  outcome: z.nullable(z.enum(OUTCOMES)),
});
export type CaptureAck = z.infer<typeof CaptureAckSchema>;
