import type {
  CaptureAck,
  Discarded,
  DraftSeen,
  ReasonGiven,
  Sent,
  TextChanged,
  Untracked,
} from './capture-messages';
import type { ThreadLinked, ThreadLinkedAck, ThreadSeen, ThreadSeenAck } from './outcome-messages';

/**
 * Content scripts → background. Names say the channel and the act. Content scripts import this
 * file by `import type` only, so their bundle never carries the background's code.
 */
export interface CaptureProtocol {
  'capture.draftSeen'(message: DraftSeen): CaptureAck;
  'capture.textChanged'(message: TextChanged): CaptureAck;
  'capture.sent'(message: Sent): CaptureAck;
  'capture.discarded'(message: Discarded): CaptureAck;
  'capture.untracked'(message: Untracked): CaptureAck;
  'capture.reason'(message: ReasonGiven): CaptureAck;
}

/** Content scripts → background, about conversations (not tied to one review). */
export interface OutcomeProtocol {
  /** A conversation the CSM opened: who wrote when, so replies to sent reviews are recorded. */
  'outcome.threadSeen'(message: ThreadSeen): ThreadSeenAck;
  /** The conversation a new mail started, named by the page after the send. */
  'outcome.threadLinked'(message: ThreadLinked): ThreadLinkedAck;
}

/** Background → one tab's content script. */
export interface TabProtocol {
  /** "Mark as AI draft" from the context menu or the keyboard command. */
  'tab.markDraft'(): boolean;
}
