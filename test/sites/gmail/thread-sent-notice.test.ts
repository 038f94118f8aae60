// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createGmailAdapter } from '@/lib/sites/gmail/gmail-adapter';
import { threadIdFromNoticeParam } from '@/lib/sites/gmail/thread-sent-notice';
import { FIXTURES, fixtureHtml, loadFixture } from './harness';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("Gmail's Message sent notice", () => {
  it('reads the conversation id from the notice links', () => {
    expect(threadIdFromNoticeParam('#thread-a:r-4302120075518949594')).toBe(
      'thread-a:r-4302120075518949594',
    );
    expect(threadIdFromNoticeParam('#thread-f:1790|msg-f:1790')).toBe('thread-f:1790');
    expect(threadIdFromNoticeParam('#msg-a:r-1')).toBeNull();
    expect(threadIdFromNoticeParam('#thread-a:<b>')).toBeNull();
    expect(threadIdFromNoticeParam('')).toBeNull();
    expect(threadIdFromNoticeParam(null)).toBeNull();
  });

  it('reports the notice when Gmail shows it after a send, and again for the next send', async () => {
    const doc = loadFixture(FIXTURES.newCompose);
    const seen: string[] = [];
    const controller = new AbortController();
    createGmailAdapter().sentThreads!.watch(doc, (id) => seen.push(id), controller.signal);

    // The notice of the fixture, as Gmail adds it to the page after the send.
    const notice = new DOMParser()
      .parseFromString(fixtureHtml(FIXTURES.sentNotice), 'text/html')
      .querySelector('[role="alert"]')!;
    doc.body.append(doc.importNode(notice, true));
    await flush();
    expect(seen).toEqual(['thread-a:r-4302120075518949594']);

    // Gmail reuses the notice for the next send: a new param is a new conversation.
    for (const link of doc.querySelectorAll('#link_undo, #link_vsm')) {
      link.setAttribute('param', '#thread-a:r-77');
    }
    await flush();
    expect(seen).toEqual(['thread-a:r-4302120075518949594', 'thread-a:r-77']);

    // Typing in a compose or unrelated page changes report nothing new.
    doc.body.append(doc.createElement('div'));
    await flush();
    expect(seen).toHaveLength(2);

    controller.abort();
    doc.querySelector('[role="alert"]')!.remove();
    doc.body.append(doc.importNode(notice, true));
    await flush();
    expect(seen).toHaveLength(2);
  });

  it('does not report a notice already on the page when it starts', async () => {
    const doc = loadFixture(FIXTURES.sentNotice);
    const seen: string[] = [];
    const controller = new AbortController();
    createGmailAdapter().sentThreads!.watch(doc, (id) => seen.push(id), controller.signal);
    doc.body.append(doc.createElement('div'));
    await flush();
    expect(seen).toEqual([]);
    controller.abort();
  });
});
