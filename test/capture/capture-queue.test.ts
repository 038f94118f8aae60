import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createCaptureQueue,
  type QueuedMessage,
  type QueueStore,
} from '@/lib/capture/capture-queue';
import type { CaptureAck } from '@/lib/messaging/capture-messages';

const ack = (message: QueuedMessage): CaptureAck => ({
  reviewId: message.data.reviewId,
  revision: message.data.seq,
  status: 'open',
  outcome: null,
});
const msg = (seq: number, type: QueuedMessage['type'] = 'capture.textChanged'): QueuedMessage =>
  ({
    type,
    data: {
      reviewId: '00000000-0000-4000-8000-000000000001',
      seq,
      site: 'gmail',
      at: seq,
      text: `t${seq}`,
      activeMs: 0,
      keystrokes: 0,
    },
  }) as QueuedMessage;

function memoryStore(initial: QueuedMessage[] = []): QueueStore & { saved: QueuedMessage[] } {
  const store = {
    saved: initial,
    load: async () => store.saved,
    save: async (messages: QueuedMessage[]) => {
      store.saved = [...messages];
    },
  };
  return store;
}

describe('capture queue', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends in order, one at a time, and forgets a message only once acknowledged', async () => {
    const sent: number[] = [];
    const store = memoryStore();
    const queue = createCaptureQueue({
      send: async (m) => {
        sent.push(m.data.seq);
        return ack(m);
      },
      store,
    });
    queue.enqueue(msg(1, 'capture.draftSeen'));
    queue.enqueue(msg(2, 'capture.sent'));
    await vi.runAllTimersAsync();
    expect(sent).toEqual([1, 2]);
    expect(queue.pending).toBe(0);
    expect(store.saved).toEqual([]);
  });

  it('keeps everything while the background is gone, retries with backoff, then delivers in order', async () => {
    let up = false;
    const sent: number[] = [];
    const store = memoryStore();
    const send = vi.fn(async (m: QueuedMessage) => {
      if (!up) throw new Error('Could not establish connection. Receiving end does not exist.');
      sent.push(m.data.seq);
      return ack(m);
    });
    const queue = createCaptureQueue({ send, store, retryBaseMs: 100, retryMaxMs: 1_000 });
    queue.enqueue(msg(1, 'capture.draftSeen'));
    queue.enqueue(msg(2, 'capture.sent'));
    await vi.advanceTimersByTimeAsync(2_000);
    expect(send.mock.calls.length).toBeGreaterThan(2);
    expect(send.mock.calls.length).toBeLessThan(10); // backoff, not a busy loop
    expect(store.saved.map((m) => m.data.seq)).toEqual([1, 2]);
    up = true;
    await vi.advanceTimersByTimeAsync(1_100);
    expect(sent).toEqual([1, 2]);
    expect(store.saved).toEqual([]);
  });

  it('tells about a retryable failure such as a full disk, and keeps the message', async () => {
    const full = Object.assign(
      new Error('Redline could not save: the browser refused more storage'),
      {
        name: 'StorageFullError',
      },
    );
    let fail = true;
    const onRetry = vi.fn();
    const sent: number[] = [];
    const queue = createCaptureQueue({
      send: async (m) => {
        if (fail) throw full;
        sent.push(m.data.seq);
        return ack(m);
      },
      onRetry,
      retryBaseMs: 100,
    });
    queue.enqueue(msg(1, 'capture.sent'));
    await vi.advanceTimersByTimeAsync(50);
    expect(onRetry).toHaveBeenCalledWith(full);
    expect(queue.pending).toBe(1);
    fail = false;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(sent).toEqual([1]);
  });

  it('picks up what a previous page left unacknowledged (a reload)', async () => {
    const sent: number[] = [];
    const store = memoryStore([msg(1, 'capture.draftSeen')]);
    const queue = createCaptureQueue({
      send: async (m) => {
        sent.push(m.data.seq);
        return ack(m);
      },
      store,
    });
    queue.enqueue(msg(2));
    await vi.runAllTimersAsync();
    expect(sent).toEqual([1, 2]);
  });

  it('drops a message the background can never accept, and goes on', async () => {
    const refused = Object.assign(new Error('capture.sent refused: invalid sentText'), {
      name: 'InvalidMessageError',
    });
    const sent: number[] = [];
    const queue = createCaptureQueue({
      send: async (m) => {
        if (m.data.seq === 1) throw refused;
        sent.push(m.data.seq);
        return ack(m);
      },
    });
    queue.enqueue(msg(1));
    queue.enqueue(msg(2, 'capture.sent'));
    await vi.runAllTimersAsync();
    expect(sent).toEqual([2]);
  });

  it('a newer text snapshot replaces older waiting ones, never the one in flight', async () => {
    let release: (() => void) | undefined;
    const sent: number[] = [];
    const queue = createCaptureQueue({
      send: async (m) => {
        if (m.data.seq === 1) await new Promise<void>((resolve) => (release = resolve));
        sent.push(m.data.seq);
        return ack(m);
      },
    });
    queue.enqueue(msg(1));
    await vi.advanceTimersByTimeAsync(1); // the first one is now in flight
    for (let seq = 2; seq <= 6; seq++) queue.enqueue(msg(seq));
    queue.enqueue(msg(7, 'capture.sent'));
    expect(queue.pending).toBe(3);
    release!();
    await vi.runAllTimersAsync();
    expect(sent).toEqual([1, 6, 7]);
  });

  it('reports each acknowledgement with its message', async () => {
    const onAck = vi.fn();
    const queue = createCaptureQueue({ send: async (m) => ack(m), onAck });
    queue.enqueue(msg(1, 'capture.sent'));
    await vi.runAllTimersAsync();
    expect(onAck).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'capture.sent' }),
      expect.objectContaining({ revision: 1 }),
    );
  });
});
