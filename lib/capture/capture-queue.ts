import type { CaptureAck } from '../messaging/capture-messages';
import type { CaptureProtocol } from '../messaging/protocol';
import { createLogger } from '../log';

const log = createLogger('capture-queue');

export type QueuedMessage = {
  [K in keyof CaptureProtocol]: { type: K; data: Parameters<CaptureProtocol[K]>[0] };
}[keyof CaptureProtocol];

export type SendCapture = (message: QueuedMessage) => Promise<CaptureAck>;

/** Where the queue survives a page reload (the extension's session storage when available). */
export interface QueueStore {
  load(): Promise<QueuedMessage[]>;
  save(messages: QueuedMessage[]): Promise<void>;
}

export interface CaptureQueueOptions {
  send: SendCapture;
  store?: QueueStore;
  onAck?: (message: QueuedMessage, ack: CaptureAck) => void;
  /** A retryable failure the CSM may need to hear about (e.g. the disk is full). */
  onRetry?: (error: unknown) => void;
  /** Errors the background will never accept (bad shape, wrong sender): dropped, not retried. */
  isPermanent?: (error: unknown) => boolean;
  retryBaseMs?: number;
  retryMaxMs?: number;
}

const PERMANENT = new Set(['InvalidMessageError', 'ForbiddenSenderError', 'UnknownReviewError']);

/**
 * Keeps what the content script captured until the background acknowledges a durable write.
 * Messages go one at a time, in order (a review's sent must never overtake its draftSeen). When
 * the service worker is gone ("Receiving end does not exist") or storage fails, the head is
 * retried with capped exponential backoff; nothing is dropped but what can never succeed.
 */
export function createCaptureQueue({
  send,
  store,
  onAck,
  onRetry,
  isPermanent = (error) => PERMANENT.has((error as Error)?.name),
  retryBaseMs = 250,
  retryMaxMs = 15_000,
}: CaptureQueueOptions) {
  let queue: QueuedMessage[] = [];
  let running = false;
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const loaded = store?.load().then((saved) => {
    queue = [...saved, ...queue];
  });
  const persist = () => store?.save(queue).catch(() => log.warn('queue not persisted'));

  async function drain(): Promise<void> {
    if (running) return;
    running = true;
    await loaded?.catch(() => undefined);
    try {
      while (queue.length > 0) {
        const head = queue[0]!;
        try {
          const ack = await send(head);
          attempt = 0;
          queue.shift();
          void persist();
          onAck?.(head, ack);
        } catch (error) {
          if (isPermanent(error)) {
            log.error('capture message refused', { type: head.type, error: (error as Error).name });
            queue.shift();
            void persist();
            continue;
          }
          onRetry?.(error);
          const delay = Math.min(retryMaxMs, retryBaseMs * 2 ** attempt++);
          log.warn('capture message will be retried', {
            type: head.type,
            delay,
            error: (error as Error)?.name,
          });
          clearTimeout(timer);
          timer = setTimeout(() => void drain(), delay);
          return;
        }
      }
    } finally {
      running = false;
    }
  }

  return {
    enqueue(message: QueuedMessage): void {
      // A newer snapshot of a review's text supersedes an older one still waiting (but never
      // the head, which may be in flight): a long outage leaves one snapshot, not hundreds.
      if (message.type === 'capture.textChanged') {
        queue = queue.filter(
          (queued, i) =>
            i === 0 ||
            queued.type !== 'capture.textChanged' ||
            queued.data.reviewId !== message.data.reviewId,
        );
      }
      queue.push(message);
      void persist();
      void drain();
    },
    /** Retries now (e.g. the page became visible again). */
    flush: () => void drain(),
    get pending(): number {
      return queue.length;
    },
  };
}
export type CaptureQueue = ReturnType<typeof createCaptureQueue>;
