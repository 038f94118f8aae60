import { describe, expect, it, vi } from 'vitest';
import { toThreadReport, watchThreads } from '@/lib/capture/thread-watch';
import { ThreadSeenSchema } from '@/lib/messaging/outcome-messages';
import type { SiteAdapter, ThreadSnapshot } from '@/lib/sites/site-adapter';

const thread: ThreadSnapshot = {
  threadId: 'thread-f:1790000000000000042',
  messages: [
    { from: 'lee.park@acme.example', at: 1000 },
    { from: 'lee.park@acme.example', at: 1000 },
    { from: 'cfo@ACME.example', at: 2000 },
    { from: 'sam@example.net', at: null },
    { from: 'not-an-address', at: 3000 },
  ],
};

describe('thread reports', () => {
  it('cut addresses to domains, drop undated and repeated messages, and fit the schema', () => {
    const report = toThreadReport('gmail', thread, 5000)!;
    expect(report).toEqual({
      site: 'gmail',
      threadId: thread.threadId,
      seenAt: 5000,
      messages: [
        { domain: 'acme.example', at: 1000 },
        { domain: 'acme.example', at: 2000 },
      ],
    });
    expect(JSON.stringify(report)).not.toContain('lee.park');
    expect(ThreadSeenSchema.safeParse(report).success).toBe(true);
  });

  it('sends nothing for a thread id the schema would refuse', () => {
    expect(toThreadReport('gmail', { ...thread, threadId: 'a b' }, 1)).toBeNull();
  });

  it('uses the adapter only where it can read threads, and survives a failed send', async () => {
    const send = vi.fn(async () => {
      throw new Error('background asleep');
    });
    const signal = new AbortController().signal;
    const withThreads: SiteAdapter = {
      site: 'gmail',
      start: () => undefined,
      threads: { watch: (_doc, onThread) => onThread(thread) },
    };
    watchThreads(withThreads, {} as Document, send, signal);
    expect(send).toHaveBeenCalledTimes(1);
    await Promise.resolve();
    const without: SiteAdapter = { site: 'outlook', start: () => undefined };
    expect(() => watchThreads(without, {} as Document, send, signal)).not.toThrow();
    expect(send).toHaveBeenCalledTimes(1);
  });
});
