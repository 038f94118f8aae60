import * as z from 'zod/mini';
import { OUTCOMES, REJECT_REASONS, TASK_TYPES } from '../review/vocabulary';

// Messages the popup (an extension page) sends the background to change one stored review. The
// popup reads Dexie itself; every write goes through here so the background can keep the
// aggregates and the sync outbox in the same transaction.

const reviewId = z.uuid();

export const StarSchema = z.object({ reviewId, starred: z.boolean() });
export const NoteSchema = z.object({ reviewId, note: z.string().check(z.maxLength(5000)) });
export const SetTaskTypeSchema = z.object({ reviewId, taskType: z.enum(TASK_TYPES) });
export const SetOutcomeSchema = z.object({ reviewId, outcome: z.enum(OUTCOMES) });
export const SetRejectReasonSchema = z.object({
  reviewId,
  rejectReason: z.nullable(z.enum(REJECT_REASONS)),
});
export const DeleteSchema = z.object({ reviewId });

export type Star = z.infer<typeof StarSchema>;
export type Note = z.infer<typeof NoteSchema>;
export type SetTaskType = z.infer<typeof SetTaskTypeSchema>;
export type SetOutcome = z.infer<typeof SetOutcomeSchema>;
export type SetRejectReason = z.infer<typeof SetRejectReasonSchema>;
export type Delete = z.infer<typeof DeleteSchema>;

export const REVIEW_EDIT_SCHEMAS = {
  star: StarSchema,
  note: NoteSchema,
  setTaskType: SetTaskTypeSchema,
  setOutcome: SetOutcomeSchema,
  setRejectReason: SetRejectReasonSchema,
  delete: DeleteSchema,
} as const;

export type ReviewEdit =
  | { type: 'star'; message: Star }
  | { type: 'note'; message: Note }
  | { type: 'setTaskType'; message: SetTaskType }
  | { type: 'setOutcome'; message: SetOutcome }
  | { type: 'setRejectReason'; message: SetRejectReason }
  | { type: 'delete'; message: Delete };

/** What the background answers once the change is stored (or found already in place). */
export const ReviewEditAckSchema = z.object({
  reviewId,
  revision: z.int().check(z.nonnegative()),
  /** False when the review already held that value: nothing was written. */
  changed: z.boolean(),
  deleted: z.boolean(),
});
export type ReviewEditAck = z.infer<typeof ReviewEditAckSchema>;

/** Extension pages → background. */
export interface ReviewProtocol {
  'review.star'(message: Star): ReviewEditAck;
  'review.note'(message: Note): ReviewEditAck;
  'review.setTaskType'(message: SetTaskType): ReviewEditAck;
  'review.setOutcome'(message: SetOutcome): ReviewEditAck;
  'review.setRejectReason'(message: SetRejectReason): ReviewEditAck;
  'review.delete'(message: Delete): ReviewEditAck;
}
