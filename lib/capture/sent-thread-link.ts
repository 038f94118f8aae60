// Gives a new mail's review the conversation id Gmail announces after the send. A pop-up
// compose sits in no thread view, so until now its review had no thread and replies to it were
// never seen. The notice names the message just sent: it belongs to the send confirmed just
// before it (or just after it, when the page shows the notice first).
import { createLogger } from '../log';
import type { ThreadLinked } from '../messaging/outcome-messages';
import type { SiteAdapter } from '../sites/site-adapter';

const log = createLogger('outcomes');

/**
 * A notice this long after a send no longer belongs to it. Gmail shows it once the message is
 * handed over ("Sending…" first, a second or two; with undo-send at once); a notice much later
 * is more likely another compose's, sent without Redline tracking it.
 */
export const LINK_WINDOW_MS = 20_000;
/** A notice seen before its send was confirmed: only the race of one page update. */
export const NOTICE_FIRST_MS = 5_000;

export interface SentThreadLinker {
  /** A send was confirmed; `threadId` null means the compose knew no conversation. */
  sent(reviewId: string, threadId: string | null): void;
  /** The page named the conversation of a message just sent. */
  noticed(threadId: string): void;
}

export function createSentThreadLinker({
  now,
  link,
}: {
  now: () => number;
  /** Records `threadId` on the review (the background keeps an id the review already has). */
  link: (reviewId: string, threadId: string) => void;
}): SentThreadLinker {
  let lastSend: { reviewId: string; threadId: string | null; at: number } | null = null;
  let lastNotice: { threadId: string; at: number } | null = null;

  const fresh = (at: number, window = LINK_WINDOW_MS) => now() - at <= window;

  return {
    sent(reviewId, threadId) {
      // A notice seen first, not yet claimed by a send, is this send's.
      if (threadId === null && lastNotice && fresh(lastNotice.at, NOTICE_FIRST_MS)) {
        link(reviewId, lastNotice.threadId);
        threadId = lastNotice.threadId;
      }
      lastNotice = null;
      lastSend = { reviewId, threadId, at: now() };
    },
    noticed(threadId) {
      if (lastSend && fresh(lastSend.at)) {
        if (lastSend.threadId === null) {
          link(lastSend.reviewId, threadId);
          lastSend.threadId = threadId;
          return;
        }
        // The notice of the send before (an inline reply's own thread, or shown again).
        if (lastSend.threadId === threadId) return;
      }
      // Another conversation: a send about to be confirmed.
      lastNotice = { threadId, at: now() };
    },
  };
}

export interface SentThreadHooks {
  /** For the sessions: a send was confirmed. */
  onSent(reviewId: string, threadId: string | null): void;
  /** For the capture queue: the background stored this review's send. */
  onSentStored(reviewId: string): void;
}

/**
 * Links new mails to the conversations the site names after their sends, where the adapter can
 * read that (an optional capability). A link goes out only once the background has stored the
 * send: the capture queue may still be delivering the review when the notice shows. A lost link
 * costs only that review's reply tracking; it never blocks capture.
 */
export function watchSentThreads(
  adapter: SiteAdapter,
  doc: Document,
  send: (link: ThreadLinked) => Promise<unknown>,
  signal: AbortSignal,
): SentThreadHooks {
  const none: SentThreadHooks = { onSent: () => {}, onSentStored: () => {} };
  if (!adapter.sentThreads) return none;
  const stored = new Set<string>();
  const waiting = new Map<string, string>();
  const deliver = (reviewId: string, threadId: string) =>
    void send({ site: adapter.site, reviewId, threadId }).catch((error: unknown) =>
      log.warn('thread link not delivered', { error: (error as Error)?.name ?? 'unknown' }),
    );
  const linker = createSentThreadLinker({
    now: Date.now,
    link: (reviewId, threadId) => {
      if (stored.has(reviewId)) deliver(reviewId, threadId);
      else waiting.set(reviewId, threadId);
    },
  });
  adapter.sentThreads.watch(doc, (threadId) => linker.noticed(threadId), signal);
  return {
    onSent: (reviewId, threadId) => linker.sent(reviewId, threadId),
    onSentStored(reviewId) {
      const threadId = waiting.get(reviewId);
      waiting.delete(reviewId);
      if (threadId) return deliver(reviewId, threadId);
      // Kept briefly for a notice that comes after the ack; a page sends few mails.
      stored.add(reviewId);
      if (stored.size > 50) stored.delete(stored.values().next().value!);
    },
  };
}
