// Gmail's SentThreadReader: after a send, Gmail's "Message sent" notice names the conversation
// the message is in. A new mail (pop-up compose) has no thread view to read its id from before
// the send, so this is where its review learns the id its replies will arrive in.
import type { SentThreadReader } from '@/lib/sites/site-adapter';
import { ThreadIdSchema } from '@/lib/review/review-schema';
import { COMPOSE_BODY, SENT_NOTICE_LINK } from './selectors';

/** The notice's `param` ("#thread-a:r-42|msg-a:r-7") → "thread-a:r-42", or null. */
export function threadIdFromNoticeParam(param: string | null): string | null {
  const first = (param ?? '').trim().replace(/^#/, '').split('|')[0] ?? '';
  if (!/^thread-[a-z]:/.test(first)) return null;
  return ThreadIdSchema.safeParse(first).success ? first : null;
}

function readNotice(doc: Document): string | null {
  for (const link of doc.querySelectorAll(SENT_NOTICE_LINK)) {
    const id = threadIdFromNoticeParam(link.getAttribute('param'));
    if (id) return id;
  }
  return null;
}

export function createGmailSentThreadReader(): SentThreadReader {
  return {
    watch(doc, onThread, signal) {
      if (signal.aborted) return;
      let shown: string | null = readNotice(doc);
      const check = () => {
        const id = readNotice(doc);
        // Gmail reuses the notice: a new id (or the same one shown again) is a new send.
        if (id && id !== shown) onThread(id);
        shown = id;
      };
      const Observer = doc.defaultView?.MutationObserver ?? MutationObserver;
      const observer = new Observer((records) => {
        for (const record of records) {
          const target = record.target as Node;
          const el = target.nodeType === 1 ? (target as Element) : target.parentElement;
          // Typing mutates the body on every key; the notice is never inside a compose.
          if (el?.closest(COMPOSE_BODY)) continue;
          return check();
        }
      });
      observer.observe(doc.body ?? doc.documentElement, {
        childList: true,
        subtree: true,
        attributes: true,
        attributeFilter: ['param'],
      });
      signal.addEventListener('abort', () => observer.disconnect(), { once: true });
    },
  };
}
