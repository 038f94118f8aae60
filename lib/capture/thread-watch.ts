import { createLogger } from '../log';
import {
  MAX_THREAD_REPORT_MESSAGES,
  type ThreadMessageSeen,
  type ThreadSeen,
} from '../messaging/outcome-messages';
import { ThreadIdSchema } from '../review/review-schema';
import type { SiteId } from '../review/vocabulary';
import type { SiteAdapter, ThreadSnapshot } from '../sites/site-adapter';
import { recipientDomains } from './recipient-domains';

const log = createLogger('outcomes');

/**
 * What leaves the page about a conversation: its id and, per dated message, the sender's domain
 * and time. Addresses are cut to their domain here, so not even they reach the background.
 */
export function toThreadReport(
  site: SiteId,
  thread: ThreadSnapshot,
  seenAt: number,
): ThreadSeen | null {
  if (!ThreadIdSchema.safeParse(thread.threadId).success) return null;
  const messages: ThreadMessageSeen[] = [];
  const seen = new Set<string>();
  for (const message of thread.messages) {
    const [domain] = recipientDomains([message.from]);
    if (!domain || message.at === null || message.at < 0) continue;
    const key = `${domain}|${message.at}`;
    if (seen.has(key)) continue;
    seen.add(key);
    messages.push({ domain, at: Math.floor(message.at) });
  }
  return {
    site,
    threadId: thread.threadId,
    seenAt,
    messages: messages.slice(-MAX_THREAD_REPORT_MESSAGES),
  };
}

/**
 * Reports each conversation the CSM opens to the background, where the adapter can read them
 * (an optional capability). A lost report costs nothing: opening the thread again resends it.
 */
export function watchThreads(
  adapter: SiteAdapter,
  doc: Document,
  send: (report: ThreadSeen) => Promise<unknown>,
  signal: AbortSignal,
): void {
  adapter.threads?.watch(
    doc,
    (thread) => {
      const report = toThreadReport(adapter.site, thread, Date.now());
      if (!report || report.messages.length === 0) return;
      send(report).catch((error: unknown) =>
        log.warn('thread report not delivered', { error: (error as Error)?.name ?? 'unknown' }),
      );
    },
    signal,
  );
}
