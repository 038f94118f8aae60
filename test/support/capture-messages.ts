import { randomUUID } from 'node:crypto';
import type { DraftSeen, Sent, TextChanged } from '@/lib/messaging/capture-messages';

export const T0 = new Date(2026, 10, 23, 10, 0).getTime();

export const DRAFT =
  'Hi Ana,\n\nThank you for the call today. As promised, here is a summary of the renewal terms ' +
  'we discussed: a twelve month term, the same seat count, and a five percent uplift. ' +
  'Let me know if anything looks off.\n\nBest,\nSam';

/** Builds the capture messages of one review, each with the next sequence number. */
export function captureScript(reviewId: string = randomUUID()) {
  let seq = 0;
  const base = () => ({ reviewId, seq: ++seq, site: 'gmail' as const });
  return {
    reviewId,
    draftSeen: (over: Partial<DraftSeen> = {}): DraftSeen => ({
      ...base(),
      at: T0,
      source: 'paste',
      draftText: DRAFT,
      subject: 'Renewal terms',
      recipientDomains: ['acme.com'],
      ...over,
    }),
    textChanged: (text: string, over: Partial<TextChanged> = {}): TextChanged => ({
      ...base(),
      at: T0 + 60_000,
      text,
      activeMs: 30_000,
      keystrokes: 20,
      ...over,
    }),
    sent: (sentText: string, over: Partial<Sent> = {}): Sent => ({
      ...base(),
      at: T0 + 5 * 60_000,
      sentText,
      activeMs: 90_000,
      keystrokes: 40,
      subject: 'Renewal terms',
      recipientDomains: ['acme.com'],
      scheduled: false,
      ...over,
    }),
    discarded: () => ({ ...base(), at: T0 + 120_000, activeMs: 1000, keystrokes: 0 }),
    untracked: () => ({ ...base(), at: T0 + 1000 }),
  };
}
