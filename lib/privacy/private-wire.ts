import type { Settings, SyncMode } from '../settings/settings-schema';
import { MAX_REVIEW_CONTEXT } from '../review/review-schema';
import type { WireReview } from '../sync/wire-format';
import { createRedactor, type Redactor } from './redactor';

/** How a review's text leaves the browser: masked, or not at all. */
export interface PrivacyPolicy {
  syncMode: SyncMode;
  redactor: Redactor;
}

const SUBJECT_MAX = 2000;
const NOTE_MAX = 5000;

/** Cuts to `max` UTF-16 units without splitting a surrogate pair (a mask can lengthen text). */
function fit(text: string, max: number): string {
  if (text.length <= max) return text;
  const high = text.charCodeAt(max - 1);
  return text.slice(0, high >= 0xd800 && high <= 0xdbff ? max - 1 : max);
}

/**
 * The privacy policy for one sync round, from the CSM's (or the policy's) settings. A team
 * pattern that cannot be compiled never lets text through unmasked: the round falls back to
 * metrics only (settings refuse such a pattern, so this is a policy pushed with a mistake).
 */
export function createPrivacyPolicy(settings: Pick<Settings, 'redaction' | 'syncMode'>) {
  const redactor = createRedactor(settings.redaction);
  const syncMode: SyncMode = redactor.skipped.length > 0 ? 'metrics-only' : settings.syncMode;
  return { syncMode, redactor, skippedPatterns: redactor.skipped.length };
}

/** Redaction on by default: e-mail addresses and phone numbers, no team patterns. */
export const DEFAULT_PRIVACY: PrivacyPolicy = createPrivacyPolicy({
  redaction: { emails: true, phones: true, patterns: [] },
  syncMode: 'full',
});

/**
 * What the team backend receives of a review: subject, draft, sent text, note and the answered
 * message (context) masked, or emptied in metrics-only mode, where the context is left out (a
 * sent review keeps `sentText: ''` so it still counts as sent).
 * Addresses the CSM chose to record are not sent without text either. The local copy is never
 * touched: this runs on the wire copy only.
 */
export function applyPrivacy(wire: WireReview, policy: PrivacyPolicy): WireReview {
  if (wire.op !== 'upsert') return wire;
  if (policy.syncMode === 'metrics-only') {
    // The answered message is customer text too: it does not travel at all.
    const { context: _context, ...bare } = wire;
    return {
      ...bare,
      subject: '',
      draftText: '',
      sentText: wire.sentText === null ? null : '',
      note: '',
      recipientAddresses: [],
    };
  }
  const { redact } = policy.redactor;
  return {
    ...wire,
    subject: fit(redact(wire.subject), SUBJECT_MAX),
    draftText: redact(wire.draftText),
    sentText: wire.sentText === null ? null : redact(wire.sentText),
    note: fit(redact(wire.note), NOTE_MAX),
    ...(wire.context === undefined
      ? {}
      : { context: fit(redact(wire.context), MAX_REVIEW_CONTEXT) }),
  };
}
