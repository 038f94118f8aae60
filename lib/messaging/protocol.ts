import type {
  CaptureAck,
  Discarded,
  DraftSeen,
  ReasonGiven,
  Sent,
  TextChanged,
  Untracked,
} from './capture-messages';

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

/** Background → one tab's content script. */
export interface TabProtocol {
  /** "Mark as AI draft" from the context menu or the keyboard command. */
  'tab.markDraft'(): boolean;
}
