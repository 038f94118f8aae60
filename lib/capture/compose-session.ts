import type { DraftSource, SiteId } from '../review/vocabulary';
import type { ComposeHandle, ComposedText } from '../sites/site-adapter';
import { createActivityClock, type ActivityClock } from './activity-clock';
import type { CaptureQueue } from './capture-queue';
import { cutText } from '../text/cut-text';
import { ThreadIdSchema } from '../review/review-schema';
import { recipientDomains } from './recipient-domains';
import type { JournalEntry, JournalStore } from './session-journal';

/** How long after Send a vanished compose still counts as sent (Gmail removes it at once). */
export const SEND_CONFIRM_MS = 20_000;
/** Scheduled send first asks for a time in a picker. */
export const SCHEDULED_CONFIRM_MS = 180_000;
export const DISCARD_CONFIRM_MS = 10_000;
/** Snapshots of the text while the CSM works are coalesced to one per pause. */
export const TEXT_DEBOUNCE_MS = 1_500;

export interface SessionDeps {
  site: SiteId;
  queue: CaptureQueue;
  journal: JournalStore;
  now: () => number;
  newId: () => string;
  recordAddresses: () => boolean;
  onTracked: (compose: ComposeHandle, reviewId: string) => void;
  onUntracked: (compose: ComposeHandle) => void;
  /** A send was confirmed; `threadId` is the conversation the compose knew (null: a new mail). */
  onSent?: (reviewId: string, threadId: string | null) => void;
}

interface Snapshot {
  body: ComposedText;
  subject: string;
  recipients: string[];
  threadId: string | null;
}

type Pending =
  | { kind: 'send'; scheduled: boolean; snapshot: Snapshot; until: number }
  | { kind: 'discard'; until: number };

/**
 * One compose's review, from the draft's arrival to sent or discarded. Everything it learns
 * goes to the capture queue as cumulative, sequenced messages, so a lost or repeated message
 * never changes what is stored.
 */
