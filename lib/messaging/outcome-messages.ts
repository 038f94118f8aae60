import * as z from 'zod/mini';
import { DomainSchema, ThreadIdSchema } from '../review/review-schema';
import { SITE_IDS } from '../review/vocabulary';

// What a content script tells the background about a conversation the CSM opened: its id and,
// per message, the sender's organisation and the time. No text, no addresses: the background
// needs only "someone at acme.com wrote at 10:15" to know the customer answered.

/** Most messages one report may carry; a content script sends the newest. */
export const MAX_THREAD_REPORT_MESSAGES = 500;

export const ThreadMessageSeenSchema = z.object({
  domain: DomainSchema,
  /** Epoch ms, as the page shows it (minute precision in Gmail). */
  at: z.int().check(z.nonnegative()),
});

export const ThreadSeenSchema = z.strictObject({
  site: z.enum(SITE_IDS),
  threadId: ThreadIdSchema,
  /** Client clock when the conversation was read. */
  seenAt: z.int().check(z.nonnegative()),
  messages: z.array(ThreadMessageSeenSchema).check(z.maxLength(MAX_THREAD_REPORT_MESSAGES)),
});
export type ThreadSeen = z.infer<typeof ThreadSeenSchema>;
export type ThreadMessageSeen = z.infer<typeof ThreadMessageSeenSchema>;

/** How many sent reviews of the thread the report concerned, and how many it changed. */
export const ThreadSeenAckSchema = z.object({
  matched: z.int().check(z.nonnegative()),
  updated: z.int().check(z.nonnegative()),
});
export type ThreadSeenAck = z.infer<typeof ThreadSeenAckSchema>;

/**
 * A new mail's conversation, named by the page after the send (Gmail's "Message sent" notice):
 * the review starts being followed for replies. Ids only, no text.
 */
export const ThreadLinkedSchema = z.strictObject({
  site: z.enum(SITE_IDS),
  reviewId: z.uuid(),
  threadId: ThreadIdSchema,
});
export type ThreadLinked = z.infer<typeof ThreadLinkedSchema>;

/** Whether the review took the id (false: unknown review, another site, or it had one). */
export const ThreadLinkedAckSchema = z.object({ linked: z.boolean() });
export type ThreadLinkedAck = z.infer<typeof ThreadLinkedAckSchema>;
