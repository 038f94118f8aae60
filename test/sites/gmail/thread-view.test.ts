// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createGmailAdapter } from '@/lib/sites/gmail/gmail-adapter';
import { THREAD_SETTLE_MS } from '@/lib/sites/gmail/thread-reader';
import { parseGmailTime, readOpenThread } from '@/lib/sites/gmail/thread-view';
import type { ThreadSnapshot } from '@/lib/sites/site-adapter';
import { FIXTURES, loadFixture, parseFixture, startGmail } from './harness';

const at = (text: string) => new Date(text).getTime();

afterEach(() => vi.useRealTimers());

describe('Gmail thread view', () => {
  it('reads the open thread: its id, each sender and time, never the hidden older view', () => {
    const thread = readOpenThread(parseFixture(FIXTURES.threadWithReply));
    expect(thread).toEqual({
      threadId: 'thread-f:1790000000000000042',
      messages: [
        { from: 'lee.park@acme.example', at: at('2026-11-23T09:14:00Z') },
        { from: 'sam.ortiz@example.net', at: at('2026-11-24T10:15:00Z') },
        { from: 'lee.park@acme.example', at: at('2026-11-25T08:02:00Z') },
      ],
    });
  });

  it('keeps no text: only addresses and times leave the reader', () => {
    const thread = readOpenThread(parseFixture(FIXTURES.threadWithReply))!;
    const json = JSON.stringify(thread);
    for (const words of ['40 seats', 'order form', 'Seat count', 'cfo@acme.example', 'Lee Park']) {
      expect(json).not.toContain(words);
    }
  });

  it('reads the thread of the 2026-11-23 inline reply fixture too', () => {
    const thread = readOpenThread(parseFixture(FIXTURES.inlineReply));
    expect(thread?.threadId).toBe('thread-a:r-2000000000000000004');
    expect(thread?.messages.map((m) => m.from)).toEqual(['dana.reyes@example.com']);
    // That fixture shows no message time: the message is listed with an unknown time.
    expect(thread?.messages[0]?.at).toBeNull();
  });

  it('finds no thread in the 2014 thread list or a new-compose page', () => {
    expect(readOpenThread(parseFixture(FIXTURES.threadList2014))).toBeNull();
    expect(readOpenThread(parseFixture(FIXTURES.newCompose))).toBeNull();
  });

  it('parses Gmail date titles, with or without the narrow space, and refuses others', () => {
    expect(parseGmailTime('Tue, Nov 24, 2026, 10:15\u202fAM')).toBe(at('2026-11-24T10:15:00'));
    expect(parseGmailTime('Tue, Nov 24, 2026, 10:15 AM')).toBe(at('2026-11-24T10:15:00'));
    expect(parseGmailTime('Tue, 24 Nov 2026, 22:15')).toBe(at('2026-11-24T22:15:00'));
    expect(parseGmailTime('Nov 24, 2026, 12:05 AM')).toBe(at('2026-11-24T00:05:00'));
    expect(parseGmailTime('8:02 AM (7 days ago)')).toBeNull();
    expect(parseGmailTime('11/12/2026, 10:15')).toBeNull();
    expect(parseGmailTime('Feb 31, 2026, 10:15 AM')).toBeNull();
    expect(parseGmailTime('mar. 24 nov. 2026, 10:15')).toBeNull();
    expect(parseGmailTime('')).toBeNull();
  });

  it('gives an inline reply its thread id and a pop-up compose none', () => {
    loadFixture(FIXTURES.threadWithReply);
    const inline = startGmail();
    expect(inline.of('compose-found')[0]?.compose.readThreadId?.()).toBe(
      'thread-f:1790000000000000042',
    );
    inline.controller.abort();
    loadFixture(FIXTURES.twoComposes);
    const moles = startGmail();
    const ids = moles.of('compose-found').map((e) => e.compose.readThreadId?.());
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => id === null)).toBe(true);
    moles.controller.abort();
  });

  it('reports the open thread once, and again when a reply arrives; typing changes nothing', async () => {
    vi.useFakeTimers();
    const doc = loadFixture(FIXTURES.threadWithReply);
    const seen: ThreadSnapshot[] = [];
    const controller = new AbortController();
    createGmailAdapter().threads!.watch(doc, (t) => seen.push(t), controller.signal);
    await vi.advanceTimersByTimeAsync(THREAD_SETTLE_MS + 10);
    expect(seen).toHaveLength(1);

    doc.getElementById('t1-body')!.append('typing', doc.createElement('br'));
    await vi.advanceTimersByTimeAsync(THREAD_SETTLE_MS + 10);
    expect(seen).toHaveLength(1);

    const visibleList = [...doc.querySelectorAll('[role="list"]')].at(-1)!;
    const reply = doc.createElement('div');
    // Its id carries 2026-11-26 16:40:09 UTC, which wins over the title.
    reply.setAttribute('data-message-id', '#msg-f:1882939676814232874');
    reply.innerHTML =
      '<span email="ops@acme.example">Ops</span><span title="Thu, Nov 26, 2026, 4:40 PM">4:40 PM</span>';
    visibleList.append(reply);
    await vi.advanceTimersByTimeAsync(THREAD_SETTLE_MS + 10);
    expect(seen).toHaveLength(2);
    expect(seen[1]!.messages.at(-1)).toEqual({
      from: 'ops@acme.example',
      at: at('2026-11-26T16:40:00Z'),
    });

    controller.abort();
    visibleList.append(doc.createElement('div'));
    await vi.advanceTimersByTimeAsync(THREAD_SETTLE_MS + 10);
    expect(seen).toHaveLength(2);
  });
});
