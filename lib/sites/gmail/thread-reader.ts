// Gmail's ThreadReader: reports the open conversation when it appears and whenever its list of
// messages changes (a reply arriving while the CSM looks at it), at most once per quiet spell.
import type { ThreadReader, ThreadSnapshot } from '@/lib/sites/site-adapter';
import { COMPOSE_BODY } from './selectors';
import { readOpenThread } from './thread-view';

/** Gmail renders a thread in several batches; wait for them to settle before reading. */
export const THREAD_SETTLE_MS = 400;

function fingerprint(thread: ThreadSnapshot): string {
  const last = thread.messages[thread.messages.length - 1];
  return `${thread.threadId}|${thread.messages.length}|${last?.from ?? ''}|${last?.at ?? ''}`;
}

export function createGmailThreadReader(): ThreadReader {
  return {
    watch(doc, onThread, signal) {
      if (signal.aborted) return;
      let timer: ReturnType<typeof setTimeout> | undefined;
      let reported = '';
      const read = () => {
        timer = undefined;
        if (signal.aborted) return;
        const thread = readOpenThread(doc);
        if (!thread) {
          reported = '';
          return;
        }
        const print = fingerprint(thread);
        if (print === reported) return;
        reported = print;
        onThread(thread);
      };
      const schedule = () => {
        if (timer === undefined) timer = setTimeout(read, THREAD_SETTLE_MS);
      };
      const Observer = doc.defaultView?.MutationObserver ?? MutationObserver;
      // Typing in a compose mutates on every key: only added or removed elements matter here.
      const observer = new Observer((records) => {
        for (const record of records) {
          if (record.addedNodes.length === 0 && record.removedNodes.length === 0) continue;
          const target = record.target as Node;
          const el = target.nodeType === 1 ? (target as Element) : target.parentElement;
          if (el?.closest(COMPOSE_BODY)) continue;
          return schedule();
        }
      });
      observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true });
      signal.addEventListener(
        'abort',
        () => {
          observer.disconnect();
          clearTimeout(timer);
        },
        { once: true },
      );
      schedule();
    },
  };
}
