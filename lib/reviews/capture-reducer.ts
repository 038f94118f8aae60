import type { StoredReview } from '../db/records';
import type {
  Discarded,
  DraftSeen,
  ReasonGiven,
  Sent,
  TextChanged,
  Untracked,
} from '../messaging/capture-messages';
import type { Settings } from '../settings/settings-schema';
import { guessTaskType } from '../task-type';
import { replyContext } from '../classify/reply-context';
import type { TextHints } from '../classify';
import { finishReview, reopenReview } from './finish-review';

export type CaptureMessage =
  | { type: 'draftSeen'; message: DraftSeen }
  | { type: 'textChanged'; message: TextChanged }
  | { type: 'sent'; message: Sent }
  | { type: 'discarded'; message: Discarded }
  | { type: 'untracked'; message: Untracked }
  | { type: 'reason'; message: ReasonGiven };

export type CaptureEffect =
  { kind: 'unchanged' } | { kind: 'put'; review: StoredReview } | { kind: 'delete' };

export class UnknownReviewError extends Error {
  override readonly name = 'UnknownReviewError';
  constructor(reviewId: string) {
    super(`No review ${reviewId} is stored: send capture.draftSeen for it first.`);
  }
}

/** A message for a review that another site recorded: never applied (a forged message). */
export class ReviewSiteMismatchError extends Error {
  override readonly name = 'ReviewSiteMismatchError';
  constructor() {
    super('Capture refused: that review was recorded on another site.');
  }
}

export interface CaptureContext {
  now: number;
  settings: Settings;
}

/** Client time is when the CSM acted; a retried message arrives late but keeps that time. */
function clampTime(at: number, floor: number, now: number): number {
  return Math.min(Math.max(at, floor), now);
}

function withEnvelope(
  review: StoredReview,
  envelope: Partial<Pick<Sent, 'subject' | 'recipientDomains' | 'recipientAddresses' | 'threadId'>>,
  settings: Settings,
): StoredReview {
  const next = { ...review };
  if (envelope.subject !== undefined) next.subject = envelope.subject;
  // Kept once known: a reply popped out of its thread view no longer shows the thread.
  if (envelope.threadId !== undefined) next.threadId = envelope.threadId;
  if (envelope.recipientDomains !== undefined)
    next.recipientDomains = [...new Set(envelope.recipientDomains)];
  if (envelope.recipientAddresses !== undefined && settings.recordRecipientAddresses) {
    next.recipientAddresses = envelope.recipientAddresses.map((address) => address.toLowerCase());
  }
  // The draft never changes, so only a new subject can change the guess (bodies can be 1 MB).
  if (next.taskTypeSource === 'guessed' && next.subject !== review.subject) {
    next.taskType = guessTaskType(next.subject, next.draftText, settings.taskTypeRules);
  }
  return next;
}

/** The answered message, when this text quotes one; otherwise the one found before stays. */
function withContext(review: StoredReview, text: string, hints?: TextHints): StoredReview {
  const context = replyContext(text, hints);
  return context === null || context === review.context ? review : { ...review, context };
}

function created(message: DraftSeen, { now, settings }: CaptureContext): StoredReview {
  const draftSeenAt = clampTime(message.at, 0, now);
  const review: StoredReview = {
    id: message.reviewId,
    site: message.site,
    source: message.source,
    status: 'open',
    draftSeenAt,
    updatedAt: now,
    endedAt: null,
    endReason: null,
    activeMs: 0,
    keystrokes: 0,
    taskMs: null,
    subject: '',
    recipientDomains: [],
    recipientAddresses: [],
    taskType: 'other',
    taskTypeSource: 'guessed',
    outcome: null,
    outcomeSource: 'computed',
    metrics: null,
    draftText: message.draftText,
    currentText: message.draftText,
    sentText: null,
    rejectReason: null,
    starred: false,
    note: '',
    revision: 1,
    captureSeq: message.seq,
    day: null,
    week: null,
    sentWeek: null,
  };
  const withSubject = withContext(
    withEnvelope(review, message, settings),
    message.draftText,
    message.hints,
  );
  return {
    ...withSubject,
    taskType: guessTaskType(withSubject.subject, withSubject.draftText, settings.taskTypeRules),
  };
}

/**
 * Applies one capture message to the stored review. Pure: the same (review, message) gives the
 * same effect, and a message whose sequence number was already applied changes nothing, which is
 * what makes retries from the content script safe.
 */
export function reduceCapture(
  prev: StoredReview | undefined,
  input: CaptureMessage,
  ctx: CaptureContext,
): CaptureEffect {
  const { message } = input;
  if (!prev) {
    if (input.type === 'draftSeen') return { kind: 'put', review: created(input.message, ctx) };
    if (input.type === 'untracked' || input.type === 'reason') return { kind: 'unchanged' };
    throw new UnknownReviewError(message.reviewId);
  }
  if (prev.site !== message.site) throw new ReviewSiteMismatchError();
  if (message.seq <= prev.captureSeq) return { kind: 'unchanged' };

  const base: StoredReview = {
    ...prev,
    captureSeq: message.seq,
    revision: prev.revision + 1,
    updatedAt: ctx.now,
  };
  const at = clampTime(message.at, prev.draftSeenAt, ctx.now);
  switch (input.type) {
    case 'draftSeen': {
      // The same compose announced again (page reload, undo-send): the first draft stays the draft.
      const open = prev.status === 'finished' ? reopenReview(base) : base;
      const { draftText, hints } = input.message;
      const next = withContext(open, draftText, hints);
      return { kind: 'put', review: withEnvelope(next, input.message, ctx.settings) };
    }
    case 'textChanged': {
      const { text, activeMs, keystrokes, ...envelope } = input.message;
      const open = prev.status === 'finished' ? reopenReview(base) : base;
      const next = withContext({ ...open, currentText: text, activeMs, keystrokes }, text);
      return { kind: 'put', review: withEnvelope(next, envelope, ctx.settings) };
    }
    case 'sent': {
      const { sentText, activeMs, keystrokes, scheduled, hints, ...envelope } = input.message;
      const next = withEnvelope(
        withContext({ ...base, activeMs, keystrokes }, sentText, hints),
        envelope,
        ctx.settings,
      );
      const finish = {
        endedAt: at,
        endReason: scheduled ? 'scheduled' : 'sent',
        sentText,
      } as const;
      return {
        kind: 'put',
        review: finishReview(
          next,
          hints ? { ...finish, hints: { sent: hints, draft: hints } } : finish,
          ctx.settings,
        ),
      };
    }
    case 'discarded': {
      const { activeMs, keystrokes } = input.message;
      const next = { ...base, activeMs, keystrokes };
      return {
        kind: 'put',
        review: finishReview(
          next,
          { endedAt: at, endReason: 'discarded', sentText: null },
          ctx.settings,
        ),
      };
    }
    case 'reason':
      // A reason belongs to a finished edit or reject; on anything else it is ignored.
      if (prev.status !== 'finished' || prev.outcome === 'approve') return { kind: 'unchanged' };
      return { kind: 'put', review: { ...base, rejectReason: input.message.reason } };
    case 'untracked':
      // A finished review is the CSM's record; untracking only withdraws one still in progress.
      return prev.status === 'open' ? { kind: 'delete' } : { kind: 'unchanged' };
  }
}