export function createComposeSession(compose: ComposeHandle, deps: SessionDeps) {
  let reviewId: string | null = null;
  let seq = 0;
  let clock: ActivityClock = createActivityClock();
  let pending: Pending | null = null;
  let textTimer: ReturnType<typeof setTimeout> | undefined;
  // When the text last changed, on the timers' clock. Typing changes it on every key; arming a
  // timer per key costs more than everything else a keystroke does (in a content script's
  // isolated world), so one timer runs per pause and re-arms itself for the time left.
  let changedAt = 0;

  const snapshot = (): Snapshot => ({
    body: compose.readBody(),
    subject: compose.readSubject(),
    recipients: compose.readRecipients(),
    threadId: compose.readThreadId?.() ?? null,
  });
  const envelope = (snap: Snapshot) => ({
    subject: cutText(snap.subject, 2000),
    recipientDomains: recipientDomains(snap.recipients),
    ...(deps.recordAddresses() ? { recipientAddresses: snap.recipients } : {}),
    ...(snap.threadId && ThreadIdSchema.safeParse(snap.threadId).success
      ? { threadId: snap.threadId }
      : {}),
  });
  const hints = (body: ComposedText) => ({
    ...(body.signature ? { signature: cutText(body.signature, 20_000) } : {}),
    ...(body.quoted ? { quoted: body.quoted } : {}),
  });
  const base = () => ({ reviewId: reviewId!, seq: ++seq, site: deps.site, at: deps.now() });
  const activity = () => ({ activeMs: clock.activeMs, keystrokes: clock.keystrokes });
  const remember = (status: JournalEntry['status']) =>
    void deps.journal.set(compose.key, {
      reviewId: reviewId!,
      seq,
      ...activity(),
      status,
      touchedAt: deps.now(),
    });

  function sendText(): void {
    clearTimeout(textTimer);
    textTimer = undefined;
    if (!reviewId) return;
    const snap = snapshot();
    deps.queue.enqueue({
      type: 'capture.textChanged',
      data: { ...base(), ...activity(), ...envelope(snap), text: snap.body.text },
    });
    remember('open');
  }

  function textDue(): void {
    const left = changedAt + TEXT_DEBOUNCE_MS - Date.now();
    if (left > 0) textTimer = setTimeout(textDue, left);
    else sendText();
  }

  function start(source: DraftSource, draftText?: string): void {
    reviewId = deps.newId();
    seq = 0;
    clock = createActivityClock();
    const snap = snapshot();
    deps.queue.enqueue({
      type: 'capture.draftSeen',
      data: {
        ...base(),
        ...envelope(snap),
        source,
        draftText: draftText ?? snap.body.text,
        hints: hints(snap.body),
      },
    });
    remember('open');
    deps.onTracked(compose, reviewId);
  }

  return {
    compose,
    get reviewId() {
      return reviewId;
    },

    /** A draft arrived. In a compose already tracked it is an edit of the same review. */
    arrival(source: DraftSource, draftText?: string): void {
      if (reviewId) this.changed();
      else start(source, draftText);
    },

    changed(): void {
      if (!reviewId) return;
      changedAt = Date.now();
      if (textTimer === undefined) textTimer = setTimeout(textDue, TEXT_DEBOUNCE_MS);
    },

    /** A keystroke is also a change of the text (body-watch reports typing this way). */
    act(keystroke: boolean): void {
      clock.act(deps.now(), keystroke);
      if (!keystroke) return;
      // Typing after Send means the send did not go (Gmail refused it) or was taken back.
      pending = null;
      this.changed();
    },

    blur: () => clock.pause(),

    presend(scheduled: boolean): void {
      if (!reviewId) return;
      // The final text is read now, while the compose is still on the page.
      const until = deps.now() + (scheduled ? SCHEDULED_CONFIRM_MS : SEND_CONFIRM_MS);
      pending = { kind: 'send', scheduled, snapshot: snapshot(), until };
    },

    discardRequested(): void {
      if (reviewId) pending = { kind: 'discard', until: deps.now() + DISCARD_CONFIRM_MS };
    },

    /** The compose left the page: sent, discarded, or closed with Gmail keeping the draft. */
    gone(): void {
      clearTimeout(textTimer);
      if (!reviewId) return;
      const confirmed = pending && deps.now() <= pending.until ? pending : null;
      pending = null;
      if (confirmed?.kind === 'send') {
        const snap = confirmed.snapshot;
        deps.queue.enqueue({
          type: 'capture.sent',
          data: {
            ...base(),
            ...activity(),
            ...envelope(snap),
            sentText: snap.body.text,
            scheduled: confirmed.scheduled,
            hints: hints(snap.body),
          },
        });
        remember('finished');
        deps.onSent?.(reviewId, envelope(snap).threadId ?? null);
      } else if (confirmed?.kind === 'discard') {
        deps.queue.enqueue({ type: 'capture.discarded', data: { ...base(), ...activity() } });
        remember('finished');
      } else {
        // Closed without sending: the review stays open with the text Gmail kept.
        sendText();
      }
      deps.onUntracked(compose);
    },

    /** The same draft came back (undo-send, a reload, reopened from Drafts). */
    resume(entry: JournalEntry): void {
      reviewId = entry.reviewId;
      seq = entry.seq;
      clock = createActivityClock(entry);
      const snap = snapshot();
      if (entry.status === 'finished') {
        // Announcing the draft again reopens the finished review in the background.
        deps.queue.enqueue({
          type: 'capture.draftSeen',
          data: { ...base(), ...envelope(snap), source: 'paste', draftText: snap.body.text },
        });
        remember('open');
      } else {
        sendText();
      }
      deps.onTracked(compose, reviewId);
    },

    untrack(): void {
      if (!reviewId) return;
      clearTimeout(textTimer);
      deps.queue.enqueue({ type: 'capture.untracked', data: base() });
      void deps.journal.remove(compose.key);
      reviewId = null;
      pending = null;
      deps.onUntracked(compose);
    },
  };
}
export type ComposeSession = ReturnType<typeof createComposeSession>;
